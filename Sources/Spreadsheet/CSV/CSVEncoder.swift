/// Turns rows into CSV bytes, in memory. ``CSVWriter`` uses it to write files.
///
/// ```swift
/// var encoder = CSVEncoder(options: .danishExcel)
/// var bytes = encoder.fileStart           // the byte-order mark, if any
/// encoder.encode([.string("Aktivitet"), .integer(40_000)], into: &bytes)
/// ```
public struct CSVEncoder: Sendable {
    /// The options in use.
    public let options: CSVWriteOptions
    let delimiter: UInt8
    let lineEnding: [UInt8]
    let decimal: UInt8
    let trueBytes: [UInt8]
    let falseBytes: [UInt8]
    /// Whether the delimiter can occur in number or date text (then such fields are checked and quoted).
    let delimiterMayOccurInNumbers: Bool

    public init(options: CSVWriteOptions) {
        self.options = options
        self.delimiter = UInt8(truncatingIfNeeded: options.delimiter.value)
        self.lineEnding = options.lineEnding.bytes
        self.decimal = options.decimalSeparator.byte
        self.trueBytes = Array(options.trueText.utf8)
        self.falseBytes = Array(options.falseText.utf8)
        self.delimiterMayOccurInNumbers =
            delimiter == decimal || (delimiter >= 48 && delimiter <= 57)
            || "-+.E#NUM!T:".utf8.contains(delimiter)
    }

    /// The bytes a file starts with: the UTF-8 byte-order mark when the options ask for it.
    public var fileStart: [UInt8] { options.byteOrderMark ? [0xEF, 0xBB, 0xBF] : [] }

    /// Appends one row of values (`.empty` writes an empty field) and the line ending.
    ///
    /// - Parameters:
    ///   - values: The row's values, one field each.
    ///   - output: The bytes the encoded line is appended to.
    ///   - isFirstLine: Set for the first line of a file: a first field that reads
    ///     `sep=…` is then quoted, so that no reader takes it for Excel's separator line, and so is
    ///     one that starts with U+FEFF, so that no reader takes that for a byte-order mark.
    public func encode(_ values: some Sequence<CellValue>, into output: inout [UInt8], isFirstLine: Bool = false) {
        var first = true
        for value in values {
            if !first { output.append(delimiter) }
            encodeField(value, into: &output, protectSeparatorLine: first && isFirstLine)
            first = false
        }
        output.append(contentsOf: lineEnding)
    }

    /// Appends one row: its cells at their columns, empty fields in the gaps, and the line ending.
    /// A row without cells is an empty line.
    public func encode(_ row: Row, into output: inout [UInt8], minimumFieldCount: Int = 0, isFirstLine: Bool = false) {
        var column = 0
        for cell in row.cells {
            while column < cell.column {
                if column > 0 { output.append(delimiter) }
                if options.quoting == .all { output.append(contentsOf: [34, 34]) }
                column += 1
            }
            if column > 0 { output.append(delimiter) }
            encodeField(cell.value, into: &output, protectSeparatorLine: column == 0 && isFirstLine)
            column += 1
        }
        while column < minimumFieldCount {
            if column > 0 { output.append(delimiter) }
            if options.quoting == .all { output.append(contentsOf: [34, 34]) }
            column += 1
        }
        output.append(contentsOf: lineEnding)
    }

