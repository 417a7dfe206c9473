/// The position of a cell in a sheet: a zero-based row and column.
///
/// `CellAddress` converts to and from A1 notation (`"B7"`, `"$AA$10"`), the way
/// spreadsheet programs name cells. Row and column are zero-based here, so `A1`
/// is `CellAddress(row: 0, column: 0)`.
public struct CellAddress: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The largest row index a worksheet can hold (row 1,048,576 in A1 terms).
    public static let maxRow = 1_048_575
    /// The largest column index a worksheet can hold (column XFD in A1 terms).
    public static let maxColumn = 16_383

    /// Zero-based row index.
    public var row: Int
    /// Zero-based column index.
    public var column: Int

    /// Creates an address from zero-based row and column indices.
    public init(row: Int, column: Int) {
        self.row = row
        self.column = column
    }

    /// Parses an A1 reference such as `"C12"` or `"$C$12"`.
    ///
    /// Returns `nil` for anything that is not a single cell reference inside the
    /// limits of a worksheet (`XFD1048576`).
    public init?(_ reference: some StringProtocol) {
        var utf8 = Array(reference.utf8)
        utf8.removeAll { $0 == UInt8(ascii: "$") }
        guard let parsed = utf8.withUnsafeBufferPointer({ CellAddress.parse($0) }) else { return nil }
        self = parsed
    }

    /// Parses an A1 reference from raw bytes (no `$` signs), as `init?(_:)` does.
    @inlinable
    public static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> CellAddress? {
        guard let (column, lettersEnd) = scanColumnLetters(bytes, from: 0), lettersEnd < bytes.count else { return nil }
        var index = lettersEnd
        var row = 0
        while index < bytes.count {
            let byte = bytes[index]
            guard byte >= 48 && byte <= 57 else { return nil }
            row = row * 10 + Int(byte - 48)
            if row > maxRow + 1 { return nil }
            index += 1
        }
        guard row >= 1 else { return nil }
        return CellAddress(row: row - 1, column: column)
    }

    /// Reads the column letters at `bytes[start...]`, one to three in either case: the
    /// zero-based column and the index after the letters. `nil` when there is no letter, a
    /// fourth letter, or a column past XFD. The one column-letter reader: A1 references,
    /// the sheet reader's `r` attributes and shared formulas all go through it.
    @inlinable
    static func scanColumnLetters<Bytes: Collection>(_ bytes: Bytes, from start: Bytes.Index) -> (column: Int, end: Bytes.Index)?
    where Bytes.Element == UInt8 {
        var index = start
        var column = 0
        var count = 0
        while index != bytes.endIndex {
            let letter = bytes[index] | 0x20  // either case
            guard letter >= 0x61 && letter <= 0x7A else { break }
            if count == 3 { return nil }  // a fourth letter: past XFD (and no overflow on long runs)
            column = column * 26 + Int(letter - 0x60)
            count += 1
            bytes.formIndex(after: &index)
        }
        guard count > 0, column <= maxColumn + 1 else { return nil }
        return (column - 1, index)
    }

    /// The column letters of a zero-based column index: 0 → `"A"`, 27 → `"AB"`.
    public static func columnName(_ column: Int) -> String {
        var n = column + 1
        var letters: [UInt8] = []
        while n > 0 {
            let rem = (n - 1) % 26
            letters.append(UInt8(65 + rem))
            n = (n - 1) / 26
        }
        return String(decoding: letters.reversed(), as: UTF8.self)
    }

    /// The zero-based column index of column letters: `"A"` → 0, `"AB"` → 27.
    public static func columnIndex(_ letters: some StringProtocol) -> Int? {
        let bytes = letters.utf8
        guard let (column, end) = scanColumnLetters(bytes, from: bytes.startIndex), end == bytes.endIndex else { return nil }
        return column
    }

    /// The A1 form of this address, e.g. `"B7"`.
    public var a1: String { CellAddress.columnName(column) + String(row + 1) }

    public var description: String { a1 }

    public static func < (lhs: CellAddress, rhs: CellAddress) -> Bool {
        (lhs.row, lhs.column) < (rhs.row, rhs.column)
    }
}
