/// Writes one worksheet of an ``XLSXWriter``, row by row.
///
/// Get one from ``XLSXWriter/addSheet(_:options:)``. Rows are streamed: each call
/// to ``appendRow(_:at:height:hidden:)`` writes its row at once, so rows must come in
/// increasing order. Everything else (column widths, frozen panes, merged cells,
/// notes, charts…) can be set at any time before the workbook is closed.
///
/// A row that is rejected (a text too long, a number that is not finite…) is not
/// written at all, and the sheet stays usable.
public final class XLSXSheetWriter {
    /// The sheet's name.
    public let name: String
    /// How the sheet is shown.
    public let options: XLSXSheetOptions
    /// Zero-based position of the sheet in the workbook.
    public let position: Int

    let context: WorkbookWriteContext
    let data: SheetDataStore
    var layout = SheetLayout()

    /// The last row written, or -1.
    private(set) var lastRow = -1
    /// The used area so far.
    private(set) var usedRange: CellRange?

    // Per-row scratch: the row number's digits.
    private var rowDigits: (UInt64, Int) = (0, 0)
    // One-entry cache of the last style looked up.
    private var cachedStyle: CellStyle?
    private var cachedDateKind: UInt8 = 0
    private var cachedStyleIndex = 0
    // The last column written in the current row (for omitted cell references).
    private var lastWrittenColumn = -1
    /// The range of the array formula being written (set for the one cell that holds it).
    private var arrayRange: CellRange?
    private let omitsFollowingReferences: Bool

    init(name: String, options: XLSXSheetOptions, position: Int, context: WorkbookWriteContext) {
        self.name = name
        self.options = options
        self.position = position
        self.context = context
        self.omitsFollowingReferences = context.options.cellReferences == .whenNeeded
        self.data = SheetDataStore(
            threshold: max(context.options.spillThreshold, 4096),
            temporaryDirectory: context.temporaryDirectory)
    }

    /// The index the next ``appendRow(_:at:height:hidden:)`` without `at:` writes to.
    public var nextRow: Int { lastRow + 1 }

    // MARK: Rows

    /// Writes a row of cells.
    ///
    /// - Parameters:
    ///   - cells: the cells, in any column order (each column at most once).
    ///     Empty cells without a style or formula are skipped.
    ///   - row: the zero-based row index; `nil` is the row after the last one written.
    ///     It must be greater than every row written before.
    ///   - height: the row height in points (0–409); `nil` is the default height.
    ///   - hidden: whether the row is hidden.
    public func appendRow(_ cells: [WriteCell], at row: Int? = nil, height: Double? = nil, hidden: Bool = false) throws(XLSXWriteError) {
        let rowIndex = try beginRow(row, height: height)
        var sorted = true
        var previous = -1
        for cell in cells {
            if cell.column <= previous {
                sorted = false
                break
            }
            previous = cell.column
        }
        let ordered = sorted ? cells : cells.sorted { $0.column < $1.column }
        let mark = RowMark(bufferCount: data.buffer.count, references: context.sharedStrings?.referenceCount ?? 0)
        openRow(rowIndex, height: height, hidden: hidden)
        var previousColumn = -1
        var written = 0
        var firstColumn = Int.max
        var lastColumn = -1
        for cell in ordered {
            let column = cell.column
            do throws(XLSXWriteError) {
                guard column >= 0 && column <= CellAddress.maxColumn else { throw XLSXWriteError(.cellOutOfRange) }
                guard column != previousColumn else { throw XLSXWriteError(.duplicateColumn) }
                arrayRange = cell.arrayRange
                defer { arrayRange = nil }
                if try writeCell(column: column, value: cell.value, formula: cell.formula, style: cell.style) {
                    written += 1
                    if column < firstColumn { firstColumn = column }
                    lastColumn = column
                }
            } catch {
                rollBack(to: mark)
                throw error.located(file: context.path, sheet: name, cell: CellAddress(row: rowIndex, column: max(0, column)))
            }
            previousColumn = column
        }
        try finishRow(
            rowIndex, mark: mark, written: written, firstColumn: firstColumn, lastColumn: lastColumn,
            keepEmpty: height != nil || hidden)
    }

