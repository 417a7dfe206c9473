/// The limits of the XLSX format (as Excel enforces them) that the writer checks.
public enum XLSXFormatLimits {
    /// The most characters (UTF-16 code units) a cell's text may hold: 32,767.
    public static let maxTextLength = 32_767
    /// The most characters a formula may hold: 8,192.
    public static let maxFormulaLength = 8_192
    /// The most characters a sheet name may hold: 31.
    public static let maxSheetNameLength = 31
    /// The most characters a defined name may hold: 255.
    public static let maxDefinedNameLength = 255
    /// The widest a column may be, in characters: 255.
    public static let maxColumnWidth = 255.0
    /// The tallest a row may be, in points: 409.
    public static let maxRowHeight = 409.0
}
