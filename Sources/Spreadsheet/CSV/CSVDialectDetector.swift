/// Works out a file's dialect from a sample of its first bytes (see ``CSVDetection``).
///
/// - Encoding: a byte-order mark; else UTF-16 when every other byte of the sample is zero;
///   else UTF-8 when the sample is valid UTF-8 with non-ASCII characters, Windows-1252 when
///   it is not valid UTF-8; a sample of pure ASCII leaves the choice to the first non-ASCII
///   byte met while reading (``CSVDetection/encodingPending``).
/// - Delimiter: Excel's `sep=X` first line; else the candidate among `;` `,` tab `|` that
///   splits the most records into the same number (at least two) of fields, counting
///   quotes; a comma that mostly sits between digits (decimal commas) is trusted less.
///   Ties go to `;`, then `,`, tab, `|`. When no candidate splits anything, one that does not
///   occur in the sample is chosen, so single-column files stay whole; when the first line
///   nonetheless holds a candidate, ``CSVDetection/warnings`` says so. A sample that does not
///   hold the first two lines is grown first (``CSVReadOptions/maxSampleBytes``).
/// - Quote: `"`, unless `'` gives a better split or only `'` quotes fields.
/// - Line ending: the most frequent record terminator.
/// - Decimal separator: the one the sample's numbers use (`12,5` against `12.5`; `1.500`
///   and `1,500` alone are not evidence); without evidence a comma for `;` files, else a point.
/// - Header: column by column, a text first row above numbers, dates or booleans votes
///   for a header, a number above numbers votes against (a year such as `2013` above
///   amounts counts as text: budget sheets have year headers).
enum CSVDialectDetector {
    static let candidates: [UInt8] = [59, 44, 9, 124]  // ; , tab |

    struct SampleParse {
        var fieldCounts: [Int] = []
        var quotedFields = 0
        var failed = false
        var crlf = 0, lf = 0, cr = 0
        var records: [[String]] = []
    }