    /// Writes a row of values, one per column starting at `firstColumn`, all in one style.
    ///
    /// `.empty` values leave their cell out (or, with a style, write a styled blank).
    public func appendRow(
        values: [CellValue], at row: Int? = nil, firstColumn: Int = 0, style: CellStyle? = nil,
        height: Double? = nil, hidden: Bool = false
    ) throws(XLSXWriteError) {
        let rowIndex = try beginRow(row, height: height)
        let mark = RowMark(bufferCount: data.buffer.count, references: context.sharedStrings?.referenceCount ?? 0)
        openRow(rowIndex, height: height, hidden: hidden)
        var written = 0
        var first = Int.max
        var last = -1
        var column = firstColumn
        for value in values {
            do throws(XLSXWriteError) {
                guard column >= 0 && column <= CellAddress.maxColumn else { throw XLSXWriteError(.cellOutOfRange) }
                if try writeCell(column: column, value: value, formula: nil, style: style) {
                    written += 1
                    if column < first { first = column }
                    last = column
                }
            } catch {
                rollBack(to: mark)
                throw error.located(file: context.path, sheet: name, cell: CellAddress(row: rowIndex, column: max(0, column)))
            }
            column += 1
        }
        try finishRow(
            rowIndex, mark: mark, written: written, firstColumn: first, lastColumn: last,
            keepEmpty: height != nil || hidden)
    }

    private struct RowMark {
        var bufferCount: Int
        var references: Int
    }

    private func beginRow(_ requested: Int?, height: Double?) throws(XLSXWriteError) -> Int {
        guard !context.isClosed else { throw XLSXWriteError(.writerClosed, file: context.path, sheet: name) }
        let rowIndex = requested ?? lastRow + 1
        guard rowIndex >= 0 && rowIndex <= CellAddress.maxRow else {
            throw XLSXWriteError(
                .cellOutOfRange, file: context.path, sheet: name,
                cell: CellAddress(row: max(0, min(rowIndex, CellAddress.maxRow)), column: 0))
        }
        guard rowIndex > lastRow else {
            throw XLSXWriteError(
                .rowOutOfOrder(row: rowIndex, previousRow: lastRow), file: context.path, sheet: name,
                cell: CellAddress(row: rowIndex, column: 0))
        }
        if let height, !(height >= 0 && height <= XLSXFormatLimits.maxRowHeight) {
            throw XLSXWriteError(
                .invalidValue("row height \(height) is not between 0 and 409 points"),
                file: context.path, sheet: name, cell: CellAddress(row: rowIndex, column: 0))
        }
        return rowIndex
    }

    private func openRow(_ rowIndex: Int, height: Double?, hidden: Bool) {
        // The row number as digits, reused by every cell reference of the row.
        var number = rowIndex + 1
        var packed: UInt64 = 0
        var digits = 0
        repeat {
            packed = (packed << 8) | UInt64(48 + number % 10)
            number /= 10
            digits += 1
        } while number > 0
        rowDigits = (packed, digits)  // most significant digit in the lowest byte
        lastWrittenColumn = -1

        let out = data.buffer
        out.append("<row r=\"")
        appendRowDigits(out)
        out.append("\"")
        if let height {
            out.append(" ht=\"")
            out.append(double: height)
            out.append("\" customHeight=\"1\"")
        }
        if hidden { out.append(" hidden=\"1\"") }
        out.append(">")
    }

    @inline(__always)
    private func appendRowDigits(_ out: XMLByteBuffer) {
        var packed = rowDigits.0
        let count = rowDigits.1
        out.reserve(count)
        for _ in 0..<count {
            out.appendUnchecked(UInt8(truncatingIfNeeded: packed))
            packed >>= 8
        }
    }

    private func finishRow(
        _ rowIndex: Int, mark: RowMark, written: Int, firstColumn: Int, lastColumn: Int,
        keepEmpty: Bool
    ) throws(XLSXWriteError) {
        if written == 0 && !keepEmpty {
            data.buffer.count = mark.bufferCount  // nothing in it: leave the row out
        } else {
            data.buffer.append("</row>")
        }
        lastRow = rowIndex
        if written > 0 {
            let start = CellAddress(row: rowIndex, column: firstColumn)
            let end = CellAddress(row: rowIndex, column: lastColumn)
            if var range = usedRange {
                range.start.column = min(range.start.column, firstColumn)
                range.end = CellAddress(row: rowIndex, column: max(range.end.column, lastColumn))
                usedRange = range
            } else {
                usedRange = CellRange(start: start, end: end)
            }
        }
        do {
            try data.spillIfNeeded()
        } catch {
            throw error.located(file: context.path, sheet: name)
        }
    }

    private func rollBack(to mark: RowMark) {
        data.buffer.count = mark.bufferCount
        if let sst = context.sharedStrings {
            sst.forgetReferences(sst.referenceCount - mark.references)
        }
    }

    // MARK: Cells

    /// Writes one `<c>` element; returns whether anything was written.
    @inline(__always)
    private func writeCell(column: Int, value: CellValue, formula: String?, style: CellStyle?) throws(XLSXWriteError) -> Bool {
        let out = data.buffer
        switch value {
        case .empty:
            if let formula {
                context.hasFormulaWithoutValue = true
                openCell(out, column: column, styleIndex: try styleIndex(style, dateKind: 0), type: nil)
                try appendFormula(out, formula)
                out.append("</c>")
                return true
            }
            guard let style, !style.isStandard else { return false }
            openCell(out, column: column, styleIndex: try styleIndex(style, dateKind: 0), type: nil, selfClosing: true)
            return true

        case .integer(let number):
            openCell(out, column: column, styleIndex: try styleIndex(style, dateKind: 0), type: nil)
            if let formula { try appendFormula(out, formula) }
            out.append("<v>")
            out.append(decimal: number)
            out.append("</v></c>")
            return true

        case .number(let number):
            guard number.isFinite else { throw XLSXWriteError(.numberNotFinite) }
            openCell(out, column: column, styleIndex: try styleIndex(style, dateKind: 0), type: nil)
            if let formula { try appendFormula(out, formula) }
            out.append("<v>")
            out.append(double: number)
            out.append("</v></c>")
            return true

        case .date(let date):
            let serial = convertedSerial(date)
            guard serial.isFinite else { throw XLSXWriteError(.numberNotFinite) }
            let dateKind: UInt8 = serial == serial.rounded(.down) ? 1 : 2
            openCell(out, column: column, styleIndex: try styleIndex(style, dateKind: dateKind), type: nil)
            if let formula { try appendFormula(out, formula) }
            out.append("<v>")
            out.append(double: serial)
            out.append("</v></c>")
            return true

        case .bool(let flag):
            openCell(out, column: column, styleIndex: try styleIndex(style, dateKind: 0), type: "b")
            if let formula { try appendFormula(out, formula) }
            out.append(flag ? "<v>1</v></c>" : "<v>0</v></c>")
            return true

        case .error(let code):
            guard XLSXSheetWriter.errorValues.contains(code) else { throw XLSXWriteError(.unknownErrorValue(code)) }
            openCell(out, column: column, styleIndex: try styleIndex(style, dateKind: 0), type: "e")
            if let formula { try appendFormula(out, formula) }
            out.append("<v>")
            out.appendRaw(code)
            out.append("</v></c>")
            return true

        case .string(let text):
            if let formula {
                openCell(out, column: column, styleIndex: try styleIndex(style, dateKind: 0), type: "str")
                try appendFormula(out, formula)
                var text = text
                if let length = text.withUTF8({ TextFacts($0).excessLength }) {
                    throw XLSXWriteError(.textTooLong(length: length))
                }
                text.withUTF8 { utf8 in
                    out.append("<v>")
                    out.appendEscapedText(utf8: utf8)
                    out.append("</v></c>")
                }
                return true
            }
            if text.isEmpty {
                // An empty text is an empty cell to every spreadsheet program.
                return try writeCell(column: column, value: .empty, formula: nil, style: style)
            }
            if let sst = context.sharedStrings {
                var text = text
                let length = text.withUTF8 { TextFacts($0).excessLength }
                if let length { throw XLSXWriteError(.textTooLong(length: length)) }
                openCell(out, column: column, styleIndex: try styleIndex(style, dateKind: 0), type: "s")
                out.append("<v>")
                out.append(decimal: sst.index(of: text))
                out.append("</v></c>")
                return true
            }
            var text = text
            let facts = text.withUTF8 { TextFacts($0) }
            if let length = facts.excessLength { throw XLSXWriteError(.textTooLong(length: length)) }
            openCell(out, column: column, styleIndex: try styleIndex(style, dateKind: 0), type: "inlineStr")
            out.append(facts.needsPreserve ? "<is><t xml:space=\"preserve\">" : "<is><t>")
            text.withUTF8 { out.appendEscapedText(utf8: $0) }
            out.append("</t></is></c>")
            return true
        }
    }

