import Foundation
import Testing

@testable import Spreadsheet

/// Workbook structure, and the imperfect packages real producers write.
@Suite("XLSX reader: structure and tolerance")
struct XLSXReaderStructureTests {
    @Test("rows and cells without r attributes continue from the previous one")
    func missingReferences() throws {
        let rows = """
            <row><c t="inlineStr"><is><t>a</t></is></c><c><v>1</v></c></row>\
            <row><c r="C2"><v>2</v></c><c><v>3</v></c></row>\
            <row r="5"><c><v>4</v></c></row><row><c><v>5</v></c></row>
            """
        let grid = try WorkbookFixture(rows: rows).grid()
        #expect(grid["A1"] == .string("a"))
        #expect(grid["B1"] == .integer(1))
        #expect(grid["C2"] == .integer(2))
        #expect(grid["D2"] == .integer(3))
        #expect(grid["A5"] == .integer(4))
        #expect(grid["A6"] == .integer(5))
        #expect(grid.rows.map(\.index) == [0, 1, 4, 5])
    }

    @Test("a package without shared strings or styles reads")
    func noSharedStringsOrStyles() throws {
        let fixture = WorkbookFixture(rows: "<row r=\"1\"><c r=\"A1\"><v>3.5</v></c><c r=\"B1\" t=\"s\"><v>0</v></c></row>")
        #expect(fixture.sharedStrings == nil && fixture.styles == nil)
        let grid = try fixture.grid()
        #expect(grid["A1"] == .number(3.5))
        #expect(grid.cell(at: CellAddress("A1")!)?.numberFormat == nil)
        #expect(grid.cell(at: CellAddress("B1")!) == nil)  // index into a missing table: no value
    }

    @Test("shared strings and styles found under their usual names without a relationship")
    func unrelatedAuxiliaryParts() throws {
        var fixture = WorkbookFixture(
            rows: "<row r=\"1\"><c r=\"A1\" t=\"s\" s=\"1\"><v>0</v></c><c r=\"B1\" s=\"1\"><v>100</v></c></row>")
        fixture.extraEntries = [
            .init("xl/sharedStrings.xml", WorkbookFixture.sharedStringsXML(["<t>found</t>"])),
            .init("xl/styles.xml", WorkbookFixture.stylesXML(cellXfs: [0, 14])),
        ]
        let grid = try fixture.grid()
        #expect(grid["A1"] == .string("found"))
        #expect(grid["B1"] == .date(SpreadsheetDate(serial: 100)))
    }

    @Test("Strict OOXML namespaces (purl.oclc.org)")
    func strictNamespaces() throws {
        let main = "http://purl.oclc.org/ooxml/spreadsheetml/main"
        let rel = "http://purl.oclc.org/ooxml/officeDocument/relationships"
        let entries: [ZipBuilder.Entry] = [
            .init("[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"),
            .init(
                "_rels/.rels",
                """
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                <Relationship Id="rId1" Type="\(rel)/officeDocument" Target="xl/workbook.xml"/></Relationships>
                """),
            .init(
                "xl/workbook.xml",
                """
                <workbook xmlns="\(main)" xmlns:r="\(rel)"><workbookPr date1904="true"/><sheets>\
                <sheet name="Strict" sheetId="1" state="hidden" r:id="rId1"/></sheets></workbook>
                """),
            .init(
                "xl/_rels/workbook.xml.rels",
                """
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                <Relationship Id="rId1" Type="\(rel)/worksheet" Target="worksheets/sheet1.xml"/>\
                <Relationship Id="rId2" Type="\(rel)/sharedStrings" Target="sharedStrings.xml"/></Relationships>
                """),
            .init("xl/sharedStrings.xml", "<sst xmlns=\"\(main)\"><si><t>strict text</t></si></sst>"),
            .init(
                "xl/worksheets/sheet1.xml",
                """
                <worksheet xmlns="\(main)"><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c>\
                <c r="B1"><v>2</v></c></row></sheetData></worksheet>
                """),
        ]
        let workbook = try XLSXWorkbook(bytes: ZipBuilder.archive(entries))
        #expect(workbook.sheets == [SheetInfo(name: "Strict", index: 0, state: .hidden, kind: .worksheet)])
        #expect(workbook.dateSystem == .date1904)
        let grid = try workbook.readSheet(at: 0)
        #expect(grid["A1"] == .string("strict text"))
        #expect(grid["B1"] == .integer(2))
    }

