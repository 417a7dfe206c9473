import Foundation

@testable import Spreadsheet

/// Representative workbooks the writer tests build (and check with outside tools).
enum WriterSampleWorkbooks {
    static let created = DateTimeComponents(year: 2013, month: 3, day: 1, hour: 9, minute: 30)

    /// A workbook using every feature: styles, formulas with cached values of every
    /// type, dates, merged cells, panes, filter, links, notes, print set-up, charts,
    /// a hidden sheet, defined names and document properties.
    static func writeEverything(to path: String, options: XLSXWriterOptions = XLSXWriterOptions()) throws {
        var options = options
        options.properties = DocumentProperties(
            title: "Handleplan 2013", subject: "Budget", creator: "Tryghedspartnerskabet",
            keywords: "budget, plan", description: "Oversigt over aktiviteter", company: "Københavns Kommune",
            created: created)
        let writer = try XLSXWriter(path: path, options: options)

        let header = CellStyle(
            font: CellFont(bold: true, color: .white), fill: .solid(RGBColor(hex: "1F4E78")!),
            border: .all(.thin), alignment: CellAlignment(horizontal: .center, vertical: .center, wrapText: true))
        let kroner = CellStyle(numberFormat: CellStyle.NumberFormats.kroner, border: CellBorder(bottom: BorderLine(.thin)))
        let thousands = CellStyle(numberFormat: CellStyle.NumberFormats.thousands)
        let danishDate = CellStyle(numberFormat: CellStyle.NumberFormats.danishDate)
        let dateTime = CellStyle(numberFormat: CellStyle.NumberFormats.isoDateMinutes)
        let faulty = CellStyle(
            font: CellFont(color: .darkRed), fill: .solid(.lightRed),
            border: CellBorder(
                left: BorderLine(.medium, color: .red), right: BorderLine(.medium, color: .red),
                top: BorderLine(.dashed), bottom: BorderLine(.double)))
        let total = CellStyle(
            numberFormat: CellStyle.NumberFormats.thousands,
            font: CellFont(name: "Arial", size: 12, bold: true, italic: true, underline: true))

        let overview = try writer.addSheet("Oversigt", options: XLSXSheetOptions(tabColor: .yellow, zoom: 120))
        try overview.appendRow(values: [.string("Handleplan 2013 – oversigt")], style: CellStyle(font: CellFont(size: 16, bold: true)), height: 24)
        try overview.merge(CellRange("A1:D1")!)
        try overview.appendRow(
            values: [.string("Aktivitet"), .string("Budget 2013"), .string("Budget 2014"), .string("Start")],
            at: 2, style: header, height: 30)
        let activities: [(String, Int64, Int64, DateTimeComponents)] = [
            ("Natteravne", 250_000, 275_000, DateTimeComponents(year: 2013, month: 1, day: 15)),
            ("Tryghedsvandringer i Tingbjerg", 120_500, 0, DateTimeComponents(year: 2013, month: 3, day: 1)),
            ("SSP – \"unge på kanten\"", 1_490_000, 1_500_000, DateTimeComponents(year: 2013, month: 8, day: 31)),
            ("Æ ø å: Ærø og Østerbro", -5_000, 12_345, DateTimeComponents(year: 2014, month: 2, day: 28)),
        ]
        for (offset, activity) in activities.enumerated() {
            try overview.appendRow([
                WriteCell(0, .string(activity.0)),
                WriteCell(1, .integer(activity.1), style: offset == 3 ? faulty : kroner),
                WriteCell(2, .integer(activity.2), style: kroner),
                WriteCell(3, .date(SpreadsheetDate(activity.3)), style: danishDate),
            ])
        }
        let sum2013 = activities.reduce(Int64(0)) { $0 + $1.1 }
        let sum2014 = activities.reduce(Int64(0)) { $0 + $1.2 }
        try overview.appendRow([
            WriteCell(0, .string("I alt"), style: .bold),
            WriteCell(column: 1, value: .integer(sum2013), formula: "SUM(B4:B7)", style: total),
            WriteCell(column: 2, value: .integer(sum2014), formula: "=SUM(C4:C7)", style: total),
            WriteCell(column: 3, value: .bool(true), formula: "B8>C8", style: nil),
            WriteCell(column: 4, value: .string("over budget"), formula: "IF(B8>1000000,\"over budget\",\"ok\")"),
            WriteCell(column: 5, value: .error("#DIV/0!"), formula: "B8/0"),
            WriteCell(column: 6, value: .number(0.5), formula: "C4/(C4+C4)", style: CellStyle(numberFormat: "0.0%")),
        ])
        try overview.appendRow(
            [
                WriteCell(0, .string("Link til detaljer"), style: .hyperlink),
                WriteCell(1, .string("Kommunens hjemmeside"), style: .hyperlink),
                WriteCell(2, .empty, style: faulty),
            ], at: 9)
        try overview.setColumnWidth(34, for: 0)
        try overview.setColumnWidth(14.5, for: 1...3)
        try overview.hideColumns(7...8)
        try overview.freeze(rows: 3, columns: 1)
        try overview.autoFilter(CellRange("A3:D7")!)
        try overview.hyperlink(at: CellAddress("A10")!, toSheet: "Detaljer 2013", cell: CellAddress("B2")!, display: "Link til detaljer")
        try overview.addHyperlink(at: CellAddress("B10")!, to: .url("https://www.kk.dk/?a=1&b=2"), display: "Kommunens hjemmeside", tooltip: "Åbner kk.dk")
        try overview.note(at: CellAddress("B7")!, text: "Negativt beløb: tjek kilden.\nBudget må ikke være negativt.", author: "Budgetkontrol")
        try overview.note(at: CellAddress("C10")!, text: "Mangler beløb")
        try overview.note(at: CellAddress("C10")!, text: "…og mangler kilde")
        try overview.setPageSetup(
            PageSetup(
                orientation: .landscape, paperSize: .a4, fitToWidth: 1, repeatRows: 2...2,
                printsGridlines: true, centersHorizontally: true))

        var column = XLSXChart(
            .clusteredColumn, title: "Budget pr. aktivitet",
            categories: SheetReference(sheet: "Oversigt", "A4:A7")!,
            series: [
                XLSXChart.Series(
                    name: .reference(SheetReference(sheet: "Oversigt", "B3")!),
                    values: SheetReference(sheet: "Oversigt", "B4:B7")!),
                XLSXChart.Series(
                    name: .reference(SheetReference(sheet: "Oversigt", "C3")!),
                    values: SheetReference(sheet: "Oversigt", "C4:C7")!),
            ],
            categoryAxisTitle: "Aktivitet", valueAxisTitle: "Kroner", valueNumberFormat: "#,##0")
        column.legend = .bottom
        try overview.addChart(column, at: CellRange("F12:M28")!)

        let details = try writer.addSheet("Detaljer 2013")
        try details.appendRow(values: [.string("Måned"), .string("Udgift"), .string("Note")], style: .bold)
        let months = ["jan", "feb", "mar", "apr", "maj", "jun"]
        for (offset, month) in months.enumerated() {
            try details.appendRow([
                WriteCell(0, .string(month)),
                WriteCell(1, .number(Double(offset * 1000) + 0.25 * Double(offset)), style: thousands),
                WriteCell(2, .string(offset == 2 ? "  indrykket tekst med mellemrum  " : "tab\there, linje\nskift")),
                WriteCell(3, .date(SpreadsheetDate(DateTimeComponents(year: 2013, month: offset + 1, day: 1, hour: 13, minute: 45))), style: dateTime),
                WriteCell(4, .date(SpreadsheetDate(DateTimeComponents(year: 2013, month: offset + 1, day: 10)))),
            ])
        }
        try details.appendRow([WriteCell(column: 1, value: .number(15_003.75), formula: "SUM(B2:B7)", style: thousands)])
        let line = XLSXChart(
            .line, title: "Udgift pr. måned", categories: SheetReference(sheet: "Detaljer 2013", "A2:A7")!,
            series: [XLSXChart.Series(name: .text("Udgift"), values: SheetReference(sheet: "Detaljer 2013", "B2:B7")!)],
            categoryAxisTitle: "Måned", valueAxisTitle: "Kroner", legend: nil)
        try details.addChart(line, at: CellRange("G2:N18")!)
        try details.hyperlink(at: CellAddress("A9")!, toSheet: "Oversigt", cell: CellAddress("A1")!, display: "Tilbage")
        try details.appendRow(values: [.string("Tilbage")], style: .hyperlink)

        let hidden = try writer.addSheet("Opslag", options: .hidden)
        try hidden.appendRow(values: [.string("Kategori"), .string("Kode")])
        try hidden.appendRow(values: [.string("Forebyggelse"), .integer(1)])
        try hidden.appendRow(values: [.string("Indsats"), .integer(2)])

        try writer.defineName("Budget2013", refersTo: SheetReference(sheet: "Oversigt", "B4:B7")!.formula)
        try writer.defineName("Koder", refersTo: "='Opslag'!$B$2:$B$3", localTo: "Opslag")
        try writer.setActiveSheet("Oversigt")
        try writer.close()
    }

