import Testing

@testable import Spreadsheet

/// One tricky file: its text, the rows it must read as, and what the summary must say.
struct CSVCase: CustomTestStringConvertible, Sendable {
    var name: String
    var text: String
    var rows: [[String]]
    var lineEnding: CSVLineEnding? = nil
    var raggedRows: [Int] = []
    var blankRows = 0
    var lines: Int? = nil

    var testDescription: String { name }
}

@Suite("CSV reader: grammar, in every encoding")
struct CSVReaderTests {
    static let cases: [CSVCase] = [
        CSVCase(
            name: "quoted delimiters, line breaks and doubled quotes",
            text: "a;\"b;c\";\"linje 1\nlinje 2\";\"sagde \"\"hej\"\"\";æøå\n",
            rows: [["a", "b;c", "linje 1\nlinje 2", "sagde \"hej\"", "æøå"]], lineEnding: .lf, lines: 2),
        CSVCase(
            name: "CRLF line ends", text: "Æble;1\r\nØre;2\r\n", rows: [["Æble", "1"], ["Øre", "2"]],
            lineEnding: .crlf, lines: 2),
        CSVCase(name: "LF line ends", text: "Æble;1\nØre;2\n", rows: [["Æble", "1"], ["Øre", "2"]], lineEnding: .lf),
        CSVCase(name: "CR line ends", text: "Æble;1\rØre;2\r", rows: [["Æble", "1"], ["Øre", "2"]], lineEnding: .cr, lines: 2),
        CSVCase(
            name: "line breaks inside quotes are kept as written",
            text: "\"a\r\nb\";ø\r\n\"c\rd\";\"e\nf\"\r\n", rows: [["a\r\nb", "ø"], ["c\rd", "e\nf"]],
            lineEnding: .crlf, lines: 5),
        CSVCase(
            name: "trailing delimiters", text: "å;b;\nc;d;\n", rows: [["å", "b"], ["c", "d"]]),
        CSVCase(
            name: "ragged rows are kept and reported",
            text: "a;b;c\nd;e\nf;g;h;i\nø\n", rows: [["a", "b", "c"], ["d", "e"], ["f", "g", "h", "i"], ["ø"]],
            raggedRows: [1, 2, 3]),
        CSVCase(
            name: "blank lines are empty rows",
            text: "a;æ\n\nb;ø\n\n\nc;å\n", rows: [["a", "æ"], [], ["b", "ø"], [], [], ["c", "å"]], blankRows: 3, lines: 6),
        CSVCase(name: "no final line end", text: "a;æ\nb;ø", rows: [["a", "æ"], ["b", "ø"]], lines: 2),
        CSVCase(name: "text after a closing quote", text: "\"ab\"c;ø\n", rows: [["abc", "ø"]]),
        CSVCase(name: "a quote inside an unquoted field", text: "5\" skærm;x\"y\n", rows: [["5\" skærm", "x\"y"]]),
        CSVCase(name: "empty quoted fields", text: "\"\";ø;\"\"\n", rows: [["", "ø"]]),
        CSVCase(name: "only a blank line", text: "ø\n\n", rows: [["ø"], []], blankRows: 1),
        CSVCase(
            name: "spaces are data",
            text: " a ; \"b\" ;ø \n", rows: [[" a ", " \"b\" ", "ø "]]),
        CSVCase(
            name: "long fields across chunk boundaries",
            text: (0..<40).map { "række \($0);\"" + String(repeating: "æø\"\"å;", count: $0 * 7) + "\";slut" }.joined(separator: "\r\n"),
            rows: (0..<40).map { ["række \($0)", String(repeating: "æø\"å;", count: $0 * 7), "slut"] }, lineEnding: .crlf),
    ]

    static var forced: CSVReadOptions {
        var options = CSVReadOptions()
        options.delimiter = ";"
        options.quote = .character("\"")
        options.hasHeader = false
        return options
    }

    static var smallChunks: CSVReadOptions {
        var options = forced
        options.chunkBytes = 64
        options.sampleBytes = 64
        return options
    }