    @Test("absolute and percent-encoded relationship targets, backslash zip paths, namespace prefixes")
    func oddPackages() throws {
        let main = WorkbookFixture.main
        let rel = WorkbookFixture.rel
        let entries: [ZipBuilder.Entry] = [
            .init("[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"),
            .init(
                "_rels\\.rels",
                """
                <Relationships xmlns="\(WorkbookFixture.pkg)">\
                <Relationship Id="rId1" Type="\(rel)/officeDocument" Target="/xl/workbook.xml"/></Relationships>
                """),
            .init(
                "xl\\workbook.xml",
                """
                <x:workbook xmlns:x="\(main)" xmlns:rel="\(rel)"><x:sheets>\
                <x:sheet name="Prefixed" sheetId="1" rel:id="rId7"/></x:sheets></x:workbook>
                """),
            .init(
                "xl\\_rels\\workbook.xml.rels",
                """
                <Relationships xmlns="\(WorkbookFixture.pkg)">\
                <Relationship Id="rId7" Type="\(rel)/worksheet" Target="/xl/sheets/my%20data.xml"/></Relationships>
                """),
            .init(
                "xl\\sheets\\my data.xml",
                """
                <x:worksheet xmlns:x="\(main)"><x:sheetData><x:row r="1"><x:c r="A1" t="inlineStr">\
                <x:is><x:t>prefixed</x:t></x:is></x:c></x:row></x:sheetData></x:worksheet>
                """),
        ]
        let workbook = try XLSXWorkbook(bytes: ZipBuilder.archive(entries))
        #expect(workbook.sheets.map(\.name) == ["Prefixed"])
        #expect(try workbook.readSheet(at: 0)["A1"] == .string("prefixed"))
    }

    @Test("UTF-16 and non-UTF-8 XML encodings")
    func encodings() throws {
        var utf16: [UInt8] = [0xFF, 0xFE]
        let text = """
            <?xml version="1.0" encoding="UTF-16"?><worksheet xmlns="\(WorkbookFixture.main)"><sheetData>\
            <row r="1"><c r="A1" t="inlineStr"><is><t>Grønne områder</t></is></c></row></sheetData></worksheet>
            """
        for unit in text.utf16 {
            utf16.append(UInt8(unit & 0xFF))
            utf16.append(UInt8(unit >> 8))
        }
        let latin1Text = """
            <?xml version="1.0" encoding="ISO-8859-1"?><worksheet xmlns="\(WorkbookFixture.main)"><sheetData>\
            <row r="1"><c r="A1" t="inlineStr"><is><t>Kr\u{F8}ge \u{E6}bler</t></is></c></row></sheetData></worksheet>
            """
        let latin1 = latin1Text.unicodeScalars.map { UInt8($0.value) }
        let fixture = WorkbookFixture(sheets: [.init(name: "UTF16", xml: ""), .init(name: "Latin1", xml: "")])
        var entries = fixture.entries.filter { !$0.name.hasPrefix("xl/worksheets/") }
        entries.append(.init("xl/worksheets/sheet1.xml", bytes: utf16))
        entries.append(.init("xl/worksheets/sheet2.xml", bytes: latin1))
        let workbook = try XLSXWorkbook(bytes: ZipBuilder.archive(entries))
        #expect(try workbook.readSheet(at: 0)["A1"] == .string("Grønne områder"))
        #expect(try workbook.readSheet(at: 1)["A1"] == .string("Krøge æbler"))
    }

