import Testing

@testable import Spreadsheet

@Suite("CSV reader: dialect detection")
struct CSVDialectDetectionTests {
    static func detect(_ text: String, options: CSVReadOptions = CSVReadOptions()) throws -> CSVDetection {
        try CSVReader(bytes: Array(text.utf8), options: options).detection
    }

    @Test(
        "the delimiter is found among , ; tab |",
        arguments: [
            ("Navn,Beløb,By\nJensen,100,Århus\nHansen,200,Odense\n", ","),
            ("Navn;Beløb;By\nJensen;100;Århus\nHansen;200;Odense\n", ";"),
            ("Navn\tBeløb\tBy\nJensen, Søren\t100\tÅrhus\nHansen\t200\tOdense\n", "\t"),
            ("Navn|Beløb|By\nJensen|100|Århus\nHansen|200|Odense\n", "|"),
            ("a;b\n\"x;y\";\"1,5\"\n\"p,q,r\";2\n", ";"),
        ] as [(String, Unicode.Scalar)])
    func delimiter(_ text: String, _ expected: Unicode.Scalar) throws {
        let detection = try CSVDialectDetectionTests.detect(text)
        #expect(detection.dialect.delimiter == expected)
        #expect(detection.delimiterSource == .sample)
    }

    @Test("Danish decimal commas do not fool the delimiter detection")
    func danishDecimals() throws {
        let detection = try CSVDialectDetectionTests.detect("a;1,5;2,25\nb;3,5;4,75\nc;5,5;6,75\n")
        #expect(detection.dialect.delimiter == ";")
        #expect(detection.dialect.decimalSeparator == .comma)
        #expect(detection.decimalSource == .sample)
    }

    @Test("decimal separator evidence: 12.5 is a point, 1.500 alone is not evidence")
    func decimalEvidence() throws {
        #expect(try CSVDialectDetectionTests.detect("a,b\nx,12.5\ny,3.25\n").dialect.decimalSeparator == .point)
        let thousands = try CSVDialectDetectionTests.detect("a;b\nx;1.500\ny;2.750\n")
        #expect(thousands.dialect.decimalSeparator == .comma)
        #expect(thousands.decimalSource == .fallback)
        #expect(try CSVDialectDetectionTests.detect("a;b\nx;1.490.000,50\n").dialect.decimalSeparator == .comma)
    }

    @Test("single quotes are detected only when they quote fields")
    func singleQuote() throws {
        let quoted = try CSVDialectDetectionTests.detect("'navn','by'\n'Jensen, Søren','Århus'\n'Hansen','Odense, C'\n")
        #expect(quoted.dialect.quote == "'")
        #expect(quoted.dialect.delimiter == ",")
        let apostrophes = try CSVDialectDetectionTests.detect("navn;note\nJensen;Søren's bil\nHansen;'=SUM(A1)\n")
        #expect(apostrophes.dialect.quote == "\"")
    }

