import Foundation
import Testing

@testable import Spreadsheet

/// Sheet and workbook features, as an independent reader (openpyxl) sees them.
@Suite("XLSX writer features")
struct XLSXWriterFeatureTests {
    static var enabled: Bool { WriterTestSupport.hasOpenpyxl || TestEnvironment.isCI }

    /// What openpyxl reports about the everything workbook.
    static let inspector = #"""
        import json, sys, openpyxl
        wb = openpyxl.load_workbook(sys.argv[1])
        ws = wb["Oversigt"]
        d = wb["Detaljer 2013"]
        def font(c):
            f = c.font
            return {"bold": bool(f.b), "italic": bool(f.i), "underline": f.u, "size": f.sz, "name": f.name,
                    "color": f.color.rgb if f.color is not None and f.color.type == "rgb" else None}
        def series_color(s):
            g = s.graphicalProperties
            if g is None: return None
            fill = g.solidFill if g.solidFill is not None else (g.line.solidFill if g.line is not None else None)
            if fill is None: return None
            return getattr(fill.srgbClr, "val", fill.srgbClr)
        out = {
          "sheets": [[s.title, s.sheet_state] for s in wb.worksheets],
          "active": wb.active.title,
          "freeze": ws.freeze_panes,
          "columns": sorted([v.min, v.max, v.width if v.customWidth else None, bool(v.hidden)] for v in ws.column_dimensions.values()),
          "rowHeights": {str(k): v.height for k, v in ws.row_dimensions.items() if v.height},
          "merged": sorted(str(r) for r in ws.merged_cells.ranges),
          "filter": ws.auto_filter.ref,
          "links": sorted([c.coordinate, c.hyperlink.location, c.hyperlink.target, c.hyperlink.display, c.hyperlink.tooltip]
                          for row in ws.iter_rows() for c in row if c.hyperlink is not None),
          "notes": sorted([c.coordinate, c.comment.text, c.comment.author] for row in ws.iter_rows() for c in row if c.comment),
          "print": {"orientation": ws.page_setup.orientation, "paper": ws.page_setup.paperSize, "fitWidth": ws.page_setup.fitToWidth,
                    "fitHeight": ws.page_setup.fitToHeight, "fitToPage": ws.sheet_properties.pageSetUpPr.fitToPage,
                    "titles": ws.print_title_rows, "gridlines": ws.print_options.gridLines,
                    "centered": ws.print_options.horizontalCentered},
          "tabColor": ws.sheet_properties.tabColor.rgb if ws.sheet_properties.tabColor is not None else None,
          "zoom": ws.sheet_view.zoomScale,
          "names": sorted([n, str(v.attr_text)] for n, v in wb.defined_names.items()),
          "localNames": sorted([s.title, n, str(v.attr_text)] for s in wb.worksheets for n, v in s.defined_names.items()),
          "properties": {"title": wb.properties.title, "creator": wb.properties.creator, "subject": wb.properties.subject,
                         "keywords": wb.properties.keywords, "created": wb.properties.created.isoformat() if wb.properties.created else None},
          "charts": [[type(ch).__name__, getattr(ch, "type", None), getattr(ch, "grouping", None), len(ch.series)] for ch in ws._charts + d._charts],
          "seriesColors": [[series_color(s) for s in ch.series] for ch in ws._charts + d._charts],
          "styles": {
             "A3": {"font": font(ws["A3"]), "fill": ws["A3"].fill.fgColor.rgb, "pattern": ws["A3"].fill.fill_type,
                    "border": [ws["A3"].border.left.style, ws["A3"].border.right.style, ws["A3"].border.top.style, ws["A3"].border.bottom.style],
                    "align": [ws["A3"].alignment.horizontal, ws["A3"].alignment.vertical, bool(ws["A3"].alignment.wrap_text)]},
             "B4": {"format": ws["B4"].number_format, "bottom": ws["B4"].border.bottom.style},
             "B7": {"fill": ws["B7"].fill.fgColor.rgb, "font": font(ws["B7"]),
                    "border": [ws["B7"].border.left.style, ws["B7"].border.right.style, ws["B7"].border.top.style, ws["B7"].border.bottom.style],
                    "borderColor": ws["B7"].border.left.color.rgb},
             "B8": {"format": ws["B8"].number_format, "font": font(ws["B8"])},
             "D4": {"format": ws["D4"].number_format, "isDate": ws["D4"].is_date},
             "G8": {"format": ws["G8"].number_format},
             "C10": {"fill": ws["C10"].fill.fgColor.rgb, "value": ws["C10"].value},
             "D2": {"format": d["D2"].number_format}, "E2": {"format": d["E2"].number_format},
          },
        }
        print(json.dumps(out))
        """#

    @Test(
        "openpyxl reads back every sheet and workbook feature of the everything workbook",
        .enabled(if: enabled, "python3 with openpyxl is not installed"))
    func everythingAsOpenpyxlSeesIt() throws {
        guard WriterTestSupport.hasOpenpyxl else {
            Issue.record("CI=true but python3 with openpyxl is missing")
            return
        }
        let folder = try WriterTestSupport.makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("everything.xlsx").path
        try WriterSampleWorkbooks.writeEverything(to: path)
        let result = try WriterTestSupport.run(TestEnvironment.executable(named: "python3") ?? "/usr/bin/python3", ["-c", Self.inspector, path])
        try #require(result.status == 0, "\(result.output)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        func value(_ path: String...) -> Any? {
            var current: Any? = json
            for key in path { current = (current as? [String: Any])?[key] }
            return current
        }
        func text(_ path: String...) -> String? {
            var current: Any? = json
            for key in path { current = (current as? [String: Any])?[key] }
            guard let current else { return nil }
            if let string = current as? String { return string }
            if let data = try? JSONSerialization.data(withJSONObject: current, options: [.sortedKeys, .fragmentsAllowed]) {
                return String(decoding: data, as: UTF8.self)
            }
            return "\(current)"
        }

        #expect(text("sheets") == ##"[["Oversigt","visible"],["Detaljer 2013","visible"],["Opslag","hidden"]]"##)
        #expect(text("active") == "Oversigt")
        #expect(text("freeze") == "B4")
        #expect(text("columns") == ##"[[1,1,34,false],[2,4,14.5,false],[8,9,13,true]]"##)  // openpyxl reports its default width 13 for the hidden pair
        #expect(text("rowHeights") == ##"{"1":24,"3":30}"##)
        #expect(text("merged") == ##"["A1:D1"]"##)
        #expect(text("filter") == "A3:D7")
        #expect(
            text("links")
                == ##"[["A10","'Detaljer 2013'!$B$2",null,"Link til detaljer",null],["B10",null,"https:\/\/www.kk.dk\/?a=1&b=2","Kommunens hjemmeside","Åbner kk.dk"]]"##
        )
        #expect(
            text("notes")
                == ##"[["B7","Negativt beløb: tjek kilden.\nBudget må ikke være negativt.","Budgetkontrol"],["C10","Mangler beløb\n…og mangler kilde","PlanSheets"]]"##
        )
        #expect(
            text("print")
                == ##"{"centered":true,"fitHeight":0,"fitToPage":true,"fitWidth":1,"gridlines":true,"orientation":"landscape","paper":9,"titles":"$3:$3"}"##)
        #expect(text("tabColor") == "FFFFFF00")
        #expect(text("zoom") == "120")
        #expect(text("names") == ##"[["Budget2013","'Oversigt'!$B$4:$B$7"]]"##)
        #expect(text("localNames") == ##"[["Opslag","Koder","'Opslag'!$B$2:$B$3"]]"##)
        // openpyxl drops the built-in filter name; Excel wants it next to the autoFilter.
        let workbookXML = try WriterTestSupport.zipEntry(URL(fileURLWithPath: path), "xl/workbook.xml")
        #expect(workbookXML.contains(#"<definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">'Oversigt'!$A$3:$D$7</definedName>"#))
        #expect(
            text("properties")
                == ##"{"created":"2013-03-01T09:30:00","creator":"Tryghedspartnerskabet","keywords":"budget, plan","subject":"Budget","title":"Handleplan 2013"}"##
        )
        #expect(text("charts") == ##"[["BarChart","col","clustered",2],["LineChart",null,"standard",1]]"##)
        // Every series has its own colour (without one, LibreOffice draws no bars at all).
        #expect(text("seriesColors") == ##"[["4472C4","ED7D31"],["4472C4"]]"##)
        #expect(
            text("styles", "A3")
                == ##"{"align":["center","center",true],"border":["thin","thin","thin","thin"],"fill":"FF1F4E78","font":{"bold":true,"color":"FFFFFFFF","italic":false,"name":"Calibri","size":11,"underline":null},"pattern":"solid"}"##
        )
        #expect(text("styles", "B4") == ##"{"bottom":"thin","format":"#,##0 \"kr.\""}"##)
        #expect(
            text("styles", "B7")
                == ##"{"border":["medium","medium","dashed","double"],"borderColor":"FFFF0000","fill":"FFFFC7CE","font":{"bold":false,"color":"FF9C0006","italic":false,"name":"Calibri","size":11,"underline":null}}"##
        )
        #expect(text("styles", "B8") == ##"{"font":{"bold":true,"color":null,"italic":true,"name":"Arial","size":12,"underline":"single"},"format":"#,##0"}"##)
        #expect(text("styles", "D4") == ##"{"format":"dd-mm-yyyy","isDate":true}"##)
        #expect(text("styles", "G8") == ##"{"format":"0.0%"}"##)
        #expect(text("styles", "C10") == ##"{"fill":"FFFFC7CE","value":null}"##)
        #expect(text("styles", "D2") == ##"{"format":"yyyy-mm-dd hh:mm"}"##)
        #expect(text("styles", "E2") == ##"{"format":"yyyy-mm-dd"}"##)
        _ = value
    }

    @Test("equal styles share one entry; built-in number formats keep their ids")
    func styleTable() throws {
        let table = StyleTableBuilder()
        let bold = CellStyle(font: CellFont(bold: true))
        #expect(try table.index(for: .standard) == 0)
        let first = try table.index(for: bold)
        #expect(try table.index(for: CellStyle(font: CellFont(bold: true))) == first)
        let amount = try table.index(for: CellStyle(numberFormat: "#,##0"))
        let kroner = try table.index(for: CellStyle(numberFormat: "#,##0 \"kr.\""))
        let kronerAgain = try table.index(for: CellStyle(numberFormat: "#,##0 \"kr.\"", font: nil))
        #expect(kroner == kronerAgain && kroner != amount)
        // A style that differs only in a part left at its default is the same entry.
        #expect(try table.index(for: CellStyle(border: CellBorder())) == 0)
        #expect(try table.index(for: CellStyle(alignment: CellAlignment())) == 0)
        #expect(table.count == 4)
        let out = XMLByteBuffer()
        table.render(into: out)
        let xml = String(decoding: out.makeArray(), as: UTF8.self)
        #expect(xml.contains("<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"#,##0 &quot;kr.&quot;\"/></numFmts>"))
        #expect(xml.contains("<xf numFmtId=\"3\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"))
        #expect(xml.contains("<cellXfs count=\"4\">"))
        #expect(xml.contains("<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill></fills>"))
    }

    @Test("many cells with the same styles add nothing to the style table")
    func styleDeduplicationInSheets() throws {
        let folder = try WriterTestSupport.makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let writer = try XLSXWriter(path: folder.appendingPathComponent("styles.xlsx").path)
        let sheet = try writer.addSheet("Styles")
        let styles = [CellStyle(numberFormat: "#,##0"), CellStyle(fill: .solid(.lightRed)), CellStyle.bold]
        for row in 0..<300 {
            try sheet.appendRow(
                (0..<6).map { column in
                    WriteCell(
                        column, .integer(Int64(row * column)),
                        style: CellStyle(
                            numberFormat: styles[column % 3].numberFormat,
                            font: styles[column % 3].font, fill: styles[column % 3].fill))
                })
            try sheet.appendRow([
                WriteCell(0, .date(SpreadsheetDate(serial: 41_275 + Double(row)))),
                WriteCell(1, .date(SpreadsheetDate(serial: 41_275.5))),
            ])
        }
        // default, 3 styles, a date format and a date-and-time format
        #expect(writer.context.styles.count == 6)
        writer.discard()
    }

    @Test("constant-memory mode keeps no shared strings and spills the sheet instead of growing")
    func constantMemoryStaysFlat() throws {
        let folder = try WriterTestSupport.makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let threshold = 16 * 1024
        let writer = try XLSXWriter(
            path: folder.appendingPathComponent("flat.xlsx").path,
            options: XLSXWriterOptions(sharedStrings: false, spillThreshold: threshold))
        let sheet = try writer.addSheet("Flat")
        #expect(writer.context.sharedStrings == nil)
        var largestBuffer = 0
        for row in 0..<20_000 {
            try sheet.appendRow(values: [.integer(Int64(row)), .string("text \(row) with some length to it"), .number(Double(row) / 7)])
            largestBuffer = max(largestBuffer, sheet.data.buffer.capacity)
        }
        #expect(sheet.data.totalCount > 20 * threshold)
        #expect(largestBuffer <= 2 * threshold, "the in-memory buffer stays near the spill threshold")
        #expect((sheet.data.file?.length ?? 0) > 0)
        try writer.close()
        let xml = try WriterTestSupport.zipEntry(folder.appendingPathComponent("flat.xlsx"), "xl/worksheets/sheet1.xml")
        #expect(xml.hasSuffix("</worksheet>"))
        #expect(xml.contains("<c r=\"B20000\" t=\"inlineStr\"><is><t>text 19999 with some length to it</t></is></c>"))
        #expect(!(try WriterTestSupport.zipEntryNames(folder.appendingPathComponent("flat.xlsx")).contains("xl/sharedStrings.xml")))
    }

    @Test("omitted cell references: only cells after a gap name their column")
    func omittedReferences() throws {
        let folder = try WriterTestSupport.makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("refs.xlsx")
        let writer = try XLSXWriter(path: path.path, options: XLSXWriterOptions(cellReferences: .whenNeeded))
        let sheet = try writer.addSheet("Refs")
        try sheet.appendRow([WriteCell(0, .integer(1)), WriteCell(1, .integer(2)), WriteCell(3, .integer(4)), WriteCell(4, .integer(5))])
        try sheet.appendRow([WriteCell(2, .integer(3)), WriteCell(3, .string(""))])
        try writer.close()
        let xml = try WriterTestSupport.zipEntry(path, "xl/worksheets/sheet1.xml")
        #expect(
            xml.contains("<row r=\"1\"><c><v>1</v></c><c><v>2</v></c><c r=\"D1\"><v>4</v></c><c><v>5</v></c></row><row r=\"2\"><c r=\"C2\"><v>3</v></c></row>"))
    }

    @Test("write(grids:) keeps formulas, formats and merges, and lays highlights over cells")
    func gridsWithHighlights() throws {
        let folder = try WriterTestSupport.makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("annotated.xlsx")
        let grid = SheetGrid(
            name: "Partner",
            rows: [
                Row(index: 0, cells: [Cell(column: 0, value: .string("Aktivitet")), Cell(column: 1, value: .string("Beløb"))]),
                Row(
                    index: 2,
                    cells: [
                        Cell(column: 0, value: .string("Natteravne")),
                        Cell(column: 1, value: .integer(250_000), numberFormat: "#,##0"),
                    ]),
                Row(index: 3, cells: [Cell(column: 1, value: .integer(250_000), formula: "SUM(B3)", numberFormat: "#,##0")]),
            ], mergedRanges: [CellRange("A1:A2")!, CellRange("A2:B2")!, CellRange("D4")!])
        let writer = try XLSXWriter(path: path.path)
        let faulty = CellStyle(fill: .solid(.lightRed))
        let sheet = try writer.addSheet(
            grid: grid,
            highlights: [
                CellAddress("B3")!: faulty, CellAddress("C3")!: faulty,
                CellAddress("A2")!: faulty, CellAddress("E9")!: faulty,
            ])
        try sheet.note(at: CellAddress("B3")!, text: "Beløbet mangler kilde")
        try writer.close()
        let xml = try WriterTestSupport.zipEntry(path, "xl/worksheets/sheet1.xml")
        let styles = try WriterTestSupport.zipEntry(path, "xl/styles.xml")
        #expect(xml.contains("<row r=\"2\"><c r=\"A2\" s=\"1\"/></row>"))
        #expect(xml.contains("<c r=\"B3\" s=\"2\"><v>250000</v></c><c r=\"C3\" s=\"1\"/>"))
        #expect(xml.contains("<c r=\"B4\" s=\"3\"><f>SUM(B3)</f><v>250000</v></c>"))
        #expect(xml.contains("<row r=\"9\"><c r=\"E9\" s=\"1\"/></row>"))
        #expect(xml.contains("<mergeCells count=\"1\"><mergeCell ref=\"A1:A2\"/></mergeCells>"))
        #expect(styles.contains("<xf numFmtId=\"3\" fontId=\"0\" fillId=\"2\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\" applyFill=\"1\"/>"))
    }
}
