/// How a cell looks: number format, font, fill, border and alignment.
///
/// `CellStyle` is a value: build it once and use it for as many cells as you like.
/// The writer keeps one entry per distinct style in the workbook's style table, so
/// equal styles cost nothing extra. Parts left `nil` take the workbook defaults.
///
/// ```swift
/// let amount = CellStyle(numberFormat: CellStyle.NumberFormats.kroner)
/// let header = CellStyle(font: CellFont(bold: true), fill: .solid(.lightGrey))
/// let faulty = CellStyle(fill: .solid(.lightRed))
/// ```
public struct CellStyle: Hashable, Sendable {
    /// The number format code (`"#,##0"`, `"dd-mm-yyyy"`…); `nil` is `General`
    /// (and, for a date value, ``NumberFormats/isoDate``).
    public var numberFormat: String?
    /// The font; `nil` is the default font (Calibri 11).
    public var font: CellFont?
    /// The background fill; `nil` is no fill.
    public var fill: CellFill?
    /// The border; `nil` is no border.
    public var border: CellBorder?
    /// The alignment; `nil` is the default placement.
    public var alignment: CellAlignment?

    /// Creates a style; every part defaults to the workbook default.
    public init(
        numberFormat: String? = nil, font: CellFont? = nil, fill: CellFill? = nil,
        border: CellBorder? = nil, alignment: CellAlignment? = nil
    ) {
        self.numberFormat = numberFormat
        self.font = font
        self.fill = fill
        self.border = border
        self.alignment = alignment
    }

    /// The default style (what a cell without a style looks like).
    public static let standard = CellStyle()

    /// Bold text, for headers.
    public static let bold = CellStyle(font: CellFont(bold: true))

    /// Blue underlined text, as spreadsheet programs show hyperlinks.
    public static let hyperlink = CellStyle(font: CellFont(underline: true, color: .hyperlinkBlue))

    /// Whether every part is the default.
    var isStandard: Bool {
        numberFormat == nil && font == nil && fill == nil && border == nil && alignment == nil
    }

    /// Number format codes the partnership's workbooks use.
    public enum NumberFormats {
        /// `General`: numbers as they are.
        public static let general = "General"
        /// `0`: whole numbers without separators.
        public static let integer = "0"
        /// `#,##0`: whole numbers with thousands separators (1.490.000 in Danish).
        public static let thousands = "#,##0"
        /// `#,##0.00`: two decimals with thousands separators.
        public static let thousandsTwoDecimals = "#,##0.00"
        /// `#,##0 "kr."`: whole kroner.
        public static let kroner = "#,##0 \"kr.\""
        /// `0%`: whole percent.
        public static let percent = "0%"
        /// `0.0%`: percent with one decimal.
        public static let percentOneDecimal = "0.0%"
        /// `yyyy-mm-dd`: ISO date, the default for date values.
        public static let isoDate = "yyyy-mm-dd"
        /// `yyyy-mm-dd hh:mm:ss`: ISO date and time, the default for date values with a time.
        public static let isoDateTime = "yyyy-mm-dd hh:mm:ss"
        /// `yyyy-mm-dd hh:mm`: ISO date and time to the minute.
        public static let isoDateMinutes = "yyyy-mm-dd hh:mm"
        /// `dd-mm-yyyy`: Danish date.
        public static let danishDate = "dd-mm-yyyy"
        /// `@`: text.
        public static let text = "@"
    }
}