    @Test("sheet states and kinds, order, lookup by name")
    func sheetsListed() throws {
        var fixture = WorkbookFixture(sheets: [
            .init(name: "Budget", xml: WorkbookFixture.worksheet("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>")),
            .init(name: "Hidden", xml: WorkbookFixture.worksheet(""), state: "hidden"),
            .init(name: "Secret", xml: WorkbookFixture.worksheet(""), state: "veryHidden"),
            .init(name: "Chart", xml: "<chartsheet xmlns=\"\(WorkbookFixture.main)\"/>", kind: "chartsheet"),
            .init(name: "Dialog", xml: WorkbookFixture.worksheet(""), kind: "dialogsheet"),
            .init(name: "Macro", xml: WorkbookFixture.worksheet(""), kind: "xlMacrosheet"),
        ])
        fixture.sheets[1].state = "hidden"
        let workbook = try fixture.open()
        #expect(workbook.sheets.map(\.state) == [.visible, .hidden, .veryHidden, .visible, .visible, .visible])
        #expect(workbook.sheets.map(\.kind) == [.worksheet, .worksheet, .worksheet, .chartsheet, .dialogsheet, .macrosheet])
        #expect(workbook.sheets.map(\.index) == Array(0..<6))
        #expect(workbook.sheet(named: "budget")?.index == 0)
        #expect(try workbook.readSheet(named: "Budget")["A1"] == .integer(1))
        #expect(try workbook.readSheet(named: "Chart").rows.isEmpty)
        let error = #expect(throws: XLSXError.self) { try workbook.readSheet(named: "Nope") }
        #expect(error?.kind == .sheetNotFound)
        #expect(error?.sheet == "Nope")
        let outOfRange = #expect(throws: XLSXError.self) { try workbook.readSheet(at: 6) }
        #expect(outOfRange?.kind == .sheetNotFound)
    }

