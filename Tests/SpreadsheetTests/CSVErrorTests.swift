import Testing

@testable import Spreadsheet

@Suite("CSV reader: errors and limits")
struct CSVErrorTests {
    static func error(_ bytes: [UInt8], _ options: CSVReadOptions = CSVReaderTests.forced) -> CSVError? {
        do {
            _ = try CSVTest.read(bytes, options: options)
            return nil
        } catch let error as CSVError {
            return error
        } catch {
            return nil
        }
    }

    @Test("an unterminated quote is reported where it opens, in characters", arguments: CSVTestEncoding.allCases)
    func unterminatedQuote(_ encoding: CSVTestEncoding) throws {
        let encoded = encoding.encode("a;b\næø;\"åbner her\nog slutter aldrig;x\n")
        let bytes = try #require(encoded)
        let found = CSVErrorTests.error(bytes)
        let error = try #require(found)
        #expect(error.kind == .unterminatedQuote)
        #expect(error.line == 2)
        #expect(error.column == 4)
        #expect(error.description.contains("line 2, column 4"))
        #expect(error.danishDescription.contains("linje 2, kolonne 4"))
    }

    @Test("a 50 MB line with a quote that never closes ends in an error within the limit")
    func hugeUnclosedQuote() throws {
        let folder = try TemporaryFolder()
        var bytes = Array("Navn;Beløb\r\nJensen;\"".utf8)
        bytes += [UInt8](repeating: UInt8(ascii: "x"), count: 50 << 20)
        let path = try folder.write("stor.csv", bytes)
        var options = CSVReaderTests.forced
        options.maxRecordBytes = 1 << 20
        var error: CSVError?
        do {
            _ = try CSVReader(path: path, options: options).forEachRow { _ in }
        } catch let caught as CSVError {
            error = caught
        }
        let caught = try #require(error)
        #expect(caught.kind == .recordTooLarge(limit: 1 << 20, insideQuotes: true))
        #expect(caught.line == 2)
        #expect(caught.column == 8)
        #expect(caught.file == path)
        #expect(caught.description.contains("1 MiB"))

        // With the default 64 MiB limit the file ends first: an unterminated quote, same place.
        var defaults = CSVReaderTests.forced
        defaults.maxRecordBytes = CSVReadOptions().maxRecordBytes
        do {
            _ = try CSVReader(path: path, options: defaults).forEachRow { _ in }
            Issue.record("expected an error")
        } catch let caught as CSVError {
            #expect(caught.kind == .unterminatedQuote)
            #expect(caught.line == 2)
            #expect(caught.column == 8)
        }
    }

    @Test("the record limit also stops a long unquoted line, and the parser's buffer stays bounded")
    func longLine() throws {
        let bytes = Array("kort\n".utf8) + [UInt8](repeating: 65, count: 300_000) + Array("\nslut\n".utf8)
        let stream = CSVInputStream(origin: .memory(bytes), path: nil, skip: 0, transcoding: .none)
        let parser = CSVByteParser(stream: stream, delimiter: 59, quote: 34, maxRecordBytes: 100_000, maxFields: 10, chunkBytes: 4096)
        #expect(try parser.nextRecord())
        #expect {
            _ = try parser.nextRecord()
        } throws: { error in
            (error as? CSVError)?.kind == .recordTooLarge(limit: 100_000, insideQuotes: false) && (error as? CSVError)?.line == 2
        }
        #expect(parser.bufferCapacity <= 100_000 + 3 * 4096)
    }

    @Test("too many fields in a row")
    func tooManyFields() throws {
        var options = CSVReaderTests.forced
        options.maxFieldsPerRecord = 100
        let row = String(repeating: "ø;", count: 150)
        let found = CSVErrorTests.error(Array("a;b\n\(row)\n".utf8), options)
        let error = try #require(found)
        #expect(error.kind == .tooManyFields(limit: 100))
        #expect(error.line == 2)
    }

    @Test("bytes that are not UTF-8 in a file marked UTF-8 are an error naming line, column and cell")
    func invalidUTF8AfterBOM() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("Navn;By\nJensen;K".utf8) + [0xF8] + Array("ge\n".utf8)
        let found = CSVErrorTests.error(bytes)
        let error = try #require(found)
        #expect(error.kind == .invalidUTF8)
        #expect(error.line == 2)
        #expect(error.column == 8)
        #expect(error.cell == CellAddress("B2"))
    }

    @Test("an ASCII sample leaves the encoding open: a later Windows-1252 byte settles it")
    func lateWindows1252() throws {
        var text = "Navn;Beløb\n".replacingOccurrences(of: "ø", with: "o")
        for index in 0..<10000 { text += "Person \(index);\(index)\n" }
        let ascii = Array(text.utf8)
        let bytes = ascii + [0x53, 0xF8, 0x62, 0x6F, 0x72, 0x67] + Array(";1\n".utf8)  // "Søborg" in Windows-1252
        let reader = try CSVReader(bytes: bytes, options: CSVReaderTests.forced)
        #expect(reader.detection.encodingPending)
        #expect(reader.dialect.encoding == .utf8)
        var last = ""
        let summary = try reader.forEachRow { row in last = row[0].description }
        #expect(last == "Søborg")
        #expect(summary.dialect.encoding == .windows1252)
    }

    @Test("an ASCII sample followed by UTF-8 settles on UTF-8")
    func lateUTF8() throws {
        var text = ""
        for index in 0..<10000 { text += "Person \(index);\(index)\n" }
        text += "Søborg;1\n"
        let reader = try CSVReader(bytes: Array(text.utf8), options: CSVReaderTests.forced)
        #expect(reader.detection.encodingPending)
        var last = ""
        let summary = try reader.forEachRow { row in last = row[0].description }
        #expect(last == "Søborg")
        #expect(summary.dialect.encoding == .utf8)
    }

    @Test("UTF-8 seen in the sample and invalid bytes later: an error, not a silent guess")
    func mixedEncodings() throws {
        var text = "Navn;By\nSøren;Århus\n"
        for index in 0..<10000 { text += "Person \(index);\(index)\n" }
        let bytes = Array(text.utf8) + [0x53, 0xF8, 0x62, 0x6F, 0x72, 0x67] + Array(";1\n".utf8)
        let found = CSVErrorTests.error(bytes)
        let error = try #require(found)
        #expect(error.kind == .invalidUTF8)
        #expect(error.line == 10003)
        #expect(error.cell?.row == 10002)
    }

    @Test("unpaired UTF-16 surrogates become U+FFFD and are counted")
    func brokenUTF16() throws {
        var bytes: [UInt8] = [0xFF, 0xFE]
        for unit in Array("a\tb\n".utf16) + [0xD800] + Array("x\tc\n".utf16) {
            bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)]
        }
        let result = try CSVTest.read(bytes)
        #expect(result.rows == [["a", "b"], ["\u{FFFD}x", "c"]])
        #expect(result.summary.replacementCharacterCount == 1)
        #expect(result.dialect.delimiter == "\t")
    }

    @Test("options that cannot work are refused")
    func badOptions() {
        var options = CSVReadOptions()
        options.delimiter = "æ"
        #expect(throws: CSVError.self) { try CSVReader(bytes: [65], options: options) }
        options.delimiter = ";"
        options.quote = .character(";")
        #expect(throws: CSVError.self) { try CSVReader(bytes: [65], options: options) }
    }
}
