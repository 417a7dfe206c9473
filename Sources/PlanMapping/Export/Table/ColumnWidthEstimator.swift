import PlanModel
import Spreadsheet

/// Estimates column widths from content, in characters of the default font.
enum ColumnWidthEstimator {
    /// Room for the cell padding and the filter button.
    static let padding = 2.0

    static func widths(
        for rows: [ExportRow], columnCount: Int, minimum: Double, maximum: Double,
        maximumByColumn: [Int: Double]
    ) -> [Double] {
        var longest = [Int](repeating: 0, count: columnCount)
        for row in rows {
            for cell in row.cells where cell.role.sizesColumn && cell.column < columnCount {
                longest[cell.column] = max(longest[cell.column], displayLength(cell))
            }
        }
        return longest.enumerated().map { column, length in
            let upper = maximumByColumn[column] ?? maximum
            return min(max(Double(length) + padding, minimum), max(upper, minimum))
        }
    }

    /// The length of the cell's text as shown: the longest line of a text, an amount
    /// with its thousands separators.
    static func displayLength(_ cell: ExportCell) -> Int {
        switch cell.value {
        case .empty: return 0
        case .string(let text):
            var longest = 0
            for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
                longest = max(longest, line.count)
            }
            return longest
        case .integer(let number):
            switch cell.role {
            case .year, .areaNumber: return String(number).count
            default: return Kroner(number).formatted(.danish).count
            }
        default:
            return cell.value.description.count
        }
    }
}
