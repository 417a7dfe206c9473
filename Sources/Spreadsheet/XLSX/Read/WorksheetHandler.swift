/// Reads a worksheet part as SAX events and turns `<row>`/`<c>` into ``Row`` values.
///
/// Works on the bytes libxml2 hands over: names are compared byte-wise, cell
/// references and numbers parsed from bytes, `<v>`/`<t>`/`<f>` text gathered in
/// reusable buffers. Completed rows wait in ``pendingRows`` until the reader
/// hands them to its caller after each chunk, then their cell arrays are reused.
///
/// Bookkeeping follows what Excel (and openpyxl) do with imperfect files: a
/// `<row>` without `r` is the row after the previous one, a `<c>` without `r`
/// the column after the previous cell; a later cell at the same position
/// replaces an earlier one.
final class WorksheetHandler: XMLEventHandler {
    /// What the handler needs from the workbook.
    struct Context {
        var sharedStrings: [String]
        var styles: StyleTable
        var dateSystem: DateSystem
        var readsFormulas: Bool
        /// ``ZipLimits/maxSharedFormulaText``.
        var maxSharedFormulaText: Int64 = ZipLimits().maxSharedFormulaText
        var sheetName: String
        var part: String
        /// Stop at `<sheetData>` (only the dimension is wanted).
        var headerOnly: Bool
    }

    private enum CellType {
        case none, number, shared, formulaString, inline, boolean, error, date, unknown
    }

    private let sheet: Context
    private let sharedStrings: [String]
    /// By style index: the number format code, and whether it shows dates.
    private let formatCodes: [String]
    private let dateStyles: [Bool]
    private let dateSystem: DateSystem
    private let readsFormulas: Bool
    private var mainNamespace = NamespaceMatcher.main
    private var xmlNamespace = NamespaceMatcher(XMLNamespaces.xml)

    /// The `<dimension ref>` of the sheet, when valid.
    private(set) var dimension: CellRange?
    /// The merged ranges (`<mergeCell ref>`), in file order.
    private(set) var mergedRanges: [CellRange] = []
    /// The column widths and hidden columns (`<cols><col>`).
    private(set) var columns = ColumnLayoutCollector()
    /// Rows completed since the caller last took them.
    var pendingRows: [Row] = []
    private var cellArrayPool: [[Cell]] = []

    // Position
    private var depth = 0
    private var rowDepth = 0
    private var rowCounter = 0  // one-based, as in the file
    /// 1 for a sheet written zero-based (its first row numbered 0, `A0`, as some tools do):
    /// every row is then read one further down, so row 0 becomes the first row instead of a
    /// row before it. A row 0 anywhere else is refused as an invalid reference.
    private var rowShift = 0
    /// Whether the first row's numbering has been seen (after it, no shift is decided).
    private var numberingSettled = false
    /// What the reader did that the file does not say as written (a zero-based sheet read one row down).
    var readNotes: [XLSXReadNote] {
        rowShift == 1 ? [XLSXReadNote(.rowsNumberedFromZero, sheet: sheet.sheetName)] : []
    }
    private var columnCounter = 0  // one-based
    private var currentRowIndex = -1
    private var currentCells: [Cell] = []
    /// Whether `currentCells` is sorted by column without repeats (else `flushRow` sorts it).
    private var currentCellsInOrder = true

    // The cell being read
    private var cellDepth = 0
    private var cellRow = 0  // zero-based
    private var cellColumn = 0  // zero-based
    private var cellType = CellType.none
    private var cellStyle = 0
    private var hasValue = false
    private let valueBytes = ByteScratch(capacity: 64)
    private var hasInline = false
    private let inlineBytes = ByteScratch(capacity: 256)
    private var inlineDepth = 0
    private var runDepth = 0
    private var textDepth = 0
    private var textStart = 0
    private var preserve = false
    private var hasFormula = false
    private let formulaBytes = ByteScratch(capacity: 256)
    private var formulaIsShared = false
    private var formulaSharedIndex: Int?
    /// The `ref` of an array formula (`t="array"`).
    private var formulaArrayRange: CellRange?
    private var sharedFormulas: [Int: (text: String, row: Int, column: Int)] = [:]
    /// Bytes of formula text given to cells that share a formula, so far.
    private var sharedFormulaBytes: Int64 = 0

