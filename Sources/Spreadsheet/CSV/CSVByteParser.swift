#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// One field of the current record: a byte range in the parser's buffer.
struct CSVFieldSpan {
    var start: Int
    var end: Int
    /// ``CSVByteParser/quotedFlag`` and ``CSVByteParser/unescapeFlag``.
    var flags: UInt8
}

/// The CSV state machine over bytes.
///
/// It reads the input in chunks into one buffer that holds the record being parsed, so
/// memory is bounded by the longest record (and ``CSVReadOptions/maxRecordBytes``), not
/// by the file. Scanning resumes where it stopped when more bytes arrive, so a huge
/// record costs linear time. Each call to ``nextRecord()`` leaves the fields of one
/// record as byte ranges in the buffer, already unquoted (doubled quotes collapsed in place).
///
/// Grammar (RFC 4180 plus what real files do):
/// - a field that starts with the quote character is quoted: delimiters, CR and LF inside
///   it are data, and a doubled quote is one quote;
/// - text after a closing quote (`"ab"c`) is kept literally (`abc`), as Python and Excel do;
/// - a quote inside an unquoted field is an ordinary character;
/// - a record ends at CR LF, LF or CR; a file's final line ending does not start another record;
/// - an empty line is a record with one empty field, so records stay aligned with lines.
final class CSVByteParser {
    static let quotedFlag: UInt8 = 1
    static let unescapeFlag: UInt8 = 2

    enum State {
        case recordStart, fieldStart, unquoted, quoted, afterQuote
    }

    let delimiter: UInt8
    let quote: UInt8
    let quoting: Bool
    let maxRecordBytes: Int
    let maxFields: Int
    let chunkBytes: Int
    /// When the input is a truncated sample, an unfinished last record is dropped instead of reported.
    let inputIsTruncated: Bool
    let stream: CSVInputStream

    private(set) var buffer: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    /// The size of the buffer now (for tests of bounded memory).
    var bufferCapacity: Int { capacity }
    /// Start of the current record in the buffer.
    private(set) var start = 0
    private var end = 0
    private var pos = 0
    private var atEOF = false

    private(set) var fields: UnsafeMutablePointer<CSVFieldSpan>
    private var fieldCapacity: Int
    private(set) var fieldCount = 0

    private var state = State.recordStart
    private var fieldStart = 0
    private var fieldFlags: UInt8 = 0
    private var segmentStart = 0
    private var skipLF = false
    private var breaksInRecord = 0
    private let special: UnsafeMutablePointer<UInt8>

    /// The physical line (from 1) where the current record starts.
    private(set) var recordLine = 1
    private var nextRecordLine = 1
    /// Physical lines consumed so far (a last line without a line ending counts).
    var linesRead: Int { nextRecordLine - 1 + (lastRecordUnterminated ? 1 : 0) }
    private var lastRecordUnterminated = false
    /// Whether the current record is an empty line.
    private(set) var recordIsBlank = false
    /// Whether the current record ended with a line break (false for a last line without one).
    private(set) var recordTerminated = false
    /// How many records ended with CR LF, LF and CR.
    private(set) var crlfCount = 0
    private(set) var lfCount = 0
    private(set) var crCount = 0
    /// Whether columns in error locations count UTF-8 characters (else bytes, for Windows-1252).
    var countsUTF8Characters = true

    init(
        stream: CSVInputStream, delimiter: UInt8, quote: UInt8?, maxRecordBytes: Int, maxFields: Int,
        chunkBytes: Int, inputIsTruncated: Bool = false
    ) {
        self.stream = stream
        self.delimiter = delimiter
        self.quote = quote ?? 0
        self.quoting = quote != nil
        self.maxRecordBytes = max(maxRecordBytes, 1)
        self.maxFields = max(maxFields, 1)
        self.chunkBytes = max(chunkBytes, 64)
        self.inputIsTruncated = inputIsTruncated
        capacity = self.chunkBytes * 2
        buffer = .allocate(capacity: capacity)
        fieldCapacity = 64
        fields = .allocate(capacity: fieldCapacity)
        special = .allocate(capacity: 256)
        special.initialize(repeating: 0, count: 256)
        special[Int(delimiter)] = 1
        special[10] = 1
        special[13] = 1
    }

    deinit {
        buffer.deallocate()
        fields.deallocate()
        special.deallocate()
    }

    // MARK: Records