    static func detect(sample: [UInt8], isWholeFile: Bool, options: CSVReadOptions) throws(CSVError) -> CSVDetection {
        if let delimiter = options.delimiter, !delimiter.isASCII || delimiter == "\r" || delimiter == "\n" {
            throw CSVError(.invalidOption("the delimiter must be an ASCII character other than CR and LF"))
        }
        if case .character(let quote) = options.quote,
            !quote.isASCII || quote == "\r" || quote == "\n" || quote == options.delimiter
        {
            throw CSVError(.invalidOption("the quote must be an ASCII character other than CR, LF and the delimiter"))
        }

        if let format = CSVBinaryFormat.recognised(at: sample) {
            throw CSVError(.notText(format), line: 1, column: 1)
        }

        // Encoding.
        var encoding = CSVEncoding.utf8
        var byteOrderMark = false
        var encodingSource = CSVDetection.Source.sample
        var pending = false
        let found = markedEncoding(sample)
        if let forced = options.encoding {
            encoding = forced
            encodingSource = .option
            byteOrderMark = found == forced
        } else if let found {
            encoding = found
            byteOrderMark = true
            encodingSource = .byteOrderMark
        } else if let utf16 = unmarkedUTF16(sample) {
            encoding = utf16
        } else {
            switch utf8Validity(sample, allowTruncatedEnd: !isWholeFile) {
            case .ascii:
                encoding = .utf8
                pending = !isWholeFile
            case .valid:
                encoding = .utf8
            case .invalid:
                encoding = .windows1252
            }
        }

        // The sample as the parser sees it.
        let bomLength = byteOrderMark ? encoding.byteOrderMark.count : 0
        var text = try parserBytes(sample, encoding: encoding, skip: bomLength)
        let decoderMode: CSVTextDecoder.Mode =
            switch encoding {
            case .utf8: pending ? .undecided : .utf8
            case .utf16LittleEndian, .utf16BigEndian: .transcodedUTF8
            case .windows1252: .windows1252
            }

        // Excel's sep= line.
        var separatorLine = false
        var sepDelimiter: UInt8?
        if options.recognizesSeparatorLine, let (delimiter, length) = separatorLinePrefix(text),
            delimiter != 34 && delimiter != 39
        {
            separatorLine = true
            sepDelimiter = delimiter
            text.removeFirst(length)
        }

        // Delimiter and quote.
        let delimiterChoices: [UInt8]
        var delimiterSource = CSVDetection.Source.sample
        if let forced = options.delimiter {
            delimiterChoices = [UInt8(forced.value)]
            delimiterSource = .option
        } else if let sepDelimiter {
            delimiterChoices = [sepDelimiter]
            delimiterSource = .separatorLine
        } else {
            delimiterChoices = candidates
        }
        let quoteChoices: [UInt8?]
        var quoteSource = CSVDetection.Source.sample
        switch options.quote {
        case .character(let quote):
            quoteChoices = [UInt8(quote.value)]
            quoteSource = .option
        case .none:
            quoteChoices = [nil]
            quoteSource = .option
        case .detect:
            quoteChoices = [34, 39]
        }
        let truncated = !isWholeFile
        typealias Candidate = (score: Double, delimiter: UInt8, quote: UInt8?, quoted: Int)
        var bestPerQuote: [Candidate] = []
        for quote in quoteChoices {
            var bestHere: Candidate?
            for delimiter in delimiterChoices {
                let parse = parseSample(
                    text, delimiter: delimiter, quote: quote, truncated: truncated, keepRecords: 0, decoderMode: decoderMode,
                    maxFields: options.maxFieldsPerRecord)
                var score = consistency(parse)
                if delimiter == 44 && score > 0 && decimalCommaShare(text) > 0.5 { score *= 0.5 }
                if bestHere == nil || score > bestHere!.score + 1e-9 {
                    bestHere = (score, delimiter, quote, parse.quotedFields)
                }
            }
            bestPerQuote.append(bestHere!)
        }
        var best = bestPerQuote[0]
        if bestPerQuote.count == 2 {
            // A single quote wins only when it quotes fields and splits better, or as well while
            // double quotes quote nothing.
            let double = bestPerQuote[0]
            let single = bestPerQuote[1]
            if single.quoted > 0
                && (single.score > double.score + 1e-9 || (abs(single.score - double.score) <= 1e-9 && double.quoted == 0))
            {
                best = single
            }
        }
        var delimiter = best.delimiter
        let quote = best.quote
        var warnings: [CSVWarning] = []
        if best.score == 0 && delimiterSource == .sample {
            // Nothing splits: pick a candidate absent from the sample, so each line stays one field.
            delimiterSource = .fallback
            delimiter = [44, 59, 9, 124].first { !text.contains($0) } ?? 44
            // A first line of columns read as one field is said, never silent.
            if let (suggested, count) = firstLineDelimiter(text, quote: quote), suggested != delimiter {
                warnings.append(CSVWarning(.oneFieldPerLine(delimiter: Unicode.Scalar(suggested), count: count), line: 1))
            }
        }
        if quoteChoices.count > 1 && best.quoted == 0 {
            quoteSource = .fallback
        }

        // The chosen dialect over the sample: line ends, decimals, header.
        let parse = parseSample(
            text, delimiter: delimiter, quote: quote, truncated: truncated, keepRecords: 200, decoderMode: decoderMode,
            maxFields: options.maxFieldsPerRecord)
        var lineEnding = CSVLineEnding.crlf
        if parse.crlf + parse.lf + parse.cr > 0 {
            if parse.lf > parse.crlf && parse.lf >= parse.cr {
                lineEnding = .lf
            } else if parse.cr > parse.crlf && parse.cr > parse.lf {
                lineEnding = .cr
            }
        }
        var decimalSource = CSVDetection.Source.sample
        let decimal: CSVDecimalSeparator
        if let forced = options.decimalSeparator {
            decimal = forced
            decimalSource = .option
        } else {
            var comma = 0
            var point = 0
            for record in parse.records {
                for field in record {
                    switch decimalEvidence(field) {
                    case .comma?: comma += 1
                    case .point?: point += 1
                    case nil: break
                    }
                }
            }
            if comma > point {
                decimal = .comma
            } else if point > comma {
                decimal = .point
            } else {
                decimal = delimiter == 59 ? .comma : .point
                decimalSource = .fallback
            }
        }
        var headerSource = CSVDetection.Source.sample
        let hasHeader: Bool
        if let forced = options.hasHeader {
            hasHeader = forced
            headerSource = .option
        } else if let guess = guessHeader(parse.records) {
            hasHeader = guess
        } else {
            hasHeader = false
            headerSource = .fallback
        }

        let dialect = CSVDialect(
            encoding: encoding, byteOrderMark: byteOrderMark, delimiter: Unicode.Scalar(delimiter),
            quote: quote.map { Unicode.Scalar($0) }, hasHeader: hasHeader, lineEnding: lineEnding,
            decimalSeparator: decimal, hasSeparatorLine: separatorLine)
        var detection = CSVDetection(
            dialect: dialect, encodingSource: encodingSource, delimiterSource: delimiterSource,
            quoteSource: quoteSource, headerSource: headerSource, decimalSource: decimalSource,
            encodingPending: pending, sampleByteCount: sample.count)
        detection.warnings = warnings
        return detection
    }