    @Test("a header is detected from text above numbers, dates and booleans")
    func header() throws {
        #expect(try CSVDialectDetectionTests.detect("Aktivitet;Beløb;Dato\nKursus;40.000;31-12-2013\nMøde;1.500;01-02-2014\n").dialect.hasHeader)
        #expect(
            try CSVDialectDetectionTests.detect("Aktivitet;2013;2014;2015\nKursus;40000;45000;50000\nMøde;1500;0;2000\n").dialect.hasHeader,
            "year headers over amounts are a header")
        #expect(try !CSVDialectDetectionTests.detect("Kursus;40000\nMøde;1500\nLeje;200\n").dialect.hasHeader)
        #expect(try !CSVDialectDetectionTests.detect("2013;40000\n2014;1500\n2015;200\n").dialect.hasHeader)
        let single = try CSVDialectDetectionTests.detect("Aktivitet;Beløb\n")
        #expect(!single.dialect.hasHeader)
        #expect(single.headerSource == .fallback)
    }

    @Test("Excel's sep= line sets the delimiter and is not a row")
    func separatorLine() throws {
        let text = "sep=|\r\nNavn|Beløb\r\nJensen, S.|1,5\r\n"
        let reader = try CSVReader(bytes: Array(text.utf8))
        #expect(reader.dialect.hasSeparatorLine)
        #expect(reader.dialect.delimiter == "|")
        #expect(reader.detection.delimiterSource == .separatorLine)
        let result = try CSVTest.read(Array(text.utf8))
        #expect(result.rows == [["Navn", "Beløb"], ["Jensen, S.", "1,5"]])
        #expect(result.summary.lineCount == 3)
        // Turned off, the line is data.
        var options = CSVReadOptions()
        options.recognizesSeparatorLine = false
        options.delimiter = "|"
        #expect(try CSVTest.read(Array(text.utf8), options: options).rows.first == ["sep="])
    }

    @Test("line endings are reported", arguments: [("a;b\r\nc;d\r\n", CSVLineEnding.crlf), ("a;b\nc;d\n", .lf), ("a;b\rc;d\r", .cr)])
    func lineEndings(_ text: String, _ ending: CSVLineEnding) throws {
        #expect(try CSVDialectDetectionTests.detect(text).dialect.lineEnding == ending)
    }

    @Test("encodings are detected from byte-order marks, zero bytes and UTF-8 validity", arguments: CSVTestEncoding.allCases)
    func encodings(_ encoding: CSVTestEncoding) throws {
        let bytes = try #require(encoding.encode("Navn\tBeløb\nSøren\t1.500\n"))
        let detection = try CSVReader(bytes: bytes).detection
        #expect(detection.dialect.encoding == encoding.expectedEncoding)
        #expect(detection.dialect.encodingName == encoding.expectedName)
        #expect(detection.dialect.delimiter == "\t")
        #expect(detection.encodingSource == (encoding == .utf8 || encoding == .windows1252 ? .sample : .byteOrderMark))
    }

    @Test("UTF-16 without a byte-order mark is recognised", arguments: [false, true])
    func unmarkedUTF16(_ bigEndian: Bool) throws {
        let text = "Navn\tBeløb\nSøren\t1500\n"
        let bytes = Array((bigEndian ? CSVTestEncoding.utf16BE : .utf16LE).encode(text)!.dropFirst(2))
        let result = try CSVTest.read(bytes)
        #expect(result.dialect.encoding == (bigEndian ? .utf16BigEndian : .utf16LittleEndian))
        #expect(!result.dialect.byteOrderMark)
        #expect(result.rows == [["Navn", "Beløb"], ["Søren", "1500"]])
    }

    @Test("every choice can be forced, and the reader says it was")
    func overrides() throws {
        var options = CSVReadOptions()
        options.delimiter = ","
        options.quote = .none
        options.hasHeader = true
        options.decimalSeparator = .point
        options.encoding = .windows1252
        let reader = try CSVReader(bytes: [0x61, 0x3B, 0xE6, 0x2C, 0x22, 0x62, 0x0A], options: options)  // a;æ,"b
        let detection = reader.detection
        #expect(detection.dialect.delimiter == ",")
        #expect(detection.dialect.quote == nil)
        #expect(detection.dialect.hasHeader)
        #expect(detection.dialect.encoding == .windows1252)
        #expect(
            [detection.delimiterSource, detection.quoteSource, detection.headerSource, detection.decimalSource, detection.encodingSource]
                .allSatisfy { $0 == .option })
        let rows = try CSVTest.read([0x61, 0x3B, 0xE6, 0x2C, 0x22, 0x62, 0x0A], options: options).rows
        #expect(rows == [["a;æ", "\"b"]])
    }

    @Test("a file that splits on nothing stays one column")
    func singleColumn() throws {
        let text = "Aktiviteter\nKursus i Tingbjerg\nMøde, Husum\nLeje; lokaler\n"
        let detection = try CSVDialectDetectionTests.detect(text)
        #expect(detection.delimiterSource == .fallback)
        #expect(detection.dialect.delimiter == "\t")
        let rows = try CSVTest.read(Array(text.utf8)).rows
        #expect(rows == [["Aktiviteter"], ["Kursus i Tingbjerg"], ["Møde, Husum"], ["Leje; lokaler"]])
    }

    @Test("the detection explains itself")
    func description() throws {
        let detection = try CSVDialectDetectionTests.detect("Navn;Beløb\nJensen;1,5\n")
        #expect(detection.description.contains("delimiter ';'"))
        #expect(detection.description.contains("decimal comma"))
    }
}