    /// Parses the next record. Returns `false` at the end of the input.
    func nextRecord() throws(CSVError) -> Bool {
        fieldCount = 0
        start = pos
        recordLine = nextRecordLine
        breaksInRecord = 0
        state = .recordStart
        fieldsGrew = false
        while true {
            if scan() {
                finishRecord(terminated: true)
                return true
            }
            if let pending = pendingFieldError { throw pending }
            if fieldsGrew {
                // The scan stopped only to make room for more fields: go on where it stopped.
                // (Not a refill: at the end of the input that would end the record here.)
                fieldsGrew = false
                continue
            }
            if atEOF {
                switch state {
                case .recordStart:
                    return false
                case .fieldStart:
                    if inputIsTruncated { return false }
                    try addField(fieldStart, pos, 0)
                case .unquoted:
                    if inputIsTruncated { return false }
                    try addField(fieldStart, pos, fieldFlags)
                case .afterQuote:
                    if inputIsTruncated { return false }
                    try addField(fieldStart, pos, fieldFlags)
                case .quoted:
                    if inputIsTruncated { return false }
                    throw error(.unterminatedQuote, at: fieldStart)
                }
                finishRecord(terminated: false)
                return true
            }
            try refill()
        }
    }

    /// Scans bytes until a record ends (returns true) or the buffer runs out (false).
    @inline(__always)
    private func scan() -> Bool {
        let p = buffer
        let end = self.end
        var pos = self.pos
        defer { self.pos = pos }
        while true {
            switch state {
            case .recordStart:
                if pos == end { return false }
                if skipLF {
                    skipLF = false
                    if p[pos] == 10 {
                        crCount -= 1
                        crlfCount += 1
                        pos += 1
                        start = pos
                        continue
                    }
                }
                state = .fieldStart
                fallthrough
            case .fieldStart:
                fieldStart = pos
                if pos == end { return false }
                let byte = p[pos]
                if quoting && byte == quote {
                    fieldFlags = CSVByteParser.quotedFlag
                    pos += 1
                    segmentStart = pos
                    state = .quoted
                    continue
                }
                fieldFlags = 0
                state = .unquoted
                fallthrough
            case .unquoted:
                let table = special
                while pos < end && table[Int(p[pos])] == 0 { pos += 1 }
                if pos == end { return false }
                let byte = p[pos]
                // Field ends here; errors in addField are impossible below the limit checked in refill.
                if !appendField(fieldStart, pos, fieldFlags) { return false }
                pos += 1
                if byte == delimiter {
                    state = .fieldStart
                    continue
                }
                endLine(byte)
                return true
            case .quoted:
                guard let found = memchr(p + pos, Int32(quote), end - pos) else {
                    pos = end
                    return false
                }
                let q = found.assumingMemoryBound(to: UInt8.self) - p
                breaksInRecord += CSVByteParser.lineBreaks(p, segmentStart, q)
                pos = q + 1
                state = .afterQuote
                continue
            case .afterQuote:
                if pos == end { return false }
                let byte = p[pos]
                if byte == quote {
                    fieldFlags |= CSVByteParser.unescapeFlag
                    pos += 1
                    segmentStart = pos
                    state = .quoted
                    continue
                }
                if byte == delimiter || byte == 10 || byte == 13 {
                    if !appendField(fieldStart, pos, fieldFlags) { return false }
                    pos += 1
                    if byte == delimiter {
                        state = .fieldStart
                        continue
                    }
                    endLine(byte)
                    return true
                }
                // Text after the closing quote: kept literally.
                fieldFlags |= CSVByteParser.unescapeFlag
                state = .unquoted
                continue
            }
        }
    }

    @inline(__always)
    private func endLine(_ byte: UInt8) {
        if byte == 13 {
            skipLF = true
            crCount += 1
        } else {
            lfCount += 1
        }
        state = .recordStart
    }

    /// Stores a field; returns false (without storing) when the field array is full and must
    /// grow, which happens outside the hot loop.
    @inline(__always)
    private func appendField(_ from: Int, _ to: Int, _ flags: UInt8) -> Bool {
        if fieldCount == fieldCapacity { return growFieldsOrFail() }
        fields[fieldCount] = CSVFieldSpan(start: from, end: to, flags: flags)
        fieldCount += 1
        return true
    }

    private var pendingFieldError: CSVError?
    /// Set when the field array grew during a scan, which then stopped to be resumed.
    private var fieldsGrew = false

    private func growFieldsOrFail() -> Bool {
        if fieldCapacity >= maxFields {
            pendingFieldError = error(.tooManyFields(limit: maxFields), at: start)
            return false
        }
        let newCapacity = min(fieldCapacity * 2, maxFields)
        let grown = UnsafeMutablePointer<CSVFieldSpan>.allocate(capacity: newCapacity)
        grown.moveInitialize(from: fields, count: fieldCount)
        fields.deallocate()
        fields = grown
        fieldCapacity = newCapacity
        fieldsGrew = true
        // The caller retries: the scan resumes at the same byte with room to store the field.
        return false
    }

