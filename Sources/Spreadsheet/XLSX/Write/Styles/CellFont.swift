/// The font of a cell's text.
public struct CellFont: Hashable, Sendable {
    /// The font family name, `"Calibri"` by default.
    public var name: String
    /// The size in points, 11 by default.
    public var size: Double
    /// Bold text.
    public var bold: Bool
    /// Italic text.
    public var italic: Bool
    /// Single underline.
    public var underline: Bool
    /// Struck-through text.
    public var strikethrough: Bool
    /// The text colour; `nil` is the automatic colour (black).
    public var color: RGBColor?

    /// Creates a font; the defaults are the workbook's default font (Calibri 11).
    public init(
        name: String = "Calibri", size: Double = 11, bold: Bool = false, italic: Bool = false,
        underline: Bool = false, strikethrough: Bool = false, color: RGBColor? = nil
    ) {
        self.name = name
        self.size = size
        self.bold = bold
        self.italic = italic
        self.underline = underline
        self.strikethrough = strikethrough
        self.color = color
    }

    /// The workbook's default font: Calibri 11.
    public static let standard = CellFont()
}
