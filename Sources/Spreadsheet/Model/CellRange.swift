/// A rectangle of cells, such as a merged range `"A1:D1"` or a sheet's dimension.
public struct CellRange: Hashable, Sendable, CustomStringConvertible {
    /// The top-left cell.
    public var start: CellAddress
    /// The bottom-right cell.
    public var end: CellAddress

    /// Creates a range from two corners; the corners are normalised so that
    /// `start` is top-left and `end` bottom-right.
    public init(start: CellAddress, end: CellAddress) {
        self.start = CellAddress(row: min(start.row, end.row), column: min(start.column, end.column))
        self.end = CellAddress(row: max(start.row, end.row), column: max(start.column, end.column))
    }

    /// Parses `"A1:D4"`, `"$A$1:$D$4"` or a single cell `"B2"` (a one-cell range).
    public init?(_ reference: some StringProtocol) {
        let parts = reference.split(separator: ":", omittingEmptySubsequences: false)
        switch parts.count {
        case 1:
            guard let cell = CellAddress(parts[0]) else { return nil }
            self.init(start: cell, end: cell)
        case 2:
            guard let a = CellAddress(parts[0]), let b = CellAddress(parts[1]) else { return nil }
            self.init(start: a, end: b)
        default:
            return nil
        }
    }

    /// Number of rows the range spans.
    public var rowCount: Int { end.row - start.row + 1 }
    /// Number of columns the range spans.
    public var columnCount: Int { end.column - start.column + 1 }

    /// Whether `address` lies inside the range.
    public func contains(_ address: CellAddress) -> Bool {
        address.row >= start.row && address.row <= end.row
            && address.column >= start.column && address.column <= end.column
    }

    /// The A1 form, `"A1:D4"` (or `"B2"` for a single cell).
    public var a1: String { start == end ? start.a1 : "\(start.a1):\(end.a1)" }

    public var description: String { a1 }
}
