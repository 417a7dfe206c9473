import BudgetRules
import PlanMapping
import PlanModel
import Spreadsheet

/// A sheet as an HTML table of its cells: column letters across, row numbers down, each
/// cell showing its value as the sheet shows it. A cell with a finding is coloured (red
/// for an error, yellow for a warning, blue for information), carries the findings'
/// messages on hover, and has an id (`c-SHEET-A1`) the findings list links to.
struct SheetGridView {
    /// The most rows and columns drawn (more are told, not drawn), unless a finding lies further.
    static let rowLimit = 400
    static let columnLimit = 40
    /// Never more than this, findings or not.
    static let hardRowLimit = 3000
    static let hardColumnLimit = 120

    var language: Language

    /// The anchor of a cell: the sheet's position in the file and the A1 reference, never its name.
    static func anchor(sheet: Int, cell: CellAddress) -> String { "c-\(sheet)-\(cell.a1)" }

    /// The sheet (by position) a finding points at, in `file`.
    static func sheetIndex(of finding: Finding, in file: SpreadsheetFile) -> Int? {
        if file.format == .csv { return file.grids.isEmpty ? nil : 0 }
        guard let sheet = finding.sheet else { return nil }
        return file.grids.firstIndex { $0.name == sheet }
    }

    func render(_ grid: SheetGrid, index: Int, findings: [CellAddress: [Finding]]) -> HTML {
        func t(_ da: String, _ en: String) -> String { language == .danish ? da : en }
        guard let used = grid.usedRange else {
            return "<p class=\"muted\">\(t("Arket er tomt.", "The sheet is empty."))</p>"
        }
        let farthestRow = findings.keys.map(\.row).max() ?? 0
        let farthestColumn = findings.keys.map(\.column).max() ?? 0
        let lastRow = min(used.end.row, max(used.start.row + Self.rowLimit - 1, farthestRow), Self.hardRowLimit - 1)
        let lastColumn = min(used.end.column, max(Self.columnLimit - 1, farthestColumn), Self.hardColumnLimit - 1)
        let display = CellDisplayText(language: language)
        var merged: [CellAddress: CellRange] = [:]
        var covered: Set<CellAddress> = []
        for range in grid.mergedRanges where range.rowCount * range.columnCount <= 10_000 {
            merged[range.start] = range
            for row in range.start.row...range.end.row {
                for column in range.start.column...range.end.column where !(row == range.start.row && column == range.start.column) {
                    covered.insert(CellAddress(row: row, column: column))
                }
            }
        }
        var head: [HTML] = ["<th class=\"corner\"></th>"]
        for column in 0...lastColumn {
            head.append("<th scope=\"col\">\(CellAddress.columnName(column))</th>")
        }
        var body: [HTML] = []
        var rowsByIndex: [Int: Row] = [:]
        for row in grid.rows where row.index <= lastRow { rowsByIndex[row.index] = row }
        for rowIndex in 0...lastRow {
            var cells: [HTML] = ["<th scope=\"row\">\(rowIndex + 1)</th>"]
            let row = rowsByIndex[rowIndex]
            for column in 0...lastColumn {
                let address = CellAddress(row: rowIndex, column: column)
                if covered.contains(address) { continue }
                let cell = row?.cell(at: column)
                let text = cell.map(display.text) ?? ""
                var classes: [String] = []
                if let cell, case .integer = cell.value { classes.append("num") }
                if let cell, case .number = cell.value { classes.append("num") }
                if cell?.formula != nil { classes.append("formula") }
                var title: String?
                if let found = findings[address] {
                    let worst = found.map(\.severity).min() ?? .info
                    classes.append("finding")
                    classes.append(worst.rawValue)
                    title = found.map { $0.message[language] }.joined(separator: "\n")
                }
                var attributes: HTML = " id=\"\(Self.anchor(sheet: index, cell: address))\""
                if let span = merged[address] {
                    let rows = min(span.end.row, lastRow) - span.start.row + 1
                    let columns = min(span.end.column, lastColumn) - span.start.column + 1
                    if rows > 1 { attributes = "\(attributes) rowspan=\"\(rows)\"" }
                    if columns > 1 { attributes = "\(attributes) colspan=\"\(columns)\"" }
                }
                if !classes.isEmpty { attributes = "\(attributes) class=\"\(classes.joined(separator: " "))\"" }
                if let title { attributes = "\(attributes) title=\"\(title)\"" }
                if let formula = cell?.formula, title == nil { attributes = "\(attributes) data-formula=\"=\(formula)\"" }
                cells.append("<td\(attributes)>\(text)</td>")
            }
            body.append("<tr>\(cells)</tr>")
        }
        var notes: [HTML] = []
        if used.end.row > lastRow {
            notes.append(
                "<p class=\"muted\">\(t("Rækkerne \(lastRow + 2)–\(used.end.row + 1) er ikke vist.", "Rows \(lastRow + 2)–\(used.end.row + 1) are not shown."))</p>"
            )
        }
        if used.end.column > lastColumn {
            notes.append(
                "<p class=\"muted\">\(t("Kolonnerne efter \(CellAddress.columnName(lastColumn)) er ikke vist.", "Columns after \(CellAddress.columnName(lastColumn)) are not shown."))</p>"
            )
        }
        return """
            <div class="grid-wrap"><table class="grid" aria-label="\(grid.name)"><thead><tr>\(head)</tr></thead>\
            <tbody>\(body)</tbody></table></div>\(notes)
            """
    }
}
