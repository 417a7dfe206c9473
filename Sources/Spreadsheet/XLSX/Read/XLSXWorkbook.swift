/// An XLSX workbook (`.xlsx`, `.xlsm`, `.xltx`, `.xltm`; Transitional or Strict OOXML)
/// opened for reading.
///
/// Opening reads the workbook's directory: the sheet list, the date system, the
/// defined names, the shared strings and the number formats. Sheets are read
/// on demand, streamed row by row from the zip entry through libxml2's SAX
/// push parser, so memory stays bounded by the shared-string table, not by
/// the size of a sheet.
///
/// ```swift
/// let workbook = try XLSXWorkbook(path: "budget.xlsx")
/// for sheet in workbook.sheets where sheet.kind == .worksheet {
///     try workbook.forEachRow(inSheet: sheet.index) { row in
///         print(row.index, row.cells.count)
///     }
/// }
/// ```
///
/// The value is `Sendable`: each sheet read opens the package afresh, so
/// several sheets may be read at once from different tasks.
public struct XLSXWorkbook: Sendable {
    /// The sheets in workbook order.
    public let sheets: [SheetInfo]
    /// The date system of the workbook's serials (`workbookPr/@date1904`).
    public let dateSystem: DateSystem
    /// The workbook's defined names, in file order.
    public let definedNames: [DefinedName]
    /// The options the workbook was opened with.
    public let options: XLSXReadOptions
    /// The path the workbook was opened from; `nil` when opened from bytes.
    public var path: String? { source.path }

    let source: PackageSource
    /// The part of each sheet (by index); `nil` when the sheet has no relationship.
    let sheetParts: [String?]
    /// The target of each sheet whose relationship points outside the package
    /// (`TargetMode="External"`); reading such a sheet is a ``XLSXError/Kind/missingPart`` error.
    let externalSheetTargets: [Int: String]
    let sharedStrings: [String]
    let styles: StyleTable

    /// Opens the workbook at `path`.
    ///
    /// - Throws: ``XLSXError`` saying what the file is when it is not an XLSX
    ///   workbook (empty, not a zip, password-protected, `.xls`, `.ods`), which
    ///   part is missing or malformed, or which safety limit it broke.
    public init(path: String, options: XLSXReadOptions = XLSXReadOptions()) throws(XLSXError) {
        do {
            try self.init(source: .file(path), options: options)
        } catch {
            throw error.inFile(path)
        }
    }

    /// Opens a workbook held in memory (the bytes of an `.xlsx` file).
    public init(bytes: [UInt8], options: XLSXReadOptions = XLSXReadOptions()) throws(XLSXError) {
        try self.init(source: .bytes(ByteStorage(copying: bytes)), options: options)
    }