    @Test(
        "every case reads the same in every encoding, with large and tiny chunks",
        arguments: CSVReaderTests.cases, CSVTestEncoding.allCases)
    func readsCase(_ testCase: CSVCase, _ encoding: CSVTestEncoding) throws {
        let bytes = try #require(encoding.encode(testCase.text))
        for options in [CSVReaderTests.forced, CSVReaderTests.smallChunks] {
            let result = try CSVTest.read(bytes, options: options)
            #expect(result.rows == testCase.rows)
            #expect(result.summary.dialect.encoding == encoding.expectedEncoding)
            #expect(result.summary.dialect.encodingName == encoding.expectedName)
            #expect(result.summary.rowCount == testCase.rows.count)
            #expect(result.summary.blankRowCount == testCase.blankRows)
            #expect(result.summary.raggedRows.map(\.row) == testCase.raggedRows)
            #expect(result.summary.raggedRowCount == testCase.raggedRows.count)
            if let lines = testCase.lines { #expect(result.summary.lineCount == lines) }
            if let ending = testCase.lineEnding, options.sampleBytes > 64 {
                #expect(result.dialect.lineEnding == ending)
            }
        }
    }

    @Test("ragged rows say where they are")
    func raggedRowLines() throws {
        let result = try CSVTest.read(Array("a;b;c\n\"x\ny\";b;c\nd;e\n".utf8), options: CSVReaderTests.forced)
        #expect(result.summary.expectedFieldCount == 3)
        #expect(result.summary.raggedRows == [CSVRaggedRow(row: 2, line: 4, fieldCount: 2)])
    }

    @Test("row indices follow records; lines are physical lines")
    func recordLines() throws {
        let reader = try CSVReader(bytes: Array("a\n\"b\nc\"\n\nd\n".utf8), options: CSVReaderTests.forced)
        var seen: [(Int, Int, Bool)] = []
        try reader.forEachRecord { record in
            seen.append((record.index, record.line, record.isBlank))
        }
        #expect(seen.map(\.0) == [0, 1, 2, 3])
        #expect(seen.map(\.1) == [1, 2, 4, 5])
        #expect(seen.map(\.2) == [false, false, true, false])
    }

    @Test("readGrid keeps indices and leaves blank rows out")
    func grid() throws {
        let grid = try CSVReader(bytes: Array("Navn;Beløb\n\nØrsted;12\n".utf8), name: "tilskud", options: CSVReaderTests.forced).readGrid()
        #expect(grid.name == "tilskud")
        #expect(grid.rows.map(\.index) == [0, 2])
        #expect(grid["A3"] == .string("Ørsted"))
        #expect(grid["B3"] == .string("12"))
        #expect(grid["A2"] == .empty)
    }

    @Test("a file's sheet is named after it, and forEachRow reads the file in chunks")
    func readsFile() throws {
        let folder = try TemporaryFolder()
        var text = "Aktivitet;Beløb\r\n"
        for index in 0..<5000 { text += "Indsats nr. \(index) – «ø»;\(index * 1000)\r\n" }
        let path = try folder.write("Tilskud 2013.csv", [0xEF, 0xBB, 0xBF] + Array(text.utf8))
        var options = CSVReadOptions()
        options.chunkBytes = 4096
        let reader = try CSVReader(path: path, options: options)
        #expect(reader.name == "Tilskud 2013")
        #expect(reader.dialect.delimiter == ";")
        #expect(reader.dialect.encodingName == "utf-8-sig")
        #expect(reader.dialect.hasHeader)
        var count = 0
        var last = Row(index: -1, cells: [])
        let summary = try reader.forEachRow { row in
            count += 1
            last = row
        }
        #expect(count == 5001)
        #expect(summary.rowCount == 5001)
        #expect(summary.lineCount == 5001)
        #expect(last.index == 5000)
        #expect(last[0] == .string("Indsats nr. 4999 – «ø»"))
        #expect(last[1] == .string("4999000"))
    }

    @Test("memory stays bounded by the longest row, not the file")
    func boundedBuffer() throws {
        var text = ""
        for index in 0..<20000 { text += "\(index);ø;\"x\"\n" }
        let stream = CSVInputStream(origin: .memory(Array(text.utf8)), path: nil, skip: 0, transcoding: .none)
        let parser = CSVByteParser(stream: stream, delimiter: 59, quote: 34, maxRecordBytes: 1 << 20, maxFields: 100, chunkBytes: 1024)
        var records = 0
        while try parser.nextRecord() { records += 1 }
        #expect(records == 20000)
        #expect(parser.bufferCapacity <= 2048, "the buffer never grows past two chunks for short rows")
    }

    @Test("random bytes never crash the reader, and chunk size never changes the result")
    func randomBytes() throws {
        var generator = SeededGenerator(seed: 99)
        let alphabet: [UInt8] = [34, 34, 39, 59, 44, 9, 13, 10, 10, 0x61, 0x62, 0xC3, 0xA6, 0xF8, 0xFF, 0xFE, 0x80, 0x20, 0x00]
        for _ in 0..<400 {
            let count = Int.random(in: 0...600, using: &generator)
            let bytes = (0..<count).map { _ in alphabet.randomElement(using: &generator)! }
            var results: [String] = []
            for chunk in [64, 100, 1 << 16] {
                var options = CSVReadOptions()
                options.chunkBytes = chunk
                do {
                    let result = try CSVTest.read(bytes, options: options)
                    results.append("\(result.rows) \(result.summary)")
                } catch let error as CSVError {
                    results.append("error \(error)")
                }
            }
            #expect(Set(results).count == 1, "same outcome for every chunk size")
        }
    }

    @Test("a missing or unreadable file is an I/O error that names it")
    func missingFile() {
        #expect {
            _ = try CSVReader(path: "/nonexistent/folder/fil.csv")
        } throws: { error in
            guard let error = error as? CSVError, case .io(let io) = error.kind else { return false }
            return io.file == "/nonexistent/folder/fil.csv" && error.description.contains("/nonexistent/folder/fil.csv")
        }
    }
}
