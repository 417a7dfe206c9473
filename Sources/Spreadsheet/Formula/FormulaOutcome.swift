/// What the engine made of one formula.
public enum FormulaOutcome: Hashable, Sendable {
    /// The value the formula computes.
    case computed(FormulaValue)
    /// The formula uses something the engine does not compute (named), or depends on a
    /// cell that could not be computed and holds no saved value; nothing is guessed.
    case unsupported(String)
    /// The formula calls a volatile function (`TODAY`, `RAND`, `INDIRECT`, `OFFSET`…),
    /// whose result changes from one calculation to the next.
    case volatile(String)
    /// The formula is on a circular reference; the cells of the cycle, as `Sheet!A1`.
    case cycle([String])

    /// The computed value, when there is one.
    public var value: FormulaValue? {
        if case .computed(let value) = self { return value }
        return nil
    }
}

/// One formula cell of a workbook with its saved (cached) value and what the engine computed.
public struct FormulaCellResult: Hashable, Sendable {
    /// Zero-based index of the sheet in the workbook.
    public var sheet: Int
    /// The sheet's name.
    public var sheetName: String
    /// The cell.
    public var address: CellAddress
    /// The formula text as stored, without `=`.
    public var formula: String
    /// The value the file saved for the formula (`.empty` when it saved none).
    public var cached: CellValue
    /// What the engine made of it.
    public var outcome: FormulaOutcome

    public init(sheet: Int, sheetName: String, address: CellAddress, formula: String, cached: CellValue, outcome: FormulaOutcome) {
        self.sheet = sheet
        self.sheetName = sheetName
        self.address = address
        self.formula = formula
        self.cached = cached
        self.outcome = outcome
    }
}

/// Every formula of a workbook, evaluated: in sheet order, then row, then column.
public struct FormulaResults: Sendable {
    /// The formula cells.
    public var cells: [FormulaCellResult]
    /// The workbook's date system (for showing computed numbers as dates).
    public var dateSystem: DateSystem

    public init(cells: [FormulaCellResult], dateSystem: DateSystem = .date1900) {
        self.cells = cells
        self.dateSystem = dateSystem
    }

    /// The result for the cell at `address` of sheet `sheet`, if it holds a formula.
    public func result(sheet: Int, address: CellAddress) -> FormulaCellResult? {
        var low = 0
        var high = cells.count - 1
        let key = (sheet, address.row, address.column)
        while low <= high {
            let mid = (low + high) / 2
            let c = cells[mid]
            let k = (c.sheet, c.address.row, c.address.column)
            if k == key { return c }
            if k < key { low = mid + 1 } else { high = mid - 1 }
        }
        return nil
    }

    /// `grids` (the sheets the results came from, in the same order) with every computed
    /// formula's value in place of its saved value. A formula the engine could not compute
    /// keeps its saved value. A number under a date format, or replacing a saved date, is a date.
    public func applied(to grids: [SheetGrid]) -> [SheetGrid] {
        var out = grids
        var bySheetRow: [Int: [Int: [Int: FormulaValue]]] = [:]
        for cell in cells {
            guard let value = cell.outcome.value else { continue }
            bySheetRow[cell.sheet, default: [:]][cell.address.row, default: [:]][cell.address.column] = value
        }
        // Whether a format code shows dates, decided once per code.
        var dateFormats: [String: Bool] = [:]
        func isDate(_ code: String) -> Bool {
            if let known = dateFormats[code] { return known }
            let decided = NumberFormat.isDateCode(code)
            dateFormats[code] = decided
            return decided
        }
        for (sheet, rows) in bySheetRow where sheet < out.count {
            for r in out[sheet].rows.indices {
                guard let columns = rows[out[sheet].rows[r].index] else { continue }
                for c in out[sheet].rows[r].cells.indices {
                    let cell = out[sheet].rows[r].cells[c]
                    guard let value = columns[cell.column] else { continue }
                    out[sheet].rows[r].cells[c].value = Self.cellValue(
                        value, replacing: cell.value, format: cell.numberFormat, system: dateSystem, isDateCode: isDate)
                }
            }
        }
        return out
    }

    static func cellValue(
        _ value: FormulaValue, replacing old: CellValue, format: String?, system: DateSystem,
        isDateCode: (String) -> Bool = NumberFormat.isDateCode
    ) -> CellValue {
        if case .number(let n) = value {
            var isDate = false
            if case .date = old { isDate = true }
            if !isDate, let format, format != "General", old.isEmpty || old.doubleValue != nil { isDate = isDateCode(format) }
            if isDate, SpreadsheetDate(serial: n, system: system).isRepresentable { return value.cellValue(asDateIn: system) }
        }
        return value.cellValue()
    }
}
