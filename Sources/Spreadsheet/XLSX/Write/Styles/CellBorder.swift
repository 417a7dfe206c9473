/// The lines around a cell.
public struct CellBorder: Hashable, Sendable {
    /// The line on the left side, if any.
    public var left: BorderLine?
    /// The line on the right side, if any.
    public var right: BorderLine?
    /// The line on the top side, if any.
    public var top: BorderLine?
    /// The line on the bottom side, if any.
    public var bottom: BorderLine?

    /// Creates a border from its sides; sides left `nil` have no line.
    public init(left: BorderLine? = nil, right: BorderLine? = nil, top: BorderLine? = nil, bottom: BorderLine? = nil) {
        self.left = left
        self.right = right
        self.top = top
        self.bottom = bottom
    }

    /// The same line on all four sides.
    public static func all(_ style: BorderLine.Style, color: RGBColor? = nil) -> CellBorder {
        let line = BorderLine(style, color: color)
        return CellBorder(left: line, right: line, top: line, bottom: line)
    }

    /// Whether no side has a line.
    public var isEmpty: Bool { left == nil && right == nil && top == nil && bottom == nil }
}

/// One side of a cell border: its line style and colour.
public struct BorderLine: Hashable, Sendable {
    /// The line styles spreadsheet programs draw.
    public enum Style: String, Sendable, Hashable, CaseIterable {
        /// A thin solid line.
        case thin
        /// A medium solid line.
        case medium
        /// A thick solid line.
        case thick
        /// A thin dashed line.
        case dashed
        /// A thin dotted line.
        case dotted
        /// Two thin lines.
        case double
        /// The thinnest line.
        case hair
        /// A medium dashed line.
        case mediumDashed
        /// A thin dash-dot line.
        case dashDot
        /// A medium dash-dot line.
        case mediumDashDot
        /// A thin dash-dot-dot line.
        case dashDotDot
        /// A medium dash-dot-dot line.
        case mediumDashDotDot
        /// A slanted dash-dot line.
        case slantDashDot
    }

    /// The line style.
    public var style: Style
    /// The line colour; `nil` is automatic (black).
    public var color: RGBColor?

    /// Creates a border line.
    public init(_ style: Style, color: RGBColor? = nil) {
        self.style = style
        self.color = color
    }
}