    private init(source: PackageSource, options: XLSXReadOptions) throws(XLSXError) {
        try XLSXWorkbook.sniff(source)
        let archive = try ZipArchive(source: source, options: options)
        try XLSXWorkbook.refuseOpenDocument(archive)

        let workbookPart = try XLSXWorkbook.locateWorkbookPart(archive)
        let workbookHandler = WorkbookPartHandler()
        guard try XMLPartReader.parse(workbookPart, in: archive, with: workbookHandler) else {
            throw XLSXError(.missingPart, part: workbookPart, detail: "the workbook part is not in the package")
        }
        let relationships = try RelationshipsHandler.read(of: workbookPart, in: archive)
        var byID: [String: Relationship] = [:]
        for relationship in relationships { byID[relationship.id] = relationship }  // a repeated Id: the last wins

        let folder = PartName.directory(of: workbookPart)
        func auxiliaryPart(_ kind: Substring, _ usualName: String) -> String? {
            if let related = relationships.first(where: { $0.kind == kind && !$0.isExternal }),
                archive.contains(related.target)
            {
                return related.target
            }
            let usual = folder.isEmpty ? usualName : "\(folder)/\(usualName)"
            return archive.contains(usual) ? usual : nil
        }
        var strings: [String] = []
        if let part = auxiliaryPart("sharedStrings", "sharedStrings.xml") {
            let handler = SharedStringsHandler()
            try XMLPartReader.parse(part, in: archive, with: handler)
            strings = handler.strings
        }
        var styles = StyleTable.empty
        if let part = auxiliaryPart("styles", "styles.xml") {
            let handler = StylesHandler()
            try XMLPartReader.parse(part, in: archive, with: handler)
            styles = handler.table
        }

        var sheets: [SheetInfo] = []
        var parts: [String?] = []
        var external: [Int: String] = [:]
        for (index, entry) in workbookHandler.sheets.enumerated() {
            let relationship = entry.relationshipID.flatMap { byID[$0] }
            let kind = relationship.map { SheetKind(relationshipKind: $0.kind) } ?? .other("")
            sheets.append(SheetInfo(name: entry.name, index: index, state: entry.state, kind: kind))
            parts.append(relationship.flatMap { $0.isExternal ? nil : $0.target })
            if let relationship, relationship.isExternal { external[index] = relationship.target }
        }
        self.sheets = sheets
        self.sheetParts = parts
        self.externalSheetTargets = external
        self.dateSystem = workbookHandler.date1904 ? .date1904 : .date1900
        self.definedNames = workbookHandler.definedNames
        self.sharedStrings = strings
        self.styles = styles
        self.options = options
        self.source = source
    }

    // MARK: - Sheets

    /// The sheet called `name` (exact match first, then ignoring case, as Excel does).
    public func sheet(named name: String) -> SheetInfo? {
        sheets.first { $0.name == name } ?? sheets.first { $0.name.lowercased() == name.lowercased() }
    }

    /// Streams the rows of sheet `index` in file order, each with its non-empty
    /// cells sorted by column. Memory use does not grow with the sheet.
    ///
    /// Rows come in the order the file lists them, which for any file written by
    /// a spreadsheet program is ascending; ``readSheet(at:)`` sorts and merges
    /// otherwise. A chartsheet, or a sheet without a part, has no rows. A cell
    /// the file places in the nonexistent row 0 (`A0`, written by some
    /// zero-based tools) comes in a row with index -1 rather than being dropped.
    ///
    /// The `Row` values are the caller's to keep; the reader reuses a row's cell
    /// storage only when the caller did not keep it.
    ///
    /// - Throws: ``XLSXError`` for a problem in the file; whatever `body` throws, unchanged.
    public func forEachRow(inSheet index: Int, _ body: (Row) throws -> Void) throws {
        do {
            _ = try parseSheet(at: index, headerOnly: false, body: body)
        } catch {
            switch error {
            case .reader(let error): throw error
            case .consumer(let error): throw error
            }
        }
    }

    /// Reads sheet `index` into memory, with its merged ranges.
    public func readSheet(at index: Int) throws(XLSXError) -> SheetGrid {
        try readSheetNoting(at: index).grid
    }

    /// Reads sheet `index` into memory, with its merged ranges, and what the reader did to
    /// read it that the file does not say as written (a sheet whose rows are numbered from
    /// 0 is read one row down: ``XLSXReadNote/Kind/rowsNumberedFromZero``), for a report to show.
    public func readSheetNoting(at index: Int) throws(XLSXError) -> (grid: SheetGrid, notes: [XLSXReadNote]) {
        var rows: [Row] = []
        var ordered = true
        let handler: WorksheetHandler?
        do {
            handler = try parseSheet(at: index, headerOnly: false) { (row: Row) throws(Never) in
                if let last = rows.last, last.index >= row.index { ordered = false }
                rows.append(row)
            }
        } catch {
            throw error.readerError
        }
        if !ordered { rows = XLSXWorkbook.normalized(rows) }
        let grid = SheetGrid(
            name: sheets[index].name, rows: rows, mergedRanges: handler?.mergedRanges ?? [],
            columns: handler?.columns.layouts ?? [])
        return (grid, handler?.readNotes ?? [])
    }

