import BudgetRules
import PlanModel
import Spreadsheet

/// Writes a copy of a submitted workbook with its findings shown where they are: every
/// worksheet (hidden ones stay hidden), value, formula, number format and merged range kept; each cell with a finding
/// filled (red for errors, yellow for warnings) and given a note with the message(s);
/// and a first sheet, "Kontrol", listing every finding with a link to its cell.
///
/// A CSV file becomes a workbook with one sheet (named after the file). Findings on a
/// sheet or file without a cell are listed on "Kontrol" only.
///
/// ```swift
/// try AnnotatedCopy(language: .danish).write(file, findings: report.findings, to: "kontrol.xlsx")
/// ```
public struct AnnotatedCopy: Sendable {
    /// The language of the notes and the "Kontrol" sheet.
    public var language: Language
    /// The fill of cells with an error.
    public static let errorFill = RGBColor.lightRed
    /// The fill of cells with a warning.
    public static let warningFill = RGBColor.lightYellow

    /// Creates a writer.
    public init(language: Language = .danish) {
        self.language = language
    }

    private func t(_ da: String, _ en: String) -> String { language == .danish ? da : en }

    /// The sheet names of the copy: "Kontrol" (made unique) first, then the file's sheets
    /// (a CSV's named after the file, made a valid sheet name).
    func sheetNames(for file: SpreadsheetFile) -> (control: String, sheets: [String]) {
        var names: [String] = file.grids.map { grid in
            file.format == .csv ? Self.validSheetName(grid.name) : grid.name
        }
        if file.format == .csv, let first = names.first, first.isEmpty { names[0] = "Data" }
        let taken = Set(names.map { $0.lowercased() })
        var control = t("Kontrol", "Check")
        var counter = 2
        while taken.contains(control.lowercased()) {
            control = t("Kontrol", "Check") + " (\(counter))"
            counter += 1
        }
        return (control, names)
    }

    /// A valid sheet name from any text: forbidden characters replaced, at most 31 characters.
    static func validSheetName(_ text: String) -> String {
        var name = String(text.map { "[]:*?/\\".contains($0) ? "_" : $0 })
        while name.hasPrefix("'") { name.removeFirst() }
        while name.hasSuffix("'") { name.removeLast() }
        if name.count > 31 { name = String(name.prefix(31)) }
        return name.isEmpty ? "Data" : name
    }

    /// Writes the annotated copy of `file` to `path` (through a temporary file in the same folder).
    ///
    /// - Parameters:
    ///   - file: The submitted file as it was read.
    ///   - findings: The findings of the file (others are left out).
    ///   - path: Where the copy is written; never the submitted file itself.
    public func write(_ file: SpreadsheetFile, findings: [Finding], to path: String) throws(XLSXWriteError) {
        let findings = findings.filter { $0.file == file.path }.sorted(by: Self.order)
        let names = sheetNames(for: file)
        // Findings per sheet (CSV findings have no sheet: its only sheet) and cell.
        func sheetIndex(_ finding: Finding) -> Int? {
            if file.format == .csv { return file.grids.isEmpty ? nil : 0 }
            guard let sheet = finding.sheet else { return nil }
            return file.grids.firstIndex { $0.name == sheet }
        }
        var perCell: [Int: [CellAddress: [Finding]]] = [:]
        for finding in findings {
            guard let index = sheetIndex(finding), let cell = finding.cell.flatMap({ CellAddress($0) }) else { continue }
            perCell[index, default: [:]][cell, default: []].append(finding)
        }
        let writer = try XLSXWriter(
            path: path,
            options: XLSXWriterOptions(
                properties: DocumentProperties(
                    title: t("Kontrol af ", "Check of ") + Self.fileName(file.path), creator: "PlanSheets")))
        do {
            try writeControlSheet(writer, name: names.control, findings: findings, file: file, sheetNames: names.sheets, sheetIndex: sheetIndex)
            for (index, grid) in file.grids.enumerated() {
                var copy = grid
                copy.name = names.sheets[index]
                var highlights: [CellAddress: CellStyle] = [:]
                for (cell, list) in perCell[index] ?? [:] {
                    if list.contains(where: { $0.severity == .error }) {
                        highlights[cell] = CellStyle(fill: .solid(Self.errorFill))
                    } else if list.contains(where: { $0.severity == .warning }) {
                        highlights[cell] = CellStyle(fill: .solid(Self.warningFill))
                    }
                }
                var options = XLSXSheetOptions.standard
                switch index < file.sheetStates.count ? file.sheetStates[index] : .visible {
                case .visible: break
                case .hidden: options.visibility = .hidden
                case .veryHidden: options.visibility = .veryHidden
                }
                let sheet = try writer.addSheet(grid: copy, options: options, highlights: highlights)
                for (cell, list) in (perCell[index] ?? [:]).sorted(by: { $0.key < $1.key }) {
                    try sheet.note(at: cell, text: list.map(noteText).joined(separator: "\n\n"))
                }
            }
            try writer.close()
        } catch {
            writer.discard()
            throw error
        }
    }