    /// The candidate delimiter the first line of `text` holds most often outside quotes, with
    /// how often; `nil` when it holds none.
    static func firstLineDelimiter(_ text: [UInt8], quote: UInt8?) -> (UInt8, Int)? {
        var counts = [Int](repeating: 0, count: candidates.count)
        var quoted = false
        for byte in text {
            if let quote, byte == quote {
                quoted.toggle()
            } else if !quoted, byte == 10 || byte == 13 {
                break
            } else if !quoted, let index = candidates.firstIndex(of: byte) {
                counts[index] += 1
            }
        }
        guard let most = counts.indices.max(by: { counts[$0] < counts[$1] || (counts[$0] == counts[$1] && $0 > $1) }),
            counts[most] > 0
        else { return nil }
        return (candidates[most], counts[most])
    }

    // MARK: Encoding

    static func markedEncoding(_ bytes: [UInt8]) -> CSVEncoding? {
        if bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF { return .utf8 }
        if bytes.count >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE { return .utf16LittleEndian }
        if bytes.count >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF { return .utf16BigEndian }
        return nil
    }

    /// UTF-16 without a byte-order mark: text whose every other byte is mostly zero.
    static func unmarkedUTF16(_ bytes: [UInt8]) -> CSVEncoding? {
        let pairs = min(bytes.count, 4096) / 2
        guard pairs >= 2 else { return nil }
        var zeroEven = 0
        var zeroOdd = 0
        for index in 0..<pairs {
            if bytes[2 * index] == 0 { zeroEven += 1 }
            if bytes[2 * index + 1] == 0 { zeroOdd += 1 }
        }
        if zeroOdd * 10 >= pairs * 3 && zeroEven * 20 <= pairs { return .utf16LittleEndian }
        if zeroEven * 10 >= pairs * 3 && zeroOdd * 20 <= pairs { return .utf16BigEndian }
        return nil
    }

    enum UTF8Validity { case ascii, valid, invalid }

    /// Whether bytes are ASCII, valid UTF-8 with other characters, or not UTF-8. A sequence cut
    /// off by the end of a sample is allowed when `allowTruncatedEnd`.
    static func utf8Validity(_ bytes: [UInt8], allowTruncatedEnd: Bool) -> UTF8Validity {
        let isASCII = bytes.withUnsafeBufferPointer { CSVTextDecoder.isASCII($0) }
        if isASCII { return .ascii }
        var end = bytes.count
        if allowTruncatedEnd {
            // Drop an incomplete sequence at the very end.
            var index = bytes.count - 1
            var back = 0
            while index >= 0 && back < 4 && bytes[index] & 0xC0 == 0x80 {
                index -= 1
                back += 1
            }
            if index >= 0 {
                let lead = bytes[index]
                let needed = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
                if index + needed > bytes.count { end = index }
            }
        }
        let valid = bytes.withUnsafeBufferPointer { buffer in
            CSVTextDecoder.isValidUTF8(UnsafeBufferPointer(rebasing: buffer[0..<end]))
        }
        return valid ? .valid : .invalid
    }