    private enum Capture { case none, value, formula, inline }
    private var capture = Capture.none

    init(context: Context) {
        self.sheet = context
        sharedStrings = context.sharedStrings
        formatCodes = context.styles.formats.map(\.code)
        dateStyles = context.styles.formats.map(\.isDate)
        dateSystem = context.dateSystem
        readsFormulas = context.readsFormulas
        super.init()
        currentCells.reserveCapacity(16)
    }

    // MARK: - Events

    override func startElement(localName: UnsafePointer<UInt8>, uri: UnsafePointer<UInt8>?, attributes: XMLAttributes) {
        depth += 1
        capture = .none  // text after a child element is not its parent's own text
        if cellDepth > 0 {
            startInsideCell(localName, attributes)
            return
        }
        if rowDepth > 0 {
            if depth == rowDepth + 1 && localName[0] == 0x63 && localName[1] == 0 {  // "c", any namespace
                startCell(attributes)
            }
            return
        }
        guard mainNamespace.matches(uri) else { return }
        if XMLName.equals(localName, "row") {
            startRow(attributes)
        } else if XMLName.equals(localName, "sheetData") {
            if sheet.headerOnly { stop() }
        } else if XMLName.equals(localName, "dimension") {
            if let ref = attributes.value(of: "ref") { dimension = WorksheetHandler.range(ref) }
        } else if XMLName.equals(localName, "col") {
            columns.add(attributes: attributes)
        } else if XMLName.equals(localName, "mergeCell") {
            if let ref = attributes.value(of: "ref"), let range = WorksheetHandler.range(ref) {
                mergedRanges.append(range)
            }
        }
    }

    override func characters(_ bytes: UnsafePointer<UInt8>, count: Int) {
        switch capture {
        case .none: return
        case .value: valueBytes.append(bytes, count: count)
        case .inline: inlineBytes.append(bytes, count: count)
        case .formula: formulaBytes.append(bytes, count: count)
        }
    }

    override func endElement(localName: UnsafePointer<UInt8>, uri: UnsafePointer<UInt8>?) {
        capture = .none
        if cellDepth > 0 {
            if depth == cellDepth {
                endCell()
                cellDepth = 0
            } else if depth == textDepth {
                if !preserve { inlineBytes.trim(from: textStart) }
                textDepth = 0
            } else if depth == runDepth {
                runDepth = 0
            } else if depth == inlineDepth {
                inlineDepth = 0
            }
        } else if rowDepth > 0 && depth == rowDepth {
            flushRow()
            rowDepth = 0
        }
        depth -= 1
    }

    // MARK: - Rows and cells

    private func startRow(_ attributes: XMLAttributes) {
        rowDepth = depth
        if let r = attributes.value(of: "r"), let number = CellNumberText.parseRowNumber(r) {
            if !numberingSettled, number == 0 { rowShift = 1 }
            numberingSettled = true
            rowCounter = number
        } else {
            rowCounter += 1
        }
        columnCounter = 0
    }

    private func startCell(_ attributes: XMLAttributes) {
        cellDepth = depth
        cellType = .none
        cellStyle = 0
        hasValue = false
        hasInline = false
        hasFormula = false
        formulaArrayRange = nil
        var reference: UnsafeBufferPointer<UInt8>?
        var i = 0
        while i < attributes.count {
            if attributes.uri(i) == nil {
                let name = attributes.localName(i)
                if name[1] == 0 {
                    switch name[0] {
                    case 0x72: reference = attributes.value(i)  // r
                    case 0x74: cellType = WorksheetHandler.cellType(attributes.value(i))  // t
                    case 0x73:  // s
                        let value = attributes.value(i)
                        cellStyle = CellNumberText.parseInteger(value).flatMap { Int(exactly: $0) } ?? 0
                    default: break
                    }
                }
            }
            i += 1
        }
        if let reference, !reference.isEmpty {
            guard let (parsedRow, column) = WorksheetHandler.parseReference(reference) else {
                fail(invalidReference: String(decoding: reference, as: UTF8.self))
                return
            }
            var row = parsedRow
            // The first reference of a sheet whose rows carry no numbers may settle the shift.
            if !numberingSettled, row == -1 { rowShift = 1 }
            numberingSettled = true
            row += rowShift
            guard row >= 0 && row <= CellAddress.maxRow else {
                fail(invalidReference: String(decoding: reference, as: UTF8.self))
                return
            }
            cellRow = row
            cellColumn = column
            columnCounter = column + 1
        } else {
            columnCounter += 1
            cellRow = rowCounter - 1 + rowShift
            cellColumn = columnCounter - 1
            // Never a row before the first: rows count from 1 (from 0 in a zero-based sheet).
            guard cellRow >= 0 && cellRow <= CellAddress.maxRow && cellColumn <= CellAddress.maxColumn else {
                fail(invalidReference: "row \(rowCounter), column \(columnCounter)")
                return
            }
        }
    }

