import Spreadsheet

/// A table found in a sheet (or given by a mapping file): its kind, where its header and
/// rows are, which column holds what, its title and focus area, and its unit.
public struct DetectedTable: Hashable, Sendable {
    /// Where a table's unit came from.
    public enum UnitSource: String, Hashable, Sendable {
        /// The column headers name it ("Finansiering 2013 (t.kr.)").
        case header
        /// A title row above the table names it ("Amounts in DKK thousands").
        case title
        /// A note below the table names it ("Alle beløb i kr.").
        case note
        /// A mapping file gives it.
        case mapping
        /// Nothing names it: kroner.
        case assumed
    }

    /// The kind of table.
    public var kind: TableKind
    /// The sheet's name.
    public var sheet: String
    /// The header rows (zero-based; two when a merged "Finansiering" stands over the years).
    public var headerRows: ClosedRange<Int>
    /// The rows of the table's body (zero-based; activity, total and note rows).
    public var bodyRows: ClosedRange<Int>?
    /// The title above the table, when there is one.
    public var title: String?
    /// The title's cell.
    public var titleCell: CellAddress?
    /// The focus area the table is for (area tables: from the title or the sheet's name).
    public var area: Int?
    /// Which column holds what.
    public var columns: TableColumns
    /// The unit of amounts whose column header names none.
    public var unit: AmountUnit
    /// Where ``unit`` came from.
    public var unitSource: UnitSource
    /// The cell that names ``unit`` (a header, title or note cell), when one does.
    public var unitCell: CellAddress?
    /// Whether the headers are Danish words ("Finansiering", "Aktivitet"): then text
    /// amounts such as "1.500" are read in Danish notation without doubt.
    public var hasDanishHeaders: Bool = false
    /// Columns whose figures are deliberately not used, with the reason (an actuals
    /// column beside the budget, "Forbrug 2013"); the reader records their figures as set
    /// aside in the table's ``Coverage``.
    public var setAsideColumns: [Int: SetAsideReason] = [:]
    /// Rows (zero-based indices) whose figures are deliberately not used, with the reason
    /// (a subtotal row that was checked); recorded like ``setAsideColumns``.
    public var setAsideRows: [Int: SetAsideReason] = [:]
    /// The body's rows, each with what it is (decided once, here; the reader follows it).
    public var lines: [TableLine] = []
    /// What detection could not settle, at its cell.
    public var notes: [LayoutNote] = []
    /// What detection found out about the layout by itself, for the report.
    public var features: [LayoutFeature] = []
    /// Whether the table was read turned (years down the rows, activities across): its
    /// row and column indices (``headerRows``, ``bodyRows``, ``lines``, ``columns``) are
    /// then those of the turned sheet, and cells are named in the sheet as it is.
    public var isTransposed = false
    /// A ledger: several posting lines per activity and year, summed.
    public var isLedger = false

    /// The cell of the sheet as the user sees it for `address` in the sheet the table was detected in.
    public func sheetAddress(_ address: CellAddress) -> CellAddress {
        isTransposed ? CellAddress(row: address.column, column: address.row) : address
    }

    /// Creates a table description.
    public init(
        kind: TableKind, sheet: String, headerRows: ClosedRange<Int>, bodyRows: ClosedRange<Int>? = nil,
        title: String? = nil, titleCell: CellAddress? = nil, area: Int? = nil, columns: TableColumns,
        unit: AmountUnit = .kroner, unitSource: UnitSource = .assumed
    ) {
        self.kind = kind
        self.sheet = sheet
        self.headerRows = headerRows
        self.bodyRows = bodyRows
        self.title = title
        self.titleCell = titleCell
        self.area = area
        self.columns = columns
        self.unit = unit
        self.unitSource = unitSource
    }

    /// The units the table's amounts are in (the headers' units, else the table's).
    public var units: Set<AmountUnit> {
        var units = Set(columns.years.map { $0.unit ?? unit })
        if columns.amount != nil { units.insert(columns.amountUnit ?? unit) }
        return units.isEmpty ? [unit] : units
    }
}
