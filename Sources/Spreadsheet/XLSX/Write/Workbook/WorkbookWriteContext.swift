/// State the workbook's sheets share while they are written: options, the style
/// table and the shared-string table.
final class WorkbookWriteContext {
    let options: XLSXWriterOptions
    let path: String
    let styles = StyleTableBuilder()
    /// `nil` in constant-memory mode (inline strings).
    let sharedStrings: SharedStringTableBuilder?
    let temporaryDirectory: String
    /// Set when a formula is written without a cached value.
    var hasFormulaWithoutValue = false
    /// Zero-based position of the sheet shown when the workbook opens.
    var activeSheet = 0
    /// Set once the workbook is closed or discarded.
    var isClosed = false

    init(options: XLSXWriterOptions, path: String) {
        self.options = options
        self.path = path
        self.sharedStrings = options.sharedStrings ? SharedStringTableBuilder() : nil
        self.temporaryDirectory = options.temporaryDirectory ?? WorkbookWriteContext.defaultTemporaryDirectory()
    }

    private static func defaultTemporaryDirectory() -> String {
        if let value = getenv("TMPDIR") {
            let text = String(cString: value)
            if !text.isEmpty { return text }
        }
        return "/tmp"
    }
}

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif
