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

    public init(options: CSVWriteOptions) {
        self.options = options
        self.delimiter = UInt8(truncatingIfNeeded: options.delimiter.value)
        self.lineEnding = options.lineEnding.bytes
        self.decimal = options.decimalSeparator.byte
        self.trueBytes = Array(options.trueText.utf8)
        self.falseBytes = Array(options.falseText.utf8)
    }

    /// The bytes a file starts with: the UTF-8 byte-order mark when the options ask for it.
    public var fileStart: [UInt8] { options.byteOrderMark ? [0xEF, 0xBB, 0xBF] : [] }

    /// Appends one row of values (`.empty` writes an empty field) and the line ending.
    ///
    /// - Parameter isFirstLine: Set for the first line of a file: a first field that reads
    ///   `sep=…` is then quoted, so that no reader takes it for Excel's separator line.
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
            appendPlain({ CSVNumberText.append(number, to: &$0) }, into: &output)
        case .number(let number):
            let decimal = self.decimal
            appendPlain({ CSVNumberText.append(number, decimal: decimal, to: &$0) }, into: &output)
        case .bool(let flag):
            appendText(flag ? trueBytes : falseBytes, guarding: false, into: &output)
        case .error(let text):
            appendText(Array(text.utf8), guarding: false, into: &output)
        case .date(let date):
            appendText(Array(CSVEncoder.dateText(date).utf8), guarding: false, into: &output)
        case .string(let text):
            var bytes = Array(text.utf8)
            if protectSeparatorLine && bytes.count >= 4 && bytes[0..<4].map({ $0 | 0x20 }) == Array("sep=".utf8) {
                appendQuoted(bytes, into: &output)
                return
            }
            let guarded = options.formulaGuard && CSVFormulaGuard.needsGuard(text)
            if guarded { bytes.insert(39, at: 0) }
            appendText(bytes, guarding: guarded, into: &output)
        }
    }

    /// Numbers: quoted only when the delimiter occurs in them (a decimal comma with `,`) or for `.all`.
    private func appendPlain(_ write: (inout [UInt8]) -> Void, into output: inout [UInt8]) {
        var text: [UInt8] = []
        write(&text)
        appendText(text, guarding: false, into: &output)
    }

    private func appendText(_ bytes: [UInt8], guarding: Bool, into output: inout [UInt8]) {
        if guarding || options.quoting == .all || needsQuotes(bytes) {
            appendQuoted(bytes, into: &output)
        } else {
            output.append(contentsOf: bytes)
        }
    }

    private func needsQuotes(_ bytes: [UInt8]) -> Bool {
        for byte in bytes where byte == delimiter || byte == 34 || byte == 10 || byte == 13 {
            return true
        }
        return false
    }

    private func appendQuoted(_ bytes: [UInt8], into output: inout [UInt8]) {
        output.append(34)
        for byte in bytes {
            if byte == 34 { output.append(34) }
            output.append(byte)
        }
        output.append(34)
    }

    /// `yyyy-mm-dd`, or `yyyy-mm-ddThh:mm:ss[.mmm]` with a time of day; the serial when not representable.
    static func dateText(_ date: SpreadsheetDate) -> String {
        guard let parts = date.components else {
            var bytes: [UInt8] = []
            CSVNumberText.append(date.serial, decimal: 46, to: &bytes)
            return String(decoding: bytes, as: UTF8.self)
        }
        if parts.hour == 0 && parts.minute == 0 && parts.second == 0 && parts.millisecond == 0 {
            return String(parts.iso8601.prefix(10))
        }
        return parts.iso8601
    }
}