    /// A larger constant-memory workbook with text that needs escaping.
    static func writeConstantMemory(to path: String, rows: Int = 5_000) throws {
        let writer = try XLSXWriter(path: path, options: XLSXWriterOptions(sharedStrings: false, spillThreshold: 16 * 1024))
        let sheet = try writer.addSheet("Stor")
        try sheet.appendRow(values: [.string("Nr"), .string("Tekst"), .string("Beløb"), .string("Dato"), .string("OK")], style: .bold)
        let texts = [
            "Indbrud", "<tag> & \"citat\"", " foranstillet", "efterstillet ", "kontrol\u{1}tegn", "_x0041_ bogstaveligt",
            "emoji 🚓👮‍♀️", "Ærø Øster Åby", "linje\r\nskift",
        ]
        for row in 0..<rows {
            try sheet.appendRow([
                WriteCell(0, .integer(Int64(row + 1))),
                WriteCell(1, .string(texts[row % texts.count])),
                WriteCell(2, .number(Double(row) * 1.25 - 1000)),
                WriteCell(3, .date(SpreadsheetDate(serial: 41_275 + Double(row % 365)))),
                WriteCell(4, .bool(row % 3 == 0)),
            ])
        }
        try sheet.freeze(rows: 1)
        try writer.close()
    }

    /// A workbook in the 1904 date system with hidden sheets, an empty sheet and defined names.
    static func writeHiddenAndNames(to path: String) throws {
        let writer = try XLSXWriter(path: path, options: XLSXWriterOptions(dateSystem: .date1904, cellReferences: .whenNeeded))
        let first = try writer.addSheet("Skjult først", options: .hidden)
        try first.appendRow(values: [.string("hemmelig"), .integer(42)])
        let visible = try writer.addSheet("Synlig 'ark' 2")
        try visible.appendRow(values: [
            .string("Dato"), .date(SpreadsheetDate(DateTimeComponents(year: 2013, month: 12, day: 24))),
            .date(SpreadsheetDate(serial: 41_632.5, system: .date1900)),
        ])
        try visible.appendRow([WriteCell(0, .string("x")), WriteCell(2, .string("gap")), WriteCell(3, .string("after gap"))])
        try visible.appendRow(values: [.integer(1), .integer(2), .integer(3)], firstColumn: 1)
        let veryHidden = try writer.addSheet("Meget skjult", options: XLSXSheetOptions(visibility: .veryHidden))
        try veryHidden.appendRow(values: [.string("intern")])
        _ = try writer.addSheet("Tom")  // a sheet with no rows at all
        try writer.defineName("Svaret", refersTo: "'Skjult først'!$B$1")
        try writer.defineName("Lokal", refersTo: "'Synlig ''ark'' 2'!$A$1", localTo: "Synlig 'ark' 2")
        try writer.defineName("Lokal", refersTo: "'Meget skjult'!$A$1", localTo: "Meget skjult", hidden: true)
        try writer.close()
    }
}
