import Foundation
import Testing

@testable import Spreadsheet

@Suite("CSV writer")
struct CSVWriterTests {
    static func text(_ values: [[CellValue]], _ options: CSVWriteOptions) throws -> String {
        let rows = values.enumerated().map { index, values in
            Row(
                index: index,
                cells: values.enumerated().compactMap { column, value in
                    value.isEmpty ? nil : Cell(column: column, value: value)
                })
        }
        return String(decoding: try CSVWriter.encode(rows, options: options), as: UTF8.self)
    }

    static let date = SpreadsheetDate(DateTimeComponents(year: 2013, month: 1, day: 31))

    @Test("the Danish Excel preset: ; BOM CRLF decimal comma")
    func danishPreset() throws {
        let text = try CSVWriterTests.text(
            [
                [.string("Aktivitet"), .string("Beløb"), .string("Andel"), .string("Dato"), .string("Aktiv")],
                [.string("Kursus; ny"), .integer(40000), .number(0.25), .date(CSVWriterTests.date), .bool(true)],
            ], .danishExcel)
        #expect(text == "\u{FEFF}Aktivitet;Beløb;Andel;Dato;Aktiv\r\n\"Kursus; ny\";40000;0,25;2013-01-31;TRUE\r\n")
    }

    @Test("the RFC 4180 preset: , no BOM CRLF decimal point")
    func rfcPreset() throws {
        let text = try CSVWriterTests.text(
            [
                [.string("Aktivitet"), .string("Beløb"), .string("Andel")],
                [.string("Kursus, ny"), .integer(-40000), .number(1234.5)],
            ], .rfc4180)
        #expect(text == "Aktivitet,Beløb,Andel\r\n\"Kursus, ny\",-40000,1234.5\r\n")
    }

    @Test(
        "numbers: shortest round-trip digits, plain from 1e-7 up to below 1e21",
        arguments: [
            (0.1, "0,1"), (1234.5, "1234,5"), (-0.25, "-0,25"), (5.0, "5"), (1e20, "100000000000000000000"), (1e21, "1E+21"),
            (1e22, "1E+22"), (1.5e25, "1,5E+25"), (1e-7, "0,0000001"), (1e-8, "1E-08"), (-2.5e-10, "-2,5E-10"),
            (0.30000000000000004, "0,30000000000000004"), (Double.infinity, "#NUM!"), (Double.nan, "#NUM!"),
            (123456789.125, "123456789,125"), (0.0, "0"),
        ])
    func numbers(_ value: Double, _ expected: String) throws {
        let text = try CSVWriterTests.text([[.number(value)]], .danishExcel)
        #expect(text == "\u{FEFF}" + expected + "\r\n")
    }

    @Test("every finite double reads back bit for bit, with either decimal separator")
    func numberRoundTrip() {
        var generator = SeededGenerator(seed: 11)
        for _ in 0..<20_000 {
            var value = Double(bitPattern: generator.next())
            if !value.isFinite { continue }
            if Bool.random(using: &generator) { value = Double.random(in: -1e9...1e9, using: &generator) }
            for separator in CSVDecimalSeparator.allCases {
                let options = separator == .comma ? CSVWriteOptions.danishExcel : .rfc4180
                var bytes: [UInt8] = []
                CSVEncoder(options: options).encodeField(.number(value), into: &bytes)
                let text = String(decoding: bytes, as: UTF8.self)
                let back = CSVFieldTyping.value(of: text, decimalSeparator: separator)
                switch back {
                case .number(let read): #expect(read.bitPattern == value.bitPattern || (read == 0 && value == 0), "\(value) as \(text)")
                case .integer(let read): #expect(Double(read) == value, "\(value) as \(text)")
                default: Issue.record("\(value) written as \(text) did not read back as a number")
                }
            }
        }
    }

    @Test("dates, booleans and errors")
    func otherValues() throws {
        let time = SpreadsheetDate(DateTimeComponents(year: 2013, month: 1, day: 31, hour: 13, minute: 45, second: 0, millisecond: 250))
        let text = try CSVWriterTests.text([[.date(CSVWriterTests.date), .date(time), .bool(false), .error("#DIV/0!")]], .rfc4180)
        #expect(text == "2013-01-31,2013-01-31T13:45:00.250,FALSE,#DIV/0!\r\n")
        var danishWords = CSVWriteOptions.danishExcel
        danishWords.trueText = "SAND"
        danishWords.falseText = "FALSK"
        #expect(try CSVWriterTests.text([[.bool(true), .bool(false)]], danishWords) == "\u{FEFF}SAND;FALSK\r\n")
    }

    @Test("the formula guard quotes and prefixes text that starts like a formula; numbers are untouched")
    func formulaGuard() throws {
        let values: [CellValue] = [
            .string("=SUM(A1:A3)"), .string("+45 12 34 56"), .string("-5"), .string("@konto"), .string("\tx"), .string("\rx"),
            .string("'=x"), .string("'tekst"), .integer(-5), .number(-0.5), .string("a=b"),
        ]
        let text = try CSVWriterTests.text([values], .rfc4180)
        #expect(text == "\"'=SUM(A1:A3)\",\"'+45 12 34 56\",\"'-5\",\"'@konto\",\"'\tx\",\"'\rx\",\"''=x\",'tekst,-5,-0.5,a=b\r\n")
        var off = CSVWriteOptions.rfc4180
        off.formulaGuard = false
        #expect(try CSVWriterTests.text([[.string("=SUM(A1)"), .string("-5")]], off) == "=SUM(A1),-5\r\n")
    }