    private func fail(invalidReference text: String) {
        stop(
            with: XLSXError(
                .invalidCellReference, part: sheet.part, sheet: sheet.sheetName, reference: text,
                line: currentLine, column: currentColumn))
    }

    private func startInsideCell(_ localName: UnsafePointer<UInt8>, _ attributes: XMLAttributes) {
        if depth == cellDepth + 1 {
            if localName[0] == 0x76 && localName[1] == 0 {  // v
                hasValue = true
                valueBytes.removeAll()
                capture = .value
            } else if localName[0] == 0x66 && localName[1] == 0 {  // f
                guard readsFormulas else { return }
                hasFormula = true
                formulaBytes.removeAll()
                let kind = attributes.value(of: "t")
                formulaIsShared = kind.map { XMLName.equals($0, "shared") } ?? false
                formulaArrayRange =
                    kind.map { XMLName.equals($0, "array") } ?? false
                    ? attributes.string(of: "ref").flatMap { CellRange($0) } : nil
                formulaSharedIndex = attributes.value(of: "si").flatMap { CellNumberText.parseInteger($0) }
                    .flatMap { Int(exactly: $0) }
                capture = .formula
            } else if XMLName.equals(localName, "is") {
                hasInline = true
                inlineBytes.removeAll()
                inlineDepth = depth
            }
        } else if inlineDepth > 0 {
            if depth == inlineDepth + 1 {
                if localName[0] == 0x74 && localName[1] == 0 {  // t
                    startText(attributes)
                } else if localName[0] == 0x72 && localName[1] == 0 {  // r
                    runDepth = depth
                }
            } else if runDepth > 0 && depth == runDepth + 1 && localName[0] == 0x74 && localName[1] == 0 {
                startText(attributes)
            }
        }
    }

    private func startText(_ attributes: XMLAttributes) {
        textDepth = depth
        textStart = inlineBytes.count
        capture = .inline
        preserve = false
        var i = 0
        while i < attributes.count {
            if XMLName.equals(attributes.localName(i), "space") && xmlNamespace.matches(attributes.uri(i)) {
                preserve = XMLName.equals(attributes.value(i), "preserve")
            }
            i += 1
        }
    }

    private func endCell() {
        let value = cellValue()
        let formula = hasFormula ? formulaText() : nil
        guard value != nil || formula != nil else {
            removeCell(row: cellRow, column: cellColumn)
            return
        }
        var cellValue = value ?? .empty
        let style = cellStyle >= 0 && cellStyle < formatCodes.count ? cellStyle : -1
        if style >= 0 && dateStyles[style] {
            switch cellValue {
            case .integer(let v) where WorksheetHandler.isDateSerial(Double(v), dateSystem):
                cellValue = .date(SpreadsheetDate(serial: Double(v), system: dateSystem))
            case .number(let v) where WorksheetHandler.isDateSerial(v, dateSystem):
                cellValue = .date(SpreadsheetDate(serial: v, system: dateSystem))
            default: break
            }
        }
        add(
            Cell(
                column: cellColumn, value: cellValue, formula: formula,
                numberFormat: style >= 0 ? formatCodes[style] : nil,
                arrayRange: formula != nil ? formulaArrayRange : nil), row: cellRow)
    }

