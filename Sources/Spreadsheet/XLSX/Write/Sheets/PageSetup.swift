/// How a sheet prints.
public struct PageSetup: Sendable, Hashable {
    /// Page orientation.
    public enum Orientation: String, Sendable, Hashable {
        /// Taller than wide.
        case portrait
        /// Wider than tall.
        case landscape
    }

    /// Paper sizes, with the numbers SpreadsheetML gives them.
    public enum PaperSize: Int, Sendable, Hashable {
        /// US Letter (8.5 × 11 in).
        case letter = 1
        /// US Legal (8.5 × 14 in).
        case legal = 5
        /// A3 (297 × 420 mm).
        case a3 = 8
        /// A4 (210 × 297 mm), the default.
        case a4 = 9
        /// A5 (148 × 210 mm).
        case a5 = 11
    }

    /// Page orientation.
    public var orientation: Orientation
    /// Paper size, A4 by default.
    public var paperSize: PaperSize
    /// Shrink to this many pages wide (`1`: all columns on one page width); `nil` does not scale to fit.
    public var fitToWidth: Int?
    /// Shrink to this many pages tall; `nil` (with `fitToWidth` set) lets the height run over as many pages as needed.
    public var fitToHeight: Int?
    /// Print scale in percent (10–400) when not fitting to pages.
    public var scale: Int?
    /// Rows repeated at the top of every printed page (zero-based, e.g. `0...0` for a header row).
    public var repeatRows: ClosedRange<Int>?
    /// Whether gridlines print.
    public var printsGridlines: Bool
    /// Whether the page content is centred horizontally.
    public var centersHorizontally: Bool

    /// Creates a page set-up.
    public init(
        orientation: Orientation = .portrait, paperSize: PaperSize = .a4, fitToWidth: Int? = nil,
        fitToHeight: Int? = nil, scale: Int? = nil, repeatRows: ClosedRange<Int>? = nil,
        printsGridlines: Bool = false, centersHorizontally: Bool = false
    ) {
        self.orientation = orientation
        self.paperSize = paperSize
        self.fitToWidth = fitToWidth
        self.fitToHeight = fitToHeight
        self.scale = scale
        self.repeatRows = repeatRows
        self.printsGridlines = printsGridlines
        self.centersHorizontally = centersHorizontally
    }
}
