/// One pass over a CSV file: the parser, the text decoder and the bookkeeping for the summary.
final class CSVReadSession {
    let parser: CSVByteParser
    let decoder: CSVTextDecoder
    let dialect: CSVDialect
    let path: String?
    let typeNumbers: Bool
    let stripsGuard: Bool
    let decimal: UInt8

    /// Zero-based row index of the current record.
    private(set) var rowIndex = -1
    /// Whether the current record is the header row.
    private(set) var isHeader = false
    private var skipSeparatorLine: Bool
    private var blankRows = 0
    private var expectedFieldCount: Int?
    private var raggedCount = 0
    private var ragged: [CSVRaggedRow] = []

    init(reader: CSVReader) throws(CSVError) {
        let dialect = reader.detection.dialect
        self.dialect = dialect
        self.path = reader.path
        let options = reader.options
        let origin: CSVInputStream.Origin
        if let bytes = reader.bytes {
            origin = .memory(bytes)
        } else {
            do {
                origin = .file(try ReadableFile(path: reader.path!))
            } catch {
                throw CSVError(.io(error), file: reader.path)
            }
        }
        let transcoding: CSVInputStream.Transcoding =
            switch dialect.encoding {
            case .utf16LittleEndian: .utf16(bigEndian: false)
            case .utf16BigEndian: .utf16(bigEndian: true)
            default: .none
            }
        let stream = CSVInputStream(
            origin: origin, path: reader.path,
            skip: dialect.byteOrderMark ? dialect.encoding.byteOrderMark.count : 0, transcoding: transcoding)
        parser = CSVByteParser(
            stream: stream, delimiter: dialect.delimiterByte, quote: dialect.quoteByte,
            maxRecordBytes: options.maxRecordBytes, maxFields: options.maxFieldsPerRecord, chunkBytes: options.chunkBytes)
        let mode: CSVTextDecoder.Mode =
            switch dialect.encoding {
            case .utf8: reader.detection.encodingPending ? .undecided : .utf8
            case .utf16LittleEndian, .utf16BigEndian: .transcodedUTF8
            case .windows1252: .windows1252
            }
        decoder = CSVTextDecoder(mode: mode)
        parser.countsUTF8Characters = mode != .windows1252
        typeNumbers = options.typeNumbers
        stripsGuard = options.stripsFormulaGuard
        decimal = dialect.decimalSeparator.byte
        skipSeparatorLine = dialect.hasSeparatorLine
    }

    /// Moves to the next row; `false` at the end of the file.
    func next() throws(CSVError) -> Bool {
        guard try parser.nextRecord() else { return false }
        if skipSeparatorLine {
            skipSeparatorLine = false
            guard try parser.nextRecord() else { return false }
        }
        rowIndex += 1
        isHeader = rowIndex == 0 && dialect.hasHeader
        if parser.recordIsBlank {
            blankRows += 1
        } else if let expected = expectedFieldCount {
            if parser.fieldCount != expected {
                raggedCount += 1
                if ragged.count < CSVReadSummary.raggedRowLimit {
                    ragged.append(CSVRaggedRow(row: rowIndex, line: parser.recordLine, fieldCount: parser.fieldCount))
                }
            }
        } else {
            expectedFieldCount = parser.fieldCount
        }
        return true
    }

    var fieldCount: Int { parser.fieldCount }

    /// The value of field `index`: `.empty`, a typed number, or text.
    @inline(__always)
    func value(_ index: Int) throws(CSVError) -> CellValue {
        let span = parser.fields[index]
        let count = span.end - span.start
        if count == 0 { return .empty }
        if typeNumbers && !isHeader {
            let p = UnsafePointer(parser.buffer + span.start)
            let first = p[0]
            if first &- 48 <= 9 || first == 45 || first == 43 || first == decimal,
                let number = CSVFieldTyping.number(p, count: count, decimal: decimal)
            {
                return number
            }
        }
        return .string(try string(index))
    }

    /// The text of field `index`.
    @inline(__always)
    func string(_ index: Int) throws(CSVError) -> String {
        var bytes = parser.bytes(ofField: index)
        if stripsGuard && bytes.count >= 2 && bytes[0] == 39 {
            var position = 1
            while position < bytes.count && bytes[position] == 39 { position += 1 }
            if position < bytes.count, CSVFormulaGuard.isTrigger(bytes[position]) {
                bytes = UnsafeBufferPointer(rebasing: bytes[1...])
            }
        }
        guard let text = decoder.string(bytes) else {
            parser.countsUTF8Characters = true
            let place = parser.location(ofField: index)
            throw CSVError(.invalidUTF8, file: path, line: place.line, column: place.column, cell: CellAddress(row: rowIndex, column: index))
        }
        return text
    }

    /// The non-empty cells of the current row, built in place.
    @inline(__always)
    func makeCells() throws(CSVError) -> [Cell] {
        var failure: CSVError?
        let cells = [Cell](unsafeUninitializedCapacity: parser.fieldCount) { buffer, initialized in
            let base = buffer.baseAddress!
            for index in 0..<parser.fieldCount {
                let span = parser.fields[index]
                let count = span.end - span.start
                if count == 0 { continue }
                if typeNumbers && !isHeader {
                    let p = UnsafePointer(parser.buffer + span.start)
                    let first = p[0]
                    if first &- 48 <= 9 || first == 45 || first == 43 || first == decimal,
                        let number = CSVFieldTyping.number(p, count: count, decimal: decimal)
                    {
                        (base + initialized).initialize(to: Cell(column: index, value: number))
                        initialized += 1
                        continue
                    }
                }
                do throws(CSVError) {
                    let text = try string(index)
                    (base + initialized).initialize(to: Cell(column: index, value: .string(text)))
                    initialized += 1
                } catch {
                    failure = error
                    return
                }
            }
        }
        if let failure { throw failure }
        return cells
    }

    func summary() -> CSVReadSummary {
        var dialect = self.dialect
        if decoder.mode == .windows1252 { dialect.encoding = .windows1252 }
        return CSVReadSummary(
            dialect: dialect, rowCount: rowIndex + 1, lineCount: parser.linesRead, blankRowCount: blankRows,
            expectedFieldCount: expectedFieldCount, raggedRowCount: raggedCount, raggedRows: ragged,
            replacementCharacterCount: parser.stream.replacementCount)
    }
}