    private func addField(_ from: Int, _ to: Int, _ flags: UInt8) throws(CSVError) {
        while !appendField(from, to, flags) {
            if let pending = pendingFieldError { throw pending }
        }
    }

    private func finishRecord(terminated: Bool) {
        recordTerminated = terminated
        lastRecordUnterminated = !terminated
        recordIsBlank = fieldCount == 1 && fields[0].start == fields[0].end && fields[0].flags == 0
        nextRecordLine = recordLine + breaksInRecord + (terminated ? 1 : 0)
        let p = buffer
        for index in 0..<fieldCount {
            let flags = fields[index].flags
            if flags == 0 { continue }
            if flags == CSVByteParser.quotedFlag {
                fields[index].start += 1
                fields[index].end -= 1
                continue
            }
            // Collapse doubled quotes and drop the quotes around quoted parts, in place.
            var read = fields[index].start + 1
            var write = fields[index].start
            let stop = fields[index].end
            var inQuotes = true
            while read < stop {
                let byte = p[read]
                if inQuotes && byte == quote {
                    if read + 1 < stop && p[read + 1] == quote {
                        p[write] = quote
                        write += 1
                        read += 2
                    } else {
                        inQuotes = false
                        read += 1
                    }
                    continue
                }
                p[write] = byte
                write += 1
                read += 1
            }
            fields[index].end = write
        }
    }

    /// Line breaks (CR LF, LF or CR) in `p[from..<to]`.
    @inline(__always)
    static func lineBreaks(_ p: UnsafeMutablePointer<UInt8>, _ from: Int, _ to: Int) -> Int {
        var count = 0
        var index = from
        while index < to {
            let byte = p[index]
            if byte == 10 {
                count += 1
            } else if byte == 13 {
                count += 1
                if index + 1 < to && p[index + 1] == 10 { index += 1 }
            }
            index += 1
        }
        return count
    }

    // MARK: Buffer

    private func refill() throws(CSVError) {
        if let pending = pendingFieldError { throw pending }
        let keep = end - start
        if start > 0 {
            if keep > 0 { memmove(buffer, buffer + start, keep) }
            let shift = start
            pos -= shift
            fieldStart -= shift
            segmentStart -= shift
            for index in 0..<fieldCount {
                fields[index].start -= shift
                fields[index].end -= shift
            }
            start = 0
            end = keep
        }
        if keep >= maxRecordBytes {
            let insideQuotes = state == .quoted
            throw error(.recordTooLarge(limit: maxRecordBytes, insideQuotes: insideQuotes), at: insideQuotes ? fieldStart : 0)
        }
        if capacity - end < chunkBytes {
            // Double, but never past what the record limit can need.
            let newCapacity = max(min(capacity * 2, maxRecordBytes + 2 * chunkBytes), end + chunkBytes)
            let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
            grown.update(from: buffer, count: end)
            buffer.deallocate()
            buffer = grown
            capacity = newCapacity
        }
        let n = try stream.read(into: buffer + end, count: capacity - end)
        if n == 0 { atEOF = true } else { end += n }
    }

    // MARK: Locations

    /// The line and character column (both from 1) of a byte offset in the current record.
    func location(ofOffset offset: Int) -> (line: Int, column: Int) {
        var line = recordLine
        var lineStart = start
        var index = start
        while index < offset {
            let byte = buffer[index]
            if byte == 10 || byte == 13 {
                if byte == 13 && index + 1 < offset && buffer[index + 1] == 10 { index += 1 }
                line += 1
                lineStart = index + 1
            }
            index += 1
        }
        var column = 1
        index = lineStart
        while index < offset {
            if !countsUTF8Characters || buffer[index] & 0xC0 != 0x80 { column += 1 }
            index += 1
        }
        return (line, column)
    }

    /// The location of the start of field `index` of the current record (its opening quote if quoted).
    func location(ofField index: Int) -> (line: Int, column: Int) {
        let span = fields[index]
        let offset = span.flags & CSVByteParser.quotedFlag != 0 ? max(span.start - 1, start) : span.start
        return location(ofOffset: offset)
    }

    private func error(_ kind: CSVError.Kind, at offset: Int) -> CSVError {
        let position = location(ofOffset: offset)
        return CSVError(kind, file: stream.path, line: position.line, column: position.column)
    }

    /// The bytes of field `index` of the current record.
    @inline(__always)
    func bytes(ofField index: Int) -> UnsafeBufferPointer<UInt8> {
        let span = fields[index]
        return UnsafeBufferPointer(start: buffer + span.start, count: span.end - span.start)
    }
}
