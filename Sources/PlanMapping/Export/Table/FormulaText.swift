import Spreadsheet

/// Builds the text of formulas and references (A1 notation) for exported sheets.
enum FormulaText {
    /// `C4` for a cell.
    static func relative(_ address: CellAddress) -> String { address.a1 }

    /// `$B$2` for a cell.
    static func absolute(_ address: CellAddress) -> String {
        "$" + CellAddress.columnName(address.column) + "$" + String(address.row + 1)
    }

    /// `$B$2:$E$2` for a range (`$B$2` for one cell).
    static func absolute(_ range: CellRange) -> String {
        range.start == range.end ? absolute(range.start) : absolute(range.start) + ":" + absolute(range.end)
    }

    /// `C4:C12`: `column` from `firstRow` to `lastRow`.
    static func columnRange(_ column: Int, rows: ClosedRange<Int>) -> String {
        CellRange(
            start: CellAddress(row: rows.lowerBound, column: column),
            end: CellAddress(row: rows.upperBound, column: column)
        ).a1
    }

    /// `$A$4:$A$12`: `column` from `firstRow` to `lastRow`, absolute.
    static func absoluteColumnRange(_ column: Int, rows: ClosedRange<Int>) -> String {
        absolute(
            CellRange(
                start: CellAddress(row: rows.lowerBound, column: column),
                end: CellAddress(row: rows.upperBound, column: column)))
    }

    /// `C$4:C$12`: fixed rows, column free (for copying across years).
    static func rowAnchoredRange(_ column: Int, rows: ClosedRange<Int>) -> String {
        let letters = CellAddress.columnName(column)
        return "\(letters)$\(rows.lowerBound + 1):\(letters)$\(rows.upperBound + 1)"
    }

    /// The sheet name as a formula needs it: plain when it is letters and digits only
    /// (`Oversigt`), else quoted with `'` doubled (`'Indsatsområde 1'`).
    static func sheetPrefix(_ sheet: String) -> String {
        let plain =
            !sheet.isEmpty
            && sheet.unicodeScalars.allSatisfy {
                ($0 >= "A" && $0 <= "Z") || ($0 >= "a" && $0 <= "z") || ($0 >= "0" && $0 <= "9") || $0 == "_"
            } && !(sheet.first?.isNumber ?? false) && CellAddress(sheet) == nil
        return (plain ? sheet : SheetReference.quotedSheetName(sheet)) + "!"
    }
}