    /// Reads the sheet called `name` into memory.
    public func readSheet(named name: String) throws(XLSXError) -> SheetGrid {
        guard let info = sheet(named: name) else {
            throw XLSXError(.sheetNotFound, file: path, sheet: name)
        }
        return try readSheet(at: info.index)
    }

    /// The range the sheet declares it uses (`<dimension ref>`), read without
    /// reading the cells; `nil` when absent or invalid. Files often get it wrong:
    /// ``SheetGrid/usedRange`` tells the truth.
    public func dimension(ofSheet index: Int) throws(XLSXError) -> CellRange? {
        do {
            return try parseSheet(at: index, headerOnly: true) { (_: Row) throws(Never) in }?.dimension
        } catch {
            throw error.readerError
        }
    }

    /// Parses a sheet part, handing rows to `body` after each chunk. `nil` when the sheet has no part.
    func parseSheet<E: Error>(
        at index: Int, headerOnly: Bool, body: (Row) throws(E) -> Void
    ) throws(ChunkedParseError<E>) -> WorksheetHandler? {
        guard sheets.indices.contains(index) else {
            throw .reader(XLSXError(.sheetNotFound, file: path, detail: "no sheet at index \(index)"))
        }
        let info = sheets[index]
        guard let part = sheetParts[index] else {
            if let target = externalSheetTargets[index] {
                throw .reader(
                    XLSXError(
                        .missingPart, file: path, part: target, sheet: info.name,
                        detail: "the sheet's relationship points outside the package (TargetMode=\"External\")"))
            }
            return nil
        }
        let handler = WorksheetHandler(
            context: WorksheetHandler.Context(
                sharedStrings: sharedStrings, styles: styles, dateSystem: dateSystem,
                readsFormulas: options.readsFormulas, maxSharedFormulaText: options.limits.maxSharedFormulaText,
                sheetName: info.name, part: part, headerOnly: headerOnly))
        do throws(ChunkedParseError<E>) {
            let archive: ZipArchive
            let stream: ZipEntryStream?
            do throws(XLSXError) {
                archive = try ZipArchive(source: source, options: options)
                stream = try archive.openPart(part)
            } catch {
                throw .reader(error)
            }
            guard let stream else {
                let detail =
                    PartName.isOutsidePackage(part)
                    ? "the sheet's relationship points outside the package" : "the sheet's part is not in the package"
                throw .reader(XLSXError(.missingPart, part: part, detail: detail))
            }
            func drain() throws(E) {
                for i in handler.pendingRows.indices { try body(handler.pendingRows[i]) }
                handler.recyclePendingRows()
            }
            try XMLPartReader.parse(
                stream, with: handler, chunkSize: options.chunkSize, pipelined: !headerOnly, afterChunk: drain)
            if !headerOnly {
                handler.finishPart()
                do throws(E) { try drain() } catch { throw .consumer(error) }
            }
            _ = archive
        } catch {
            switch error {
            case .reader(let error): throw .reader(error.inFile(path).inSheet(info.name))
            case .consumer: throw error
            }
        }
        return handler
    }

    /// Rows sorted by index, rows with the same index merged (a later cell wins).
    ///
    /// All the pieces of one row are merged in one pass, so a file that writes a row as
    /// thousands of separate `<row r="1">` elements costs O(n log n), not O(n²).
    static func normalized(_ rows: [Row]) -> [Row] {
        let sorted = rows.enumerated().sorted { ($0.element.index, $0.offset) < ($1.element.index, $1.offset) }
        var out: [Row] = []
        var start = 0
        while start < sorted.count {
            let index = sorted[start].element.index
            var end = start + 1
            while end < sorted.count && sorted[end].element.index == index { end += 1 }
            if end == start + 1 {
                out.append(sorted[start].element)
            } else {
                var cells: [Int: Cell] = [:]
                for piece in sorted[start..<end] {
                    for cell in piece.element.cells { cells[cell.column] = cell }
                }
                out.append(Row(index: index, cells: cells.values.sorted { $0.column < $1.column }))
            }
            start = end
        }
        return out
    }