    /// The sample as the parser sees it (UTF-16 transcoded to UTF-8, byte-order mark removed).
    static func parserBytes(_ sample: [UInt8], encoding: CSVEncoding, skip: Int) throws(CSVError) -> [UInt8] {
        switch encoding {
        case .utf16LittleEndian, .utf16BigEndian:
            let stream = CSVInputStream(
                origin: .memory(sample), path: nil, skip: skip,
                transcoding: .utf16(bigEndian: encoding == .utf16BigEndian))
            var output: [UInt8] = []
            var chunk = [UInt8](repeating: 0, count: 1 << 14)
            while true {
                let n = try chunk.withUnsafeMutableBufferPointer { buffer throws(CSVError) in
                    try stream.read(into: buffer.baseAddress!, count: buffer.count)
                }
                if n == 0 { break }
                output.append(contentsOf: chunk[0..<n])
            }
            return output
        default:
            return Array(sample.dropFirst(skip))
        }
    }

    /// `sep=X` followed by a line end (or the end): the delimiter and the length of the line.
    static func separatorLinePrefix(_ text: [UInt8]) -> (UInt8, Int)? {
        guard text.count >= 5 else { return nil }
        let prefix = text[0..<4].map { $0 | 0x20 }
        guard prefix == Array("sep=".utf8) else { return nil }
        let delimiter = text[4]
        guard delimiter < 0x80, delimiter != 10, delimiter != 13 else { return nil }
        var length = 5
        if length < text.count && text[length] == 13 { length += 1 }
        if length < text.count && text[length] == 10 { length += 1 }
        if length == 5 && length < text.count { return nil }
        return (delimiter, length)
    }

    // MARK: Structure

    static func parseSample(
        _ text: [UInt8], delimiter: UInt8, quote: UInt8?, truncated: Bool, keepRecords: Int,
        decoderMode: CSVTextDecoder.Mode, maxFields: Int = 1_000_000
    ) -> SampleParse {
        var result = SampleParse()
        let stream = CSVInputStream(origin: .memory(text), path: nil, skip: 0, transcoding: .none)
        let parser = CSVByteParser(
            stream: stream, delimiter: delimiter, quote: quote, maxRecordBytes: max(text.count, 1) + 1,
            maxFields: maxFields, chunkBytes: max(text.count, 64), inputIsTruncated: truncated)
        let decoder = CSVTextDecoder(mode: decoderMode)
        do {
            while try parser.nextRecord() {
                if !parser.recordIsBlank {
                    result.fieldCounts.append(parser.fieldCount)
                    for index in 0..<parser.fieldCount where parser.fields[index].flags != 0 {
                        result.quotedFields += 1
                    }
                    if result.records.count < keepRecords {
                        var record: [String] = []
                        for index in 0..<parser.fieldCount {
                            record.append(decoder.string(parser.bytes(ofField: index)) ?? "")
                        }
                        result.records.append(record)
                    }
                }
                if result.fieldCounts.count >= 5000 { break }
            }
        } catch {
            result.failed = true
        }
        result.crlf = parser.crlfCount
        result.lf = parser.lfCount
        result.cr = parser.crCount
        return result
    }

    /// The share of records with the most common field count, when that count is at least 2.
    static func consistency(_ parse: SampleParse) -> Double {
        guard !parse.failed, !parse.fieldCounts.isEmpty else { return 0 }
        var frequency: [Int: Int] = [:]
        for count in parse.fieldCounts { frequency[count, default: 0] += 1 }
        let (mode, times) = frequency.max { a, b in a.value < b.value || (a.value == b.value && a.key < b.key) }!
        guard mode >= 2 else { return 0 }
        return Double(times) / Double(parse.fieldCounts.count)
    }

    /// The share of commas that sit between two digits.
    static func decimalCommaShare(_ text: [UInt8]) -> Double {
        var commas = 0
        var between = 0
        for index in text.indices where text[index] == 44 {
            commas += 1
            if index > 0 && index + 1 < text.count && isDigit(text[index - 1]) && isDigit(text[index + 1]) {
                between += 1
            }
        }
        return commas == 0 ? 0 : Double(between) / Double(commas)
    }

    @inline(__always)
    static func isDigit(_ byte: UInt8) -> Bool { byte >= 48 && byte <= 57 }

