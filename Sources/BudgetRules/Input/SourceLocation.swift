/// Where a value was read: the file, the sheet and the cell (A1 reference).
///
/// A CSV file has no sheets: give `sheet` as `nil` (or the file's base name, as the
/// mapping layer prefers) and `cell` as the A1 reference of the field (row 1 is the
/// first line, column A the first field).
///
/// The fields have the names every error of the toolkit gives a location (`file`,
/// `sheet`, `cell`), but `cell` is the A1 text, not Spreadsheet's typed `CellAddress`
/// as in the errors: BudgetRules is pure Swift and cannot import the Spreadsheet layer.
public struct SourceLocation: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The file's path as the user gave it.
    public var file: String
    /// The sheet's name, when the file has sheets.
    public var sheet: String?
    /// The cell's A1 reference without `$`, e.g. `"C12"`.
    public var cell: String?

    /// Creates a location.
    public init(file: String, sheet: String? = nil, cell: String? = nil) {
        self.file = file
        self.sheet = sheet
        self.cell = cell
    }

    /// The same file and sheet, another cell.
    public func at(_ cell: String?) -> SourceLocation {
        SourceLocation(file: file, sheet: sheet, cell: cell)
    }

    /// `file`, `file › sheet` or `file › sheet › C12`.
    public var description: String {
        [file, sheet, cell].compactMap { $0 }.joined(separator: " › ")
    }

    /// Zero-based (row, column) of `cell`, for ordering; `nil` when there is no valid A1 reference.
    var cellIndices: (row: Int, column: Int)? {
        guard let cell else { return nil }
        var column = 0
        var row = 0
        var sawLetter = false
        var sawDigit = false
        for byte in cell.utf8 where byte != UInt8(ascii: "$") {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"):
                guard !sawDigit, column < 1_000_000 else { return nil }
                column = column * 26 + Int((byte | 0x20) - UInt8(ascii: "a")) + 1
                sawLetter = true
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                guard sawLetter, row < 100_000_000 else { return nil }
                row = row * 10 + Int(byte - UInt8(ascii: "0"))
                sawDigit = true
            default:
                return nil
            }
        }
        guard sawLetter, sawDigit, row > 0 else { return nil }
        return (row - 1, column - 1)
    }
}