    /// The cell's value by its type and text; `nil` when it holds none.
    private func cellValue() -> CellValue? {
        switch cellType {
        case .inline:
            return hasInline ? .string(XStringText.decode(inlineBytes.bytes)) : nil
        case .formulaString:
            return hasValue ? .string(XStringText.decode(valueBytes.bytes)) : nil
        default:
            break
        }
        guard hasValue, !valueBytes.isEmpty else { return nil }
        let bytes = valueBytes.bytes
        do {
            switch cellType {
            case .none, .number:
                switch CellNumberText.parse(bytes) {
                case .integer(let v)?: return .integer(v)
                case .double(let d)?: return .number(d)
                case nil: return cellType == .none ? .string(String(decoding: bytes, as: UTF8.self)) : nil
                }
            case .shared:
                guard let index = CellNumberText.parseInteger(bytes), index >= 0,
                    index < sharedStrings.count
                else { return nil }
                return .string(sharedStrings[Int(index)])
            case .boolean:
                let text = CellNumberText.stripped(bytes)
                if text.count == 1 {
                    if text[0] == 0x31 { return .bool(true) }
                    if text[0] == 0x30 { return .bool(false) }
                    return nil
                }
                switch String(decoding: text, as: UTF8.self).lowercased() {
                case "true": return .bool(true)
                case "false": return .bool(false)
                default: return nil
                }
            case .error:
                return .error(String(decoding: CellNumberText.stripped(bytes), as: UTF8.self))
            case .date:
                if let serial = CellDateText.serial(of: bytes, system: dateSystem) {
                    return .date(SpreadsheetDate(serial: serial, system: dateSystem))
                }
                return .string(String(decoding: bytes, as: UTF8.self))
            case .inline, .formulaString, .unknown:
                return nil
            }
        }
    }

    private func formulaText() -> String? {
        if !formulaBytes.isEmpty {
            let text = String(decoding: formulaBytes.bytes, as: UTF8.self)
            if formulaIsShared, let index = formulaSharedIndex {
                sharedFormulas[index] = (text, cellRow, cellColumn)
            }
            return text
        }
        if formulaIsShared, let index = formulaSharedIndex, let master = sharedFormulas[index] {
            sharedFormulaBytes += Int64(master.text.utf8.count)
            if sharedFormulaBytes > sheet.maxSharedFormulaText {
                stop(
                    with: XLSXError(
                        .limitExceeded(.sharedFormulaText), part: sheet.part, sheet: sheet.sheetName,
                        cell: CellAddress(row: cellRow, column: cellColumn), line: currentLine, column: currentColumn,
                        detail: "more than \(sheet.maxSharedFormulaText) bytes of shared formula text"))
                return nil
            }
            return FormulaTranslator.shift(
                master.text, rows: cellRow - master.row, columns: cellColumn - master.column)
        }
        return nil
    }

    /// Adds a cell to its row: appended in the usual case (columns ascending), else put in order.
    @inline(__always)
    private func add(_ cell: consuming Cell, row: Int) {
        if row != currentRowIndex {
            flushRow()
            currentRowIndex = row
        }
        if currentCellsInOrder, let last = currentCells.last, last.column >= cell.column {
            // Out of order or repeated: sorted once when the row ends (the later cell wins),
            // so a row written backwards costs O(n log n), not O(n²).
            currentCellsInOrder = false
        }
        currentCells.append(cell)
    }

    /// A cell without value or formula: it removes an earlier cell at its place in the same row.
    private func removeCell(row: Int, column: Int) {
        guard row == currentRowIndex, let last = currentCells.last else { return }
        if currentCellsInOrder && column > last.column { return }  // nothing there to remove
        // A marker (no value, no formula: no real cell looks like that), resolved when the row ends.
        currentCells.append(Cell(column: column, value: .empty))
        currentCellsInOrder = false
    }

    /// Cells sorted by column; of several at one column the last one, unless it is a removal marker.
    static func resolved(_ cells: [Cell]) -> [Cell] {
        let order = cells.indices.sorted { (cells[$0].column, $0) < (cells[$1].column, $1) }
        var out: [Cell] = []
        out.reserveCapacity(cells.count)
        var k = 0
        while k < order.count {
            var last = k
            while last + 1 < order.count && cells[order[last + 1]].column == cells[order[k]].column { last += 1 }
            let cell = cells[order[last]]
            if !(cell.value == .empty && cell.formula == nil) { out.append(cell) }
            k = last + 1
        }
        return out
    }

