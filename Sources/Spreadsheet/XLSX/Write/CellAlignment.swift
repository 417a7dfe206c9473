/// How a cell's content is placed in the cell.
public struct CellAlignment: Hashable, Sendable {
    /// Horizontal placement.
    public enum Horizontal: String, Sendable, Hashable, CaseIterable {
        case general, left, center, right, fill, justify, centerContinuous, distributed
    }

    /// Vertical placement.
    public enum Vertical: String, Sendable, Hashable, CaseIterable {
        case top, center, bottom, justify, distributed
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
