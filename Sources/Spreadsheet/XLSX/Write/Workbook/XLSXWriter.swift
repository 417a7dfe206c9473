#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes an XLSX workbook that Excel, LibreOffice and other spreadsheet programs
/// open without complaint.
///
/// ```swift
/// let writer = try XLSXWriter(path: "oversigt.xlsx")
/// let sheet = try writer.addSheet("Oversigt")
/// try sheet.appendRow(values: [.string("Aktivitet"), .string("Budget")], style: .bold)
/// try sheet.appendRow([WriteCell(0, .string("Natteravne")),
///                      WriteCell(1, .integer(250_000), style: CellStyle(numberFormat: "#,##0"))])
/// try sheet.freeze(rows: 1)
/// try writer.close()
/// ```
///
/// Rows are streamed to each sheet as they are appended (see ``XLSXSheetWriter``);
/// the package is assembled and compressed by libzip in ``close()``. The file is
/// built under a temporary name in the target folder and renamed into place only
/// when complete: an error never leaves a half-written file, and an existing file
/// at the target path stays untouched until the new one is ready. A writer that is
/// dropped without ``close()`` writes nothing.
///
/// Equal input gives byte-identical files: entries have fixed times and a fixed
/// order, and document properties never default to the current time.
public final class XLSXWriter {
    /// The target path.
    public let path: String
    /// The options the workbook is written with.
    public var options: XLSXWriterOptions { context.options }

    let context: WorkbookWriteContext
    private let output: AtomicFileWriter
    private(set) var sheets: [XLSXSheetWriter] = []
    private var definedNames: [WriterDefinedName] = []

    /// Prepares a workbook at `path` (nothing is written before ``close()``).
    ///
    /// Throws when the folder (or the temporary folder of the options) does not exist or
    /// cannot be written to, or when an option is out of range.
    public init(path: String, options: XLSXWriterOptions = XLSXWriterOptions()) throws(XLSXWriteError) {
        guard (0...9).contains(options.compressionLevel) else {
            throw XLSXWriteError(.invalidValue("compression level \(options.compressionLevel) is not between 0 and 9"), file: path)
        }
        self.path = path
        do {
            self.output = try AtomicFileWriter(path: path)
        } catch {
            throw XLSXWriteError(.folderNotWritable, file: path)
        }
        self.context = WorkbookWriteContext(options: options, path: path)
        guard access(context.temporaryDirectory, W_OK) == 0 else {
            throw XLSXWriteError(.folderNotWritable, file: context.temporaryDirectory)
        }
    }

    /// The sheets added so far, in workbook order.
    public var sheetNames: [String] { sheets.map(\.name) }

    /// Adds a sheet at the end of the workbook and returns its writer.
    ///
    /// Sheet names have 1–31 characters, none of `[ ] : * ? / \`, do not start or end
    /// with `'`, and are unique without regard to case.
    public func addSheet(_ name: String, options: XLSXSheetOptions = .standard) throws(XLSXWriteError) -> XLSXSheetWriter {
        guard !context.isClosed else { throw XLSXWriteError(.writerClosed, file: path) }
        guard XLSXWriter.isValidSheetName(name) else { throw XLSXWriteError(.invalidSheetName(name), file: path) }
        let folded = name.lowercased()
        guard !sheets.contains(where: { $0.name.lowercased() == folded }) else {
            throw XLSXWriteError(.duplicateSheetName(name), file: path)
        }
        if let zoom = options.zoom, !(10...400).contains(zoom) {
            throw XLSXWriteError(.invalidValue("zoom \(zoom) is not between 10 and 400"), file: path, sheet: name)
        }
        let sheet = XLSXSheetWriter(name: name, options: options, position: sheets.count, context: context)
        if sheets.allSatisfy({ $0.options.visibility != .visible }) && options.visibility == .visible {
            context.activeSheet = sheets.count  // the first visible sheet is active unless another is chosen
        }
        sheets.append(sheet)
        return sheet
    }

