import Spreadsheet

/// A chart of an exported sheet, drawn from ranges of the workbook.
public struct ExportChart: Hashable, Sendable {
    /// The kind of chart.
    public enum Kind: Hashable, Sendable {
        /// Vertical bars, the series side by side in each category.
        case clusteredColumn
        /// Lines with markers.
        case line
    }

    /// One data series: the cell holding its name and the cells holding its values.
    public struct Series: Hashable, Sendable {
        /// The cell holding the series' name (shown in the legend).
        public var name: SheetReference
        /// The values, one row or one column.
        public var values: SheetReference

        /// Creates a series.
        public init(name: SheetReference, values: SheetReference) {
            self.name = name
            self.values = values
        }
    }

    /// The kind of chart.
    public var kind: Kind
    /// The title above the chart.
    public var title: String
    /// The category labels (x axis).
    public var categories: SheetReference
    /// The series.
    public var series: [Series]
    /// The title of the category axis.
    public var categoryAxisTitle: String
    /// The title of the value axis.
    public var valueAxisTitle: String
    /// The cells the chart covers on its sheet.
    public var anchor: CellRange

    /// Creates a chart.
    public init(
        kind: Kind, title: String, categories: SheetReference, series: [Series],
        categoryAxisTitle: String, valueAxisTitle: String, anchor: CellRange
    ) {
        self.kind = kind
        self.title = title
        self.categories = categories
        self.series = series
        self.categoryAxisTitle = categoryAxisTitle
        self.valueAxisTitle = valueAxisTitle
        self.anchor = anchor
    }
}
