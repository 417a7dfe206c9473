/// A cell's background: a solid colour.
public struct CellFill: Hashable, Sendable {
    /// The background colour.
    public var color: RGBColor

    /// Creates a solid fill.
    public init(color: RGBColor) {
        self.color = color
    }

    /// A solid fill of `color`.
    public static func solid(_ color: RGBColor) -> CellFill { CellFill(color: color) }
}