    /// Appends one field (without delimiter or line ending).
    public func encodeField(_ value: CellValue, into output: inout [UInt8], protectSeparatorLine: Bool = false) {
        switch value {
        case .empty:
            if options.quoting == .all { output.append(contentsOf: [34, 34]) }
        case .integer(let number):
            appendNumber(into: &output) { CSVNumberText.append(number, to: &$0) }
        case .number(let number):
            let decimal = self.decimal
            appendNumber(into: &output) { CSVNumberText.append(number, decimal: decimal, to: &$0) }
        case .bool(let flag):
            (flag ? trueBytes : falseBytes).withUnsafeBufferPointer { appendText($0, guarding: false, into: &output) }
        case .error(let text):
            var text = text
            text.withUTF8 { appendText($0, guarding: false, into: &output) }
        case .date(let date):
            appendNumber(into: &output) { CSVEncoder.appendDate(date, to: &$0) }
        case .string(let text):
            var text = text
            text.withUTF8 { bytes in
                if protectSeparatorLine && bytes.count >= 4
                    && bytes[0] | 0x20 == 115 && bytes[1] | 0x20 == 101 && bytes[2] | 0x20 == 112 && bytes[3] == 61
                {  // sep=
                    appendQuoted(bytes, apostrophe: false, into: &output)
                    return
                }
                if protectSeparatorLine && bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF {
                    // U+FEFF at the very start of the file would be read as a byte-order mark and lost.
                    appendQuoted(bytes, apostrophe: false, into: &output)
                    return
                }
                appendText(bytes, guarding: options.formulaGuard && CSVEncoder.needsGuard(bytes), into: &output)
            }
        }
    }

    /// Numbers and dates: ASCII written straight into the output, quoted only for `.all` or
    /// when the delimiter occurs in them (a decimal comma with `,`).
    @inline(__always)
    private func appendNumber(into output: inout [UInt8], _ write: (inout [UInt8]) -> Void) {
        if options.quoting == .all || delimiterMayOccurInNumbers {
            var text: [UInt8] = []
            write(&text)
            text.withUnsafeBufferPointer { appendText($0, guarding: false, into: &output) }
        } else {
            write(&output)
        }
    }

    @inline(__always)
    static func needsGuard(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        for byte in bytes where byte != 39 {
            return CSVFormulaGuard.isTrigger(byte)
        }
        return false
    }

    @inline(__always)
    private func appendText(_ bytes: UnsafeBufferPointer<UInt8>, guarding: Bool, into output: inout [UInt8]) {
        if guarding || options.quoting == .all || needsQuotes(bytes) {
            appendQuoted(bytes, apostrophe: guarding, into: &output)
        } else {
            output.append(contentsOf: bytes)
        }
    }

    @inline(__always)
    private func needsQuotes(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let delimiter = self.delimiter
        for byte in bytes where byte == delimiter || byte == 34 || byte == 10 || byte == 13 {
            return true
        }
        return false
    }

    private func appendQuoted(_ bytes: UnsafeBufferPointer<UInt8>, apostrophe: Bool, into output: inout [UInt8]) {
        output.append(34)
        if apostrophe { output.append(39) }
        if !bytes.contains(34) {
            output.append(contentsOf: bytes)
        } else {
            for byte in bytes {
                if byte == 34 { output.append(34) }
                output.append(byte)
            }
        }
        output.append(34)
    }

    /// Appends `yyyy-mm-dd`, or `yyyy-mm-ddThh:mm:ss[.mmm]` with a time of day; the serial when not representable.
    static func appendDate(_ date: SpreadsheetDate, to output: inout [UInt8]) {
        guard let parts = date.components, parts.year <= 9999 else {
            CSVNumberText.append(date.serial, decimal: 46, to: &output)
            return
        }
        @inline(__always) func digits(_ value: Int, _ width: Int) {
            var divisor = 1
            for _ in 1..<width { divisor *= 10 }
            var rest = value
            while divisor > 0 {
                output.append(UInt8(48 + rest / divisor))
                rest %= divisor
                divisor /= 10
            }
        }
        digits(parts.year, 4)
        output.append(45)
        digits(parts.month, 2)
        output.append(45)
        digits(parts.day, 2)
        if parts.hour == 0 && parts.minute == 0 && parts.second == 0 && parts.millisecond == 0 { return }
        output.append(84)  // T
        digits(parts.hour, 2)
        output.append(58)
        digits(parts.minute, 2)
        output.append(58)
        digits(parts.second, 2)
        if parts.millisecond != 0 {
            output.append(46)
            digits(parts.millisecond, 3)
        }
    }
}
