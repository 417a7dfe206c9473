/// A chart drawn from cell ranges: a clustered column chart or a line chart.
///
/// ```swift
/// var chart = XLSXChart(.clusteredColumn, title: "Budget per år")
/// chart.categories = SheetReference(sheet: "Oversigt", "A2:A5")
/// chart.series = [XLSXChart.Series(name: .reference(SheetReference(sheet: "Oversigt", "B1")!),
///                                  values: SheetReference(sheet: "Oversigt", "B2:B5")!)]
/// try sheet.addChart(chart, at: CellRange("E2:L18")!)
/// ```
public struct XLSXChart: Sendable, Hashable {
    /// The kind of chart.
    public enum Kind: Sendable, Hashable {
        /// Vertical bars, the series side by side in each category.
        case clusteredColumn
        /// Lines with markers, one per series.
        case line
    }

    /// Where the legend goes.
    public enum LegendPosition: String, Sendable, Hashable {
        /// Right of the plot.
        case right = "r"
        /// Left of the plot.
        case left = "l"
        /// Above the plot.
        case top = "t"
        /// Below the plot.
        case bottom = "b"
    }

    /// One data series: its values and its name.
    public struct Series: Sendable, Hashable {
        /// A series name: fixed text or a cell holding it.
        public enum Name: Sendable, Hashable {
            /// Fixed text.
            case text(String)
            /// A cell that holds the name (usually the column header).
            case reference(SheetReference)
        }

        /// The series name shown in the legend; `nil` lets the program number it.
        public var name: Name?
        /// The values: one row or one column of cells.
        public var values: SheetReference

        /// Creates a series.
        public init(name: Name? = nil, values: SheetReference) {
            self.name = name
            self.values = values
        }
    }

    /// The kind of chart.
    public var kind: Kind
    /// The title above the chart.
    public var title: String?
    /// The category labels (x axis): one row or one column of cells.
    public var categories: SheetReference?
    /// The data series, at least one.
    public var series: [Series]
    /// The title of the category (x) axis.
    public var categoryAxisTitle: String?
    /// The title of the value (y) axis.
    public var valueAxisTitle: String?
    /// The number format of the value axis labels (e.g. `"#,##0"`); `nil` follows the source cells.
    public var valueNumberFormat: String?
    /// Where the legend goes; `nil` hides it.
    public var legend: LegendPosition?

    /// Creates a chart.
    public init(
        _ kind: Kind, title: String? = nil, categories: SheetReference? = nil, series: [Series] = [],
        categoryAxisTitle: String? = nil, valueAxisTitle: String? = nil, valueNumberFormat: String? = nil,
        legend: LegendPosition? = .right
    ) {
        self.kind = kind
        self.title = title
        self.categories = categories
        self.series = series
        self.categoryAxisTitle = categoryAxisTitle
        self.valueAxisTitle = valueAxisTitle
        self.valueNumberFormat = valueNumberFormat
        self.legend = legend
    }
}