    @Test("merged ranges, defined names, declared dimension")
    func structure() throws {
        var fixture = WorkbookFixture(
            rows: "<row r=\"2\"><c r=\"B2\"><v>1</v></c><c r=\"D5\"><v>2</v></c></row>",
            extra: "<mergeCells count=\"2\"><mergeCell ref=\"A1:C1\"/><mergeCell ref=\"D4:D6\"/></mergeCells>")
        fixture.sheets[0].xml = fixture.sheets[0].xml.replacingOccurrences(
            of: "<sheetData>", with: "<dimension ref=\"B2:D5\"/><sheetData>")
        fixture.workbookExtra = """
            <definedNames><definedName name="Total">Sheet1!$D$5</definedName>\
            <definedName name="_xlnm.Print_Area" localSheetId="0" hidden="1">Sheet1!$A$1:$D$6</definedName>\
            <definedName name="Rate">0.25</definedName></definedNames>
            """
        let workbook = try fixture.open()
        #expect(
            workbook.definedNames == [
                DefinedName(name: "Total", formula: "Sheet1!$D$5"),
                DefinedName(name: "_xlnm.Print_Area", formula: "Sheet1!$A$1:$D$6", localSheetIndex: 0, isHidden: true),
                DefinedName(name: "Rate", formula: "0.25"),
            ])
        #expect(try workbook.dimension(ofSheet: 0) == CellRange("B2:D5"))
        let grid = try workbook.readSheet(at: 0)
        #expect(grid.mergedRanges == [CellRange("A1:C1")!, CellRange("D4:D6")!])
        #expect(grid.usedRange == CellRange("B2:D5"))
        // The cell D5 sits in row 2's element: it still lands on row 5.
        #expect(grid["D5"] == .integer(2))
    }

    @Test("a missing or wrong dimension does not matter to the cells")
    func wrongDimension() throws {
        var fixture = WorkbookFixture(rows: "<row r=\"1\"><c r=\"A1\"><v>1</v></c><c r=\"Z9\"><v>2</v></c></row>")
        #expect(try fixture.open().dimension(ofSheet: 0) == nil)
        fixture.sheets[0].xml = fixture.sheets[0].xml.replacingOccurrences(
            of: "<sheetData>", with: "<dimension ref=\"A1\"/><sheetData>")
        let workbook = try fixture.open()
        #expect(try workbook.dimension(ofSheet: 0) == CellRange("A1"))
        #expect(try workbook.readSheet(at: 0).usedRange == CellRange("A1:Z9"))
    }

    @Test("out-of-order and repeated cells: sorted, the later one wins, an empty one removes")
    func disorder() throws {
        let rows = """
            <row r="3"><c r="C3"><v>3</v></c><c r="A3"><v>1</v></c><c r="C3"><v>33</v></c></row>\
            <row r="1"><c r="B1"><v>5</v></c><c r="A1"><v>4</v></c><c r="A1"/></row>
            """
        let workbook = try WorkbookFixture(rows: rows).open()
        var streamed: [Int] = []
        try workbook.forEachRow(inSheet: 0) { streamed.append($0.index) }
        #expect(streamed == [2, 0])  // file order
        let grid = try workbook.readSheet(at: 0)
        #expect(grid.rows.map(\.index) == [0, 2])  // sorted
        #expect(grid.rows[1].cells.map(\.column) == [0, 2])
        #expect(grid["C3"] == .integer(33))
        #expect(grid.rows[0].cells == [Cell(column: 1, value: .integer(5))])
    }

    @Test("streaming hands every row once, reuses nothing the caller kept, and passes the caller's error through")
    func streaming() throws {
        let rows = (1...5000).map { r in "<row r=\"\(r)\"><c r=\"A\(r)\"><v>\(r)</v></c><c r=\"B\(r)\" t=\"inlineStr\"><is><t>row \(r)</t></is></c></row>" }
            .joined()
        let workbook = try WorkbookFixture(rows: rows).open(XLSXReadOptions(chunkSize: 4096))
        var kept: [Row] = []
        try workbook.forEachRow(inSheet: 0) { kept.append($0) }
        #expect(kept.count == 5000)
        #expect(kept.enumerated().allSatisfy { $0.element.index == $0.offset && $0.element[0] == .integer(Int64($0.offset + 1)) })
        #expect(kept[4999][1] == .string("row 5000"))

        struct Enough: Error {}
        var seen = 0
        #expect(throws: Enough.self) {
            try workbook.forEachRow(inSheet: 0) { _ in
                seen += 1
                if seen == 10 { throw Enough() }
            }
        }
        #expect(seen == 10)
    }

    @Test("a sheet written zero-based (r=\"0\", A0) is read one row down, never as row -1, and writes back")
    func rowZero() throws {
        for rows in [
            "<row r=\"0\"><c r=\"A0\"><v>1</v></c></row><row r=\"1\"><c r=\"A1\"><v>2</v></c></row>",
            "<row r=\"0\"><c><v>1</v></c></row><row r=\"1\"><c r=\"A1\"><v>2</v></c></row>",
            "<row><c r=\"A0\"><v>1</v></c></row><row><c r=\"A1\"><v>2</v></c></row>",
        ] {
            let grid = try WorkbookFixture(rows: rows).grid()
            #expect(grid.rows.map(\.index) == [0, 1], "\(rows)")
            #expect(grid["A1"] == .integer(1) && grid["A2"] == .integer(2), "\(rows)")
            // What convert does: the grid writes and reads back (it failed with "row 0 comes after row 0").
            let path = NSTemporaryDirectory() + "plansheet-row0-\(UUID().uuidString).xlsx"
            defer { try? FileManager.default.removeItem(atPath: path) }
            try XLSXWriter.write(grids: [grid], to: path)
            #expect(try XLSXWorkbook(path: path).readSheet(at: 0).rows.map(\.index) == [0, 1])
        }
    }

    @Test("a sheet read zero-based says so (rowsNumberedFromZero, in both languages); a sheet numbered from 1 says nothing")
    func rowZeroNoted() throws {
        for rows in [
            "<row r=\"0\"><c r=\"A0\"><v>1</v></c></row><row r=\"1\"><c r=\"A1\"><v>2</v></c></row>",
            "<row><c r=\"A0\"><v>1</v></c></row><row><c r=\"A1\"><v>2</v></c></row>",
        ] {
            let read = try WorkbookFixture(rows: rows).open().readSheetNoting(at: 0)
            #expect(read.grid["A1"] == .integer(1), "\(rows)")
            #expect(read.notes == [XLSXReadNote(.rowsNumberedFromZero, sheet: "Sheet1")], "\(rows)")
        }
        let note = XLSXReadNote(.rowsNumberedFromZero, sheet: "Sheet1")
        #expect(note.description.hasPrefix("rows numbered from 0: read as if numbered from 1"))
        #expect(note.danishDescription.hasPrefix("rækkerne er nummereret fra 0: læst som om de var nummereret fra 1"))
        let plain = try WorkbookFixture(rows: "<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>").open().readSheetNoting(at: 0)
        #expect(plain.notes.isEmpty)
        // The fixture the import and validate tests read: a budget table written zero-based.
        let fixture = try XLSXWorkbook(path: TestEnvironment.path("Tests/SpreadsheetTests/Fixtures/xlsx/zero-based-rows.xlsx"))
        let sheet = try fixture.readSheetNoting(at: 0)
        #expect(sheet.grid["B1"] == .string("Aktivitet") && sheet.grid["C5"] == .integer(600000))
        #expect(sheet.notes.map(\.kind) == [.rowsNumberedFromZero])
    }

    @Test(
        "a row 0 after the first row is refused as an invalid reference",
        arguments: [
            "<row r=\"1\"><c r=\"B0\"><v>1</v></c></row>",
            "<row r=\"1\"><c r=\"A1\"><v>1</v></c></row><row r=\"0\"><c><v>2</v></c></row>",
        ])
    func rowZeroLater(rows: String) throws {
        do {
            let grid = try WorkbookFixture(rows: rows).grid()
            Issue.record("read as rows \(grid.rows.map(\.index))")
        } catch let error as XLSXError {
            #expect(error.kind == .invalidCellReference)
            #expect(error.sheet == "Sheet1")
        }
    }

    @Test("opening from a path and from bytes give the same workbook")
    func pathAndBytes() throws {
        let fixture = WorkbookFixture(rows: "<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>")
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("reader-\(UUID().uuidString).xlsm")
        try Data(fixture.bytes).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let fromPath = try XLSXWorkbook(path: url.path)
        #expect(fromPath.path == url.path)
        #expect(try fromPath.readSheet(at: 0) == fixture.grid())
        let missing = #expect(throws: XLSXError.self) { try XLSXWorkbook(path: url.path + ".nope") }
        #expect(missing?.kind == .unreadableFile)
    }

    @Test("one workbook value read from several tasks at once")
    func concurrentReads() async throws {
        let sheets = (1...4).map { n in
            WorkbookFixture.Sheet(
                name: "S\(n)",
                xml: WorkbookFixture.worksheet((1...500).map { "<row r=\"\($0)\"><c r=\"A\($0)\"><v>\($0 * n)</v></c></row>" }.joined()))
        }
        let workbook = try WorkbookFixture(sheets: sheets).open()
        let sums = try await withThrowingTaskGroup(of: (Int, Int64).self) { group in
            for index in 0..<4 {
                group.addTask {
                    let grid = try workbook.readSheet(at: index)
                    return (
                        index,
                        grid.rows.reduce(0) { total, row in
                            if case .integer(let v) = row[0] { return total + v }
                            return total
                        }
                    )
                }
            }
            var out: [Int: Int64] = [:]
            for try await (index, sum) in group { out[index] = sum }
            return out
        }
        #expect(sums == [0: 125_250, 1: 250_500, 2: 375_750, 3: 501_000])
    }
}