    // MARK: - Opening

    /// Refuses files that are not zip packages, saying what they are.
    private static func sniff(_ source: PackageSource) throws(XLSXError) {
        switch source {
        case .file(let path):
            guard var reader = FileChunkReader(path: path) else {
                throw XLSXError(.unreadableFile, file: path, detail: "cannot open the file")
            }
            var prefix = [UInt8](repeating: 0, count: 8)
            let n = prefix.withUnsafeMutableBytes { reader.read(into: $0.baseAddress!, count: 8) }
            switch prefix.withUnsafeBytes({ ContainerSniffer.container(ofPrefix: UnsafeRawBufferPointer(rebasing: $0[0..<n])) }) {
            case .empty: throw XLSXError(.emptyFile, file: path)
            case .pdf: throw XLSXError(.pdfDocument, file: path)
            case .zipPackage, .other: return
            case .compoundDocument:
                let chunk = UnsafeMutableRawPointer.allocate(byteCount: 1 << 16, alignment: 8)
                defer { chunk.deallocate() }
                let kind = ContainerSniffer.classifyCompoundDocument { visit in
                    _ = prefix.withUnsafeBytes { visit($0) }
                    while true {
                        let count = reader.read(into: chunk, count: 1 << 16)
                        if count == 0 || !visit(UnsafeRawBufferPointer(start: chunk, count: count)) { break }
                    }
                }
                throw XLSXError(kind, file: path)
            }
        case .bytes(let storage):
            switch ContainerSniffer.container(ofPrefix: UnsafeRawBufferPointer(rebasing: storage.buffer.prefix(8))) {
            case .empty: throw XLSXError(.emptyFile)
            case .pdf: throw XLSXError(.pdfDocument)
            case .zipPackage, .other: return
            case .compoundDocument:
                throw XLSXError(ContainerSniffer.classifyCompoundDocument { visit in _ = visit(storage.buffer) })
            }
        }
    }

    private static func refuseOpenDocument(_ archive: ZipArchive) throws(XLSXError) {
        guard archive.contains("mimetype"), let bytes = try archive.readPart("mimetype", maxBytes: 200) else { return }
        let text = String(decoding: bytes, as: UTF8.self)
        if text.hasPrefix("application/vnd.oasis.opendocument") {
            throw XLSXError(.openDocument, file: archive.source.path, detail: text)
        }
    }

    private static func locateWorkbookPart(_ archive: ZipArchive) throws(XLSXError) -> String {
        let relationships = try RelationshipsHandler.read(of: "", in: archive)
        var part = relationships.last(where: { $0.kind == "officeDocument" && !$0.isExternal })?.target
        if part == nil && archive.contains("xl/workbook.xml") { part = "xl/workbook.xml" }
        guard let part else {
            let detail =
                archive.contains("[Content_Types].xml")
                ? "the package names no workbook part (no officeDocument relationship, no xl/workbook.xml)"
                : "the package has no [Content_Types].xml and no workbook part"
            throw XLSXError(.missingPart, part: "xl/workbook.xml", detail: detail)
        }
        if part.lowercased().hasSuffix(".bin") {
            throw XLSXError(.unsupportedFormat, part: part, detail: "binary workbook (.xlsb)")
        }
        guard archive.contains(part) else {
            let detail =
                PartName.isOutsidePackage(part)
                ? "the package's officeDocument relationship points outside the package"
                : "the workbook part is not in the package"
            throw XLSXError(.missingPart, part: part, detail: detail)
        }
        return part
    }
}