    /// Whether a field is a decimal number that shows its decimal separator unambiguously.
    static func decimalEvidence(_ field: String) -> CSVDecimalSeparator? {
        let bytes = Array(field.utf8)
        var index = 0
        if index < bytes.count && (bytes[index] == 45 || bytes[index] == 43) { index += 1 }
        // digits and separators only
        var separators: [(Int, UInt8)] = []
        var digits = 0
        for position in index..<bytes.count {
            let byte = bytes[position]
            if isDigit(byte) {
                digits += 1
            } else if byte == 44 || byte == 46 {
                separators.append((position, byte))
            } else {
                return nil
            }
        }
        guard digits > 0, let last = separators.last else { return nil }
        let after = bytes.count - last.0 - 1
        guard after > 0 else { return nil }
        let others = separators.dropLast()
        if others.contains(where: { $0.1 == last.1 }) { return nil }  // 1.234.567: thousands only
        if !others.isEmpty {
            // 1.234,56 or 1,234.56: the last separator is the decimal one.
            return last.1 == 44 ? .comma : .point
        }
        // A single separator: "12,5" is a decimal comma, but "1,500" could be thousands.
        let before = last.0 - index
        if after == 3 && before <= 3 && bytes[index] != 48 { return nil }
        return last.1 == 44 ? .comma : .point
    }

    // MARK: Header

    enum FieldKind { case empty, text, year, number, date, bool }

    static func kind(_ field: String) -> FieldKind {
        let trimmed = field.trimmingSpaces
        if trimmed.isEmpty { return .empty }
        switch trimmed.uppercased() {
        case "TRUE", "FALSE", "SAND", "FALSK": return .bool
        default: break
        }
        if let value = Int(trimmed), trimmed.utf8.count == 4, value >= 1900, value <= 2100 { return .year }
        if case .integer = CSVFieldTyping.value(of: trimmed, decimalSeparator: .point) { return .number }
        if case .number = CSVFieldTyping.value(of: trimmed, decimalSeparator: .point) { return .number }
        if case .number = CSVFieldTyping.value(of: trimmed, decimalSeparator: .comma) { return .number }
        if looksLikeDate(trimmed) { return .date }
        if (try? AmountParser.parse(trimmed)) != nil { return .number }
        if trimmed.hasSuffix("%"), (try? AmountParser.parse(String(trimmed.dropLast()))) != nil { return .number }
        return .text
    }

    /// `31-12-2013`, `2013-12-31`, `31.12.13`, `31/12/2013`, optionally followed by a time.
    static func looksLikeDate(_ text: String) -> Bool {
        let datePart = text.split(separator: " ", maxSplits: 1).first.map(String.init) ?? text
        let head = datePart.split(separator: "T", maxSplits: 1).first.map(String.init) ?? datePart
        for separator in ["-", ".", "/"] {
            let parts = head.split(separator: Character(separator), omittingEmptySubsequences: false)
            if parts.count == 3, parts.allSatisfy({ !$0.isEmpty && $0.count <= 4 && $0.allSatisfy(\.isASCIIDigit) }) {
                return true
            }
        }
        return false
    }

    /// `true` / `false` from the votes of the columns, or `nil` when there are too few rows to tell.
    static func guessHeader(_ records: [[String]]) -> Bool? {
        guard records.count >= 2 else { return nil }
        let first = records[0]
        let rest = records.dropFirst().prefix(200)
        var votes = 0
        for column in first.indices {
            let values = rest.compactMap { column < $0.count ? $0[column] : nil }.filter { !$0.trimmingSpaces.isEmpty }
            guard !values.isEmpty else { continue }
            let kinds = values.map(kind)
            let dataLike = kinds.filter { $0 == .number || $0 == .date || $0 == .bool || $0 == .year }.count
            let mostlyData = dataLike * 2 >= values.count
            switch kind(first[column]) {
            case .empty:
                continue
            case .text:
                if mostlyData {
                    votes += 1
                } else if values.contains(first[column]) {
                    votes -= 1
                } else {
                    let lengths = Set(values.map(\.count))
                    if lengths.count == 1 && lengths.first != first[column].count { votes += 1 }
                }
            case .year:
                if mostlyData && !kinds.allSatisfy({ $0 == .year }) {
                    votes += 1
                } else if mostlyData {
                    votes -= 1
                }
            case .number, .date, .bool:
                if mostlyData { votes -= 1 }
            }
        }
        return votes > 0
    }
}
