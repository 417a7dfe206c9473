import PlanModel
import Spreadsheet

/// Accounts for the figures of a table that its reader did not record: every number
/// cell, and every text cell holding an amount, inside the table (its header's columns,
/// from its header to its last row) is recorded in the table's ``Coverage``: figures in
/// the table's set-aside columns and rows with their reason, figures in a row-sum or
/// remarks column as set aside, and anything else as not understood.
///
/// The columns that name a row (area, activity, id, responsible, a ledger's year, the
/// offence) hold labels, not figures, and are not swept.
struct CoverageSweep: Sendable {
    /// Whether the file is CSV (its cells carry no sheet name).
    var isCSV: Bool
    /// The amount parser, to tell a text amount from a label.
    var parsing: any AmountTextParsing = SpreadsheetAmountParsing()

    /// Records every figure of `table` in `grid` that `coverage` does not hold yet.
    func sweep(_ table: DetectedTable, in grid: SheetGrid, into coverage: inout Coverage) {
        let sheet = isCSV ? nil : grid.name
        let columns = table.columns
        let labelColumns = Set(
            [columns.area, columns.activity, columns.id, columns.responsible, columns.year, columns.offence].compactMap { $0 }
                + columns.descriptive)
        let headings = self.headings(of: table, in: grid)
        let figureColumns = Set(headings.keys).union(columns.amountColumns).union(columns.remarks)
            .union(columns.baseline.map { [$0] } ?? []).union(table.setAsideColumns.keys)
        guard let first = figureColumns.min(), let last = figureColumns.max() else { return }
        let end = table.bodyRows?.upperBound ?? table.headerRows.upperBound
        let span = table.headerRows.lowerBound...end
        for row in grid.rows where span.contains(row.index) {
            let isHeader = table.headerRows.contains(row.index)
            for cell in row.cells where cell.column >= first && cell.column <= last && !labelColumns.contains(cell.column) {
                let position = SheetCell(sheet: sheet, row: row.index, column: cell.column)
                guard !coverage.contains(position) else { continue }
                if isHeader {
                    // A heading that names a year but made no year column: a year column not understood.
                    guard table.setAsideColumns[cell.column] == nil, !columns.years.contains(where: { $0.column == cell.column }),
                        columns.baseline != cell.column, let text = SheetText.label(cell.value),
                        !LabelText(text).years.isEmpty
                    else { continue }
                    coverage.notUnderstood(
                        position, raw: text,
                        why: LocalizedText(
                            da: "overskriften “\(text)” nævner et år, men kolonnen er ikke læst som et års beløb",
                            en: "the heading “\(text)” names a year, but the column was not read as a year's amounts"))
                    continue
                }
                guard let raw = figure(cell.value) else { continue }
                if let reason = table.setAsideRows[row.index] ?? table.setAsideColumns[cell.column] {
                    coverage.setAside(position, raw: raw, reason: reason)
                } else if columns.remarks.contains(cell.column) {
                    coverage.setAside(position, raw: raw, reason: .remarksColumn)
                } else if let heading = headings[cell.column], HeaderVocabulary.role(of: LabelText(heading)) == .rowTotal {
                    coverage.setAside(position, raw: raw, reason: .rowTotalColumn)
                } else if let heading = headings[cell.column] {
                    coverage.notUnderstood(
                        position, raw: raw,
                        why: LocalizedText(
                            da: "kolonnens overskrift “\(heading)” er ikke forstået, så tallet er ikke brugt",
                            en: "the column's heading “\(heading)” is not understood, so the figure is not used"))
                } else {
                    coverage.notUnderstood(
                        position, raw: raw,
                        why: LocalizedText(
                            da: "tallet står i tabellen, men hverken som beløb, i alt eller note",
                            en: "the figure is inside the table but not read as an amount, a total or a note"))
                }
            }
        }
    }

    /// The header's text per column (the rows of a two-row header joined).
    func headings(of table: DetectedTable, in grid: SheetGrid) -> [Int: String] {
        var headings: [Int: String] = [:]
        for row in grid.rows where table.headerRows.contains(row.index) {
            for cell in row.cells {
                guard let text = SheetText.label(cell.value) else { continue }
                headings[cell.column] = headings[cell.column].map { $0 + " " + text } ?? text
            }
        }
        return headings
    }

    /// The value of a cell as shown, when it is a figure: a number, or text that reads as
    /// an amount; `nil` for labels, blanks and other values.
    func figure(_ value: CellValue) -> String? {
        switch value {
        case .integer(let number): return String(number)
        case .number: return value.description
        case .string(let text):
            let trimmed = SheetText.trim(text)
            guard trimmed.contains(where: \.isNumber), trimmed != "-",
                (try? parsing.read(trimmed, notation: .assumedDanish, columnUnit: .kroner)) != nil
            else { return nil }
            return trimmed
        default: return nil
        }
    }
}
