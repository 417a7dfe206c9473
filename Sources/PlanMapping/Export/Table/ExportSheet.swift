import Spreadsheet

/// One sheet of an exported workbook as pure data: rows of cells with roles, and how
/// the sheet is laid out (column widths, frozen rows, repeated print rows, filter,
/// charts). Nothing here knows XLSX or CSV; the renderers write it.
///
/// Rows are dense: `rows[i]` is sheet row `i` (zero-based; row 1 in A1 terms), and an
/// empty row is ``ExportRow/blank``. Formulas use A1 references to these positions.
public struct ExportSheet: Hashable, Sendable {
    /// The sheet's name (also the CSV block it becomes).
    public var name: String
    /// The rows, `rows[i]` being sheet row `i`.
    public var rows: [ExportRow]
    /// The width of each column in characters of the default font (index = column).
    public var columnWidths: [Double]
    /// How many rows stay in view at the top (title and headings).
    public var frozenRows: Int
    /// How many columns stay in view at the left.
    public var frozenColumns: Int
    /// Rows repeated at the top of every printed page (the headings), if any.
    public var printTitleRows: ClosedRange<Int>?
    /// The range that gets filter buttons (headings and data), if any.
    public var autoFilter: CellRange?
    /// Charts drawn on the sheet.
    public var charts: [ExportChart]

    /// Creates a sheet.
    public init(
        name: String, rows: [ExportRow], columnWidths: [Double] = [], frozenRows: Int = 0,
        frozenColumns: Int = 0, printTitleRows: ClosedRange<Int>? = nil, autoFilter: CellRange? = nil,
        charts: [ExportChart] = []
    ) {
        self.name = name
        self.rows = rows
        self.columnWidths = columnWidths
        self.frozenRows = frozenRows
        self.frozenColumns = frozenColumns
        self.printTitleRows = printTitleRows
        self.autoFilter = autoFilter
        self.charts = charts
    }

    // MARK: Lookup

    /// The cell at `address`, if any.
    public func cell(at address: CellAddress) -> ExportCell? {
        guard address.row >= 0 && address.row < rows.count else { return nil }
        return rows[address.row][address.column]
    }

    /// The cell at an A1 reference such as `"C13"`, if any.
    public subscript(a1: String) -> ExportCell? {
        guard let address = CellAddress(a1) else { return nil }
        return cell(at: address)
    }

    /// The indices of the rows of `kind`, top to bottom.
    public func rowIndices(of kind: ExportRowKind) -> [Int] {
        rows.indices.filter { rows[$0].kind == kind }
    }

    /// The index of the first row of `kind`, if any.
    public func firstRow(of kind: ExportRowKind) -> Int? {
        rows.firstIndex { $0.kind == kind }
    }

    /// The number of columns the sheet uses (one past the last column holding a cell).
    public var columnCount: Int {
        rows.reduce(0) { max($0, ($1.cells.last?.column ?? -1) + 1) }
    }

    // MARK: Conversion

    /// The sheet as a grid of cells: values (cached results for formulas), formulas and
    /// number formats. This is what the CSV renderer writes, and what a reader should
    /// give back for the XLSX file.
    public var grid: SheetGrid {
        var gridRows: [Row] = []
        for (index, row) in rows.enumerated() where !row.cells.isEmpty {
            let cells = row.cells.map {
                Cell(
                    column: $0.column, value: $0.value, formula: $0.formula,
                    numberFormat: ExportNumberFormat.code(for: $0.role))
            }
            gridRows.append(Row(index: index, cells: cells))
        }
        return SheetGrid(name: name, rows: gridRows)
    }

    // MARK: Layout

    /// Sets ``columnWidths`` to fit the content: each column as wide as its widest
    /// cell (headings included, titles and notes not), within `minimum`…`maximum`
    /// characters; `maximum` may be given per column (longer text wraps). The widths
    /// together stay within what prints readably on A4 (`PrintWidth`).
    public mutating func fitColumns(minimum: Double = 6, maximum: Double = 50, maximumByColumn: [Int: Double] = [:]) {
        columnWidths = PrintWidth.capped(
            ColumnWidthEstimator.widths(
                for: rows, columnCount: columnCount, minimum: minimum, maximum: maximum, maximumByColumn: maximumByColumn))
    }
}