    /// The writer of the sheet named `name` (compared without regard to case).
    public func sheet(named name: String) -> XLSXSheetWriter? {
        let folded = name.lowercased()
        return sheets.first { $0.name.lowercased() == folded }
    }

    /// Defines a name for a range or formula (Formulas > Name Manager).
    ///
    /// - Parameters:
    ///   - name: the name: starts with a letter, `_` or `\`; letters, digits, `_`, `.`; not a cell reference.
    ///   - formula: what it refers to, e.g. `"'Oversigt'!$B$2:$B$9"` (see ``SheetReference/formula``).
    ///   - sheet: the sheet the name is local to; `nil` for a workbook-wide name.
    ///   - hidden: whether the name is hidden from the Name Manager.
    public func defineName(_ name: String, refersTo formula: String, localTo sheet: String? = nil, hidden: Bool = false) throws(XLSXWriteError) {
        guard !context.isClosed else { throw XLSXWriteError(.writerClosed, file: path) }
        guard WriterDefinedName.isValid(name) else { throw XLSXWriteError(.invalidDefinedName(name), file: path) }
        let folded = name.lowercased()
        let scope = sheet?.lowercased()
        guard !definedNames.contains(where: { $0.name.lowercased() == folded && $0.sheet?.lowercased() == scope }) else {
            throw XLSXWriteError(.invalidDefinedName(name), file: path)
        }
        var text = Substring(formula)
        if text.first == "=" { text = text.dropFirst() }
        guard !text.isEmpty, text.utf16.count <= XLSXFormatLimits.maxFormulaLength else {
            throw XLSXWriteError(.invalidValue("the formula of the name '\(name)' must have 1 to 8192 characters"), file: path)
        }
        definedNames.append(WriterDefinedName(name: name, formula: String(text), sheet: sheet, hidden: hidden))
    }

    /// Makes the sheet named `name` the one shown when the workbook opens.
    public func setActiveSheet(_ name: String) throws(XLSXWriteError) {
        guard let sheet = sheet(named: name) else { throw XLSXWriteError(.unknownSheet(name), file: path) }
        try sheet.activate()
    }

    /// Writes the workbook: assembles and compresses the package, then renames it
    /// onto the target path. After `close()` (whether it succeeds or throws) the
    /// writer cannot be used again; on error nothing is left at the target path
    /// (an existing file there stays as it was).
    public func close() throws(XLSXWriteError) {
        guard !context.isClosed else { throw XLSXWriteError(.writerClosed, file: path) }
        context.isClosed = true
        defer { releaseStorage() }
        do throws(XLSXWriteError) {
            let assembler = try WorkbookAssembler(sheets: sheets, definedNames: definedNames, context: context)
            try assembler.write(to: output.temporaryPath)
            do {
                try output.commit()
            } catch {
                throw XLSXWriteError(.fileSystem(operation: error.operation.rawValue, errno: error.code), file: path)
            }
        } catch {
            output.abandon()
            throw error.located(file: path)
        }
    }

    /// Abandons the workbook without writing anything.
    public func discard() {
        context.isClosed = true
        releaseStorage()
        output.abandon()
    }

    private func releaseStorage() {
        for sheet in sheets { sheet.data.release() }
    }

    // MARK: Names

    /// Whether `name` is a sheet name spreadsheet programs accept.
    public static func isValidSheetName(_ name: String) -> Bool {
        let length = name.utf16.count
        guard length >= 1 && length <= XLSXFormatLimits.maxSheetNameLength else { return false }
        guard name.first != "'" && name.last != "'" else { return false }
        guard name.lowercased() != "history" else { return false }
        for scalar in name.unicodeScalars {
            switch scalar {
            case "[", "]", ":", "*", "?", "/", "\\": return false
            default:
                if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF { return false }
            }
        }
        return true
    }
}