    /// The note of one finding: severity, rule and message, then expected and found.
    func noteText(_ finding: Finding) -> String {
        var text = "\(finding.severity.label(language)) (\(finding.rule.rawValue)): \(finding.message[language])"
        var facts: [String] = []
        if let expected = finding.expected { facts.append(t("Forventet: ", "Expected: ") + expected) }
        if let found = finding.found { facts.append(t("Fundet: ", "Found: ") + found) }
        if !facts.isEmpty { text += "\n" + facts.joined(separator: " · ") }
        return text
    }

    private func writeControlSheet(
        _ writer: XLSXWriter, name: String, findings: [Finding], file: SpreadsheetFile, sheetNames: [String],
        sheetIndex: (Finding) -> Int?
    ) throws(XLSXWriteError) {
        let sheet = try writer.addSheet(name, options: XLSXSheetOptions(tabColor: findings.contains { $0.severity == .error } ? .red : nil))
        let bold = CellStyle.bold
        try sheet.appendRow(values: [.string(t("Kontrol af ", "Check of ") + Self.fileName(file.path))], style: CellStyle(font: CellFont(size: 14, bold: true)))
        let errors = findings.filter { $0.severity == .error }.count
        let warnings = findings.filter { $0.severity == .warning }.count
        let info = findings.count - errors - warnings
        try sheet.appendRow(values: [
            .string(
                t(
                    "\(errors) fejl, \(warnings) \(warnings == 1 ? "advarsel" : "advarsler"), \(info) info. Klik på en celle for at gå til den.",
                    "\(errors) \(errors == 1 ? "error" : "errors"), \(warnings) \(warnings == 1 ? "warning" : "warnings"), \(info) info. Click a cell to go to it."
                ))
        ])
        let header = [
            t("Alvor", "Severity"), t("Ark", "Sheet"), t("Celle", "Cell"), t("Regel", "Rule"), t("Aktivitet", "Activity"),
            t("Forventet", "Expected"), t("Fundet", "Found"), t("Besked", "Message"),
        ]
        try sheet.appendRow(values: header.map { .string($0) }, at: 3, style: bold)
        var row = 4
        for finding in findings {
            let index = sheetIndex(finding)
            let sheetName = index.map { sheetNames[$0] } ?? finding.sheet ?? ""
            let fill: CellStyle? =
                finding.severity == .error
                ? CellStyle(fill: .solid(Self.errorFill))
                : finding.severity == .warning ? CellStyle(fill: .solid(Self.warningFill)) : nil
            let target = finding.cell.flatMap { CellAddress($0) }
            var cells: [WriteCell] = [
                WriteCell(0, .string(finding.severity.label(language)), style: fill),
                WriteCell(1, .string(sheetName)),
                WriteCell(2, .string(finding.cell ?? ""), style: target != nil && index != nil ? .hyperlink : nil),
                WriteCell(3, .string(finding.rule.rawValue)),
            ]
            if let activity = finding.activity { cells.append(WriteCell(4, .string(activity))) }
            if let expected = finding.expected { cells.append(WriteCell(5, .string(expected))) }
            if let found = finding.found { cells.append(WriteCell(6, .string(found))) }
            let message = finding.message[language]
            cells.append(WriteCell(7, .string(message), style: Self.wrapped))
            // The message wraps in its column; the row grows to show it whole.
            let lines = (message.count + Self.messageWidth - 3) / (Self.messageWidth - 2)
            try sheet.appendRow(cells, at: row, height: lines > 1 ? min(15 * Double(lines), 409) : nil)
            if let target, index != nil {
                try sheet.hyperlink(at: CellAddress(row: row, column: 2), toSheet: sheetName, cell: target, display: finding.cell)
            }
            row += 1
        }
        if findings.isEmpty {
            try sheet.appendRow(values: [.string(t("Ingen fund.", "No findings."))], at: row)
        }
        try sheet.setColumnWidth(11, for: 0)
        try sheet.setColumnWidth(18, for: 1)
        try sheet.setColumnWidth(8, for: 2)
        try sheet.setColumnWidth(26, for: 3)
        try sheet.setColumnWidth(30, for: 4)
        try sheet.setColumnWidth(12, for: 5...6)
        try sheet.setColumnWidth(Double(Self.messageWidth), for: 7)
        try sheet.freeze(rows: 4)
        try sheet.setPageSetup(PageSetup(orientation: .landscape, paperSize: .a4, fitToWidth: 1, fitToHeight: nil, repeatRows: 3...3))
    }

    /// The width (characters) of the message column of "Kontrol".
    static let messageWidth = 70
    static let wrapped = CellStyle(alignment: CellAlignment(vertical: .top, wrapText: true))

    /// Sheet order, then row, then column (findings without a cell first).
    static func order(_ a: Finding, _ b: Finding) -> Bool {
        if a.sheet != b.sheet { return (a.sheet ?? "") < (b.sheet ?? "") }
        let x = a.cell.flatMap { CellAddress($0) }
        let y = b.cell.flatMap { CellAddress($0) }
        switch (x, y) {
        case (nil, .some): return true
        case (.some, nil): return false
        case (let x?, let y?) where x != y: return x < y
        default: return a.rule.rawValue < b.rule.rawValue
        }
    }

    static func fileName(_ path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }
}