    private func flushRow() {
        if !currentCellsInOrder {
            currentCells = WorksheetHandler.resolved(currentCells)
            currentCellsInOrder = true
        }
        if !currentCells.isEmpty {
            pendingRows.append(Row(index: currentRowIndex, cells: currentCells))
            currentCells = cellArrayPool.popLast() ?? []
            if currentCells.capacity == 0 { currentCells.reserveCapacity(16) }
        }
        currentRowIndex = -1
    }

    /// Takes back the cell arrays of rows the caller has seen, to reuse them.
    func recyclePendingRows() {
        for i in pendingRows.indices {
            var cells: [Cell] = []
            swap(&cells, &pendingRows[i].cells)
            cells.removeAll(keepingCapacity: true)
            if cellArrayPool.count < 64 { cellArrayPool.append(cells) }
        }
        pendingRows.removeAll(keepingCapacity: true)
    }

    /// Flushes the last row after the part has ended.
    func finishPart() {
        flushRow()
    }

    // MARK: - Parsing helpers

    private static func cellType(_ value: UnsafeBufferPointer<UInt8>) -> CellType {
        switch value.count {
        case 1:
            switch value[0] {
            case 0x73: return .shared  // s
            case 0x6E: return .number  // n
            case 0x62: return .boolean  // b
            case 0x65: return .error  // e
            case 0x64: return .date  // d
            default: return .unknown
            }
        case 3: return XMLName.equals(value, "str") ? .formulaString : .unknown
        case 9: return XMLName.equals(value, "inlineStr") ? .inline : .unknown
        default: return .unknown
        }
    }

    /// Parses `$?[A-Za-z]{1,3}$?[0-9]+` into zero-based (row, column); `nil` when
    /// malformed or outside a worksheet's limits.
    static func parseReference(_ bytes: UnsafeBufferPointer<UInt8>) -> (Int, Int)? {
        var i = 0
        let n = bytes.count
        if i < n && bytes[i] == 0x24 { i += 1 }
        guard let (column, lettersEnd) = CellAddress.scanColumnLetters(bytes, from: i) else { return nil }
        i = lettersEnd
        if i < n && bytes[i] == 0x24 { i += 1 }
        var row = 0
        let digitsStart = i
        while i < n {
            let b = bytes[i]
            guard b >= 0x30 && b <= 0x39 else { return nil }
            row = row * 10 + Int(b - 0x30)
            if row > CellAddress.maxRow + 1 { return nil }
            i += 1
        }
        guard i > digitsStart else { return nil }
        // Row 0 (`A0`) gives -1 here; the handler shifts a zero-based sheet or refuses it.
        return (row - 1, column)
    }

    /// A range `A1:D4` or single cell `B2` from bytes.
    static func range(_ bytes: UnsafeBufferPointer<UInt8>) -> CellRange? {
        let trimmed = CellNumberText.stripped(bytes)
        if let colon = trimmed.firstIndex(of: 0x3A) {
            guard let (r1, c1) = parseReference(UnsafeBufferPointer(rebasing: trimmed[..<colon])),
                let (r2, c2) = parseReference(UnsafeBufferPointer(rebasing: trimmed[(colon + 1)...]))
            else { return nil }
            return CellRange(start: CellAddress(row: r1, column: c1), end: CellAddress(row: r2, column: c2))
        }
        guard let (r, c) = parseReference(trimmed) else { return nil }
        return CellRange(start: CellAddress(row: r, column: c), end: CellAddress(row: r, column: c))
    }

    /// Whether a number under a date format can be shown as a date: not negative,
    /// and not after 9999-12-31 once rounded to the millisecond.
    static func isDateSerial(_ serial: Double, _ system: DateSystem) -> Bool {
        guard serial.isFinite, serial >= 0 else { return false }
        var days = serial.rounded(.down)
        let ms = ((serial - days) * 86_400_000).rounded(.toNearestOrEven)
        if ms >= 86_400_000 { days += 1 }
        return days <= (system == .date1900 ? 2_958_465 : 2_957_003)
    }
}
