/// How a sheet is shown.
public struct XLSXSheetOptions: Sendable, Hashable {
    /// Whether the sheet tab is shown.
    public enum Visibility: String, Sendable, Hashable {
        /// The sheet tab is shown.
        case visible
        /// Hidden; the user can unhide it from the spreadsheet program's menu.
        case hidden
        /// Hidden; only a macro or a file editor can unhide it.
        case veryHidden
    }

    /// Whether the sheet tab is shown.
    public var visibility: Visibility
    /// The colour of the sheet tab.
    public var tabColor: RGBColor?
    /// Whether gridlines are shown on screen.
    public var showsGridlines: Bool
    /// Zoom in percent (10–400); `nil` is 100.
    public var zoom: Int?

    /// Creates sheet options.
    public init(visibility: Visibility = .visible, tabColor: RGBColor? = nil, showsGridlines: Bool = true, zoom: Int? = nil) {
        self.visibility = visibility
        self.tabColor = tabColor
        self.showsGridlines = showsGridlines
        self.zoom = zoom
    }

    /// A visible sheet with default settings.
    public static let standard = XLSXSheetOptions()
    /// A hidden sheet.
    public static let hidden = XLSXSheetOptions(visibility: .hidden)
}
