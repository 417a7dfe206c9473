/// How a cell's content is placed in the cell.
public struct CellAlignment: Hashable, Sendable {
    /// Horizontal placement.
    public enum Horizontal: String, Sendable, Hashable, CaseIterable {
        /// Text left, numbers right (the default).
        case general
        /// Against the left edge.
        case left
        /// Centred in the cell.
        case center
        /// Against the right edge.
        case right
        /// The content repeated to fill the cell.
        case fill
        /// Lines stretched to both edges.
        case justify
        /// Centred across the selected empty cells to the right.
        case centerContinuous
        /// Spread evenly across the cell.
        case distributed
    }

    /// Vertical placement.
    public enum Vertical: String, Sendable, Hashable, CaseIterable {
        /// Against the top edge.
        case top
        /// Centred between top and bottom.
        case center
        /// Against the bottom edge (the default).
        case bottom
        /// Lines spread from top to bottom.
        case justify
        /// Spread evenly from top to bottom.
        case distributed
    }

    /// Horizontal placement; `nil` is the default (text left, numbers right).
    public var horizontal: Horizontal?
    /// Vertical placement; `nil` is the default (bottom).
    public var vertical: Vertical?
    /// Whether long text wraps onto several lines.
    public var wrapText: Bool
    /// Indent level (0–250), for left or right aligned text.
    public var indent: Int

    /// Creates an alignment.
    public init(horizontal: Horizontal? = nil, vertical: Vertical? = nil, wrapText: Bool = false, indent: Int = 0) {
        self.horizontal = horizontal
        self.vertical = vertical
        self.wrapText = wrapText
        self.indent = indent
    }

    /// Whether this is the default alignment.
    public var isDefault: Bool { horizontal == nil && vertical == nil && !wrapText && indent == 0 }
}