    /// The error values a cell may hold.
    static let errorValues: Set<String> = ["#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#GETTING_DATA"]

    /// Writes `<c r="…" s="…" t="…">` (or `/>`).
    @inline(__always)
    private func openCell(_ out: XMLByteBuffer, column: Int, styleIndex: Int, type: StaticString?, selfClosing: Bool = false) {
        out.reserve(48)
        out.appendUnchecked(UInt8(ascii: "<"))
        out.appendUnchecked(UInt8(ascii: "c"))
        if !(omitsFollowingReferences && column == lastWrittenColumn + 1) {
            out.appendUnchecked(UInt8(ascii: " "))
            out.appendUnchecked(UInt8(ascii: "r"))
            out.appendUnchecked(UInt8(ascii: "="))
            out.appendUnchecked(UInt8(ascii: "\""))
            if column < 26 {
                out.appendUnchecked(UInt8(65 + column))
            } else if column < 702 {
                out.appendUnchecked(UInt8(64 + column / 26))
                out.appendUnchecked(UInt8(65 + column % 26))
            } else {
                let rest = column - 702
                out.appendUnchecked(UInt8(65 + rest / 676))
                out.appendUnchecked(UInt8(65 + (rest / 26) % 26))
                out.appendUnchecked(UInt8(65 + rest % 26))
            }
            appendRowDigits(out)
            out.appendUnchecked(UInt8(ascii: "\""))
        }
        lastWrittenColumn = column
        if styleIndex != 0 {
            out.append(" s=\"")
            out.append(decimal: styleIndex)
            out.append("\"")
        }
        if let type {
            out.append(" t=\"")
            out.append(type)
            out.append("\"")
        }
        if selfClosing { out.append("/>") } else { out.append(">") }
    }

    private func appendFormula(_ out: XMLByteBuffer, _ formula: String) throws(XLSXWriteError) {
        var text = Substring(formula)
        if text.first == "=" { text = text.dropFirst() }
        let length = text.utf16.count
        guard length <= XLSXFormatLimits.maxFormulaLength else { throw XLSXWriteError(.formulaTooLong(length: length)) }
        if let arrayRange {
            out.append("<f t=\"array\" ref=\"")
            out.appendRaw(arrayRange.a1)
            out.append("\">")
        } else {
            out.append("<f>")
        }
        out.appendEscapedText(String(text))
        out.append("</f>")
    }

    /// The serial of `date` in the workbook's date system.
    @inline(__always)
    private func convertedSerial(_ date: SpreadsheetDate) -> Double {
        let target = context.options.dateSystem
        if date.system == target { return date.serial }
        if let components = date.components { return SpreadsheetDate(components, system: target).serial }
        // Out of the calendar range: shift by the distance between the epochs.
        return date.serial + (target == .date1904 ? -1462 : 1462)
    }

    /// The `cellXfs` index for `style` on a value of `dateKind` (0 not a date, 1 date, 2 date and time).
    @inline(__always)
    private func styleIndex(_ style: CellStyle?, dateKind: UInt8) throws(XLSXWriteError) -> Int {
        if style == nil && dateKind == 0 { return 0 }
        if dateKind == cachedDateKind, style == cachedStyle { return cachedStyleIndex }
        var effective = style ?? .standard
        if dateKind != 0 && effective.numberFormat == nil {
            effective.numberFormat = dateKind == 1 ? CellStyle.NumberFormats.isoDate : CellStyle.NumberFormats.isoDateTime
        }
        let index = try context.styles.index(for: effective)
        cachedStyle = style
        cachedDateKind = dateKind
        cachedStyleIndex = index
        return index
    }
}
