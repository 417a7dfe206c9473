import BudgetRules
import PlanModel
import Spreadsheet

/// Finds the annual frame a sheet states: a cell that says only "Årlig ramme", "Ramme",
/// "Annual frame" or "Frame" (case and a trailing colon aside), with a whole, non-negative
/// amount in the next filled cell to its right (at most three columns on) or, failing
/// that, right below it. The overview workbook writes one ("Årlig ramme" in Oversigt).
enum StatedFrameFinder {
    /// The labels, compared in lower case.
    static let labels: Set<String> = ["årlig ramme", "ramme", "annual frame", "frame", "yearly frame"]

    /// The first frame stated in `file`, sheet by sheet, top to bottom.
    static func find(in file: SpreadsheetFile) -> StatedAmount? {
        for grid in file.grids {
            for row in grid.rows {
                for cell in row.cells {
                    guard case .string(let text) = cell.value, labels.contains(normalized(text)) else { continue }
                    let candidates = [
                        row.cells.first { $0.column > cell.column && $0.column <= cell.column + 3 && !$0.value.isEmpty }
                            .map { (CellAddress(row: row.index, column: $0.column), $0.value) },
                        grid.cell(at: CellAddress(row: row.index + 1, column: cell.column))
                            .map { (CellAddress(row: row.index + 1, column: cell.column), $0.value) },
                    ]
                    for case (let address, let value)? in candidates {
                        guard let amount = kroner(value) else { continue }
                        return StatedAmount(
                            label: text.trimmingCharacters(),
                            amount: amount,
                            location: SourceLocation(
                                file: file.path, sheet: file.format == .csv ? nil : grid.name, cell: address.a1))
                    }
                }
            }
        }
        return nil
    }

    private static func normalized(_ text: String) -> String {
        var trimmed = text.trimmingCharacters().lowercased()
        if trimmed.hasSuffix(":") { trimmed.removeLast() }
        return trimmed.trimmingCharacters()
    }

    /// A whole, non-negative number of kroner in a cell: a number, or text such as "2.200.000".
    private static func kroner(_ value: CellValue) -> Kroner? {
        switch value {
        case .integer(let number) where number >= 0:
            return Kroner(Int64(number))
        case .number(let number) where number >= 0 && number.rounded() == number && number < 9e15:
            return Kroner(Int64(number))
        case .string(let text):
            guard let parsed = try? AmountParser.parse(text), let kroner = parsed.kroner, kroner >= 0 else { return nil }
            return Kroner(kroner)
        default:
            return nil
        }
    }
}

extension String {
    /// The text without spaces, tabs and line breaks at either end.
    fileprivate func trimmingCharacters() -> String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\u{A0}" }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(self[first...last])
    }
}