    @Test("reading back: the guard's apostrophe stays unless stripsFormulaGuard removes exactly it")
    func guardReadBack() throws {
        let originals = ["=SUM(A1)", "-5", "'=x", "''+y", "'tekst", "@a", "almindelig"]
        let bytes = try CSVWriter.encode([Row(index: 0, cells: originals.enumerated().map { Cell(column: $0, value: .string($1)) })], options: .rfc4180)
        var options = CSVReadOptions(dialect: CSVWriteOptions.rfc4180.dialect)
        let plain = try CSVTest.read(bytes, options: options).rows
        #expect(plain == [["'=SUM(A1)", "'-5", "''=x", "'''+y", "'tekst", "'@a", "almindelig"]])
        options.stripsFormulaGuard = true
        #expect(try CSVTest.read(bytes, options: options).rows == [originals])
        #expect(originals.allSatisfy { CSVFormulaGuard.unguarded(CSVFormulaGuard.guarded($0)) == $0 })
    }

    @Test("quoting: quotes, line breaks and delimiters are quoted; .all quotes everything")
    func quoting() throws {
        let values: [CellValue] = [.string("sagde \"hej\""), .string("to\nlinjer"), .string("a;b"), .empty, .integer(1)]
        #expect(try CSVWriterTests.text([values], .danishExcel) == "\u{FEFF}\"sagde \"\"hej\"\"\";\"to\nlinjer\";\"a;b\";;1\r\n")
        var all = CSVWriteOptions.danishExcel
        all.quoting = .all
        #expect(try CSVWriterTests.text([values], all) == "\u{FEFF}\"sagde \"\"hej\"\"\";\"to\nlinjer\";\"a;b\";\"\";\"1\"\r\n")
        var commaDecimal = CSVWriteOptions.rfc4180
        commaDecimal.decimalSeparator = .comma
        #expect(try CSVWriterTests.text([[.number(1.5), .integer(2)]], commaDecimal) == "\"1,5\",2\r\n")
        var dash = CSVWriteOptions.rfc4180
        dash.delimiter = "-"
        #expect(try CSVWriterTests.text([[.integer(-5), .date(CSVWriterTests.date), .integer(7)]], dash) == "\"-5\"-\"2013-01-31\"-7\r\n")
    }

    @Test("rows are written at their index; a gap is empty lines; going back is an error")
    func rowIndices() throws {
        let rows = [Row(index: 0, cells: [Cell(column: 1, value: .string("b"))]), Row(index: 3, cells: [Cell(column: 0, value: .integer(1))])]
        let text = String(decoding: try CSVWriter.encode(rows, options: .rfc4180), as: UTF8.self)
        #expect(text == ",b\r\n\r\n\r\n1\r\n")
        let back = try CSVTest.read(Array(text.utf8), options: CSVReadOptions(dialect: CSVWriteOptions.rfc4180.dialect))
        #expect(back.rows == [["", "b"], [], [], ["1"]])
        #expect(throws: CSVError.self) {
            try CSVWriter.encode([Row(index: 2, cells: []), Row(index: 1, cells: [])], options: .rfc4180)
        }
    }

    @Test("a first field that reads sep= is quoted, so it stays data")
    func separatorLineProtection() throws {
        let bytes = try CSVWriter.encode(
            [Row(index: 0, cells: [Cell(column: 0, value: .string("sep=;"))]), Row(index: 1, cells: [Cell(column: 0, value: .string("x"))])], options: .rfc4180)
        #expect(String(decoding: bytes, as: UTF8.self) == "\"sep=;\"\r\nx\r\n")
        #expect(try CSVTest.read(bytes).rows == [["sep=;"], ["x"]])
    }

    @Test("writing a file replaces it atomically and keeps its permissions")
    func writesFile() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("plan.csv", Array("gammel\n".utf8))
        try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: path)
        var grid = SheetGrid(name: "plan")
        grid.rows = [
            Row(index: 0, cells: [Cell(column: 0, value: .string("Aktivitet")), Cell(column: 2, value: .string("Beløb"))]),
            Row(index: 1, cells: [Cell(column: 0, value: .string("Kursus")), Cell(column: 2, value: .integer(40000))]),
        ]
        try CSVWriter.write(grid, to: path, options: .danishExcel)
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        #expect(String(decoding: bytes, as: UTF8.self) == "\u{FEFF}Aktivitet;;Beløb\r\nKursus;;40000\r\n")
        #expect(try folder.contents() == ["plan.csv"], "no temporary file is left behind")
        let permissions = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
        #expect(permissions == 0o640)
        let back = try CSVReader(path: path).readGrid()
        #expect(back.name == "plan")
        #expect(back["C2"] == .string("40000"))
    }

    @Test("an abandoned or failed write leaves the old file untouched")
    func abandonedWrite() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("plan.csv", Array("gammel\n".utf8))
        let writer = try CSVWriter(path: path)
        try writer.write(fields: ["ny"])
        writer.abandon()
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "gammel\n")
        #expect(try folder.contents() == ["plan.csv"])
        #expect(throws: CSVError.self) {
            try CSVWriter.write([Row(index: 1, cells: []), Row(index: 0, cells: [])], to: path)
        }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "gammel\n")
        #expect(try folder.contents() == ["plan.csv"])
    }

    @Test("writing into a folder that does not exist is an I/O error naming the file")
    func missingFolder() {
        #expect {
            try CSVWriter.write([Row](), to: "/nonexistent/folder/plan.csv")
        } throws: { error in
            guard let error = error as? CSVError, case .io(let io) = error.kind else { return false }
            return io.operation == .create && error.description.contains("/nonexistent/folder/plan.csv")
        }
    }
}
