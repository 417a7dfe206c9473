import Foundation
import Testing

@testable import Spreadsheet

/// Nothing lost: a file read into the model and written again reads back as exactly the
/// same model (every value with its type, every formula, format, merged range and sheet),
/// and amounts never pass through floating point on the way.
///
/// The writer suites check model → file → model with random grids, comparing integers and
/// doubles loosely; here the comparison is exact (an integer must come back as that integer,
/// a double as that double), and the direction is file → model → file → model.
@Suite("Hostile input: round trips keep every value")
struct HostileRoundTripTests {
    /// Integers at the edges of 64 bits and of exact doubles.
    static let edgeIntegers: [Int64] = [
        .max, .max - 1, .max - 7, .min, .min + 1, 1 << 53, (1 << 53) + 1, -(1 << 53) - 1,
        999_999_999_999_999_999, 1_490_000, -1_490_000, 0, 9_223_372_036_854_775_000,
    ]

    /// Whole doubles between 2^53 and 2^63, where the shortest digits of a double can end in
    /// zeros that are not its value (9.223372036854774e16 is 92233720368547744).
    static let wholeDoublesPast53Bits: [Double] = {
        var generator = SeededGenerator(seed: 53)
        var values: [Double] = [92_233_720_368_547_744, -92_233_720_368_547_744, 9_007_199_254_740_994, 1e17, 4.5e18]
        for _ in 0..<200 {
            let exponent = Double(Int.random(in: 53...62, using: &generator))
            let value = (Double.random(in: 1..<2, using: &generator) * pow(2, exponent)).rounded()
            values.append(Bool.random(using: &generator) ? value : -value)
        }
        return values
    }()

    /// Exact equality, except that a NaN equals a NaN.
    static func same(_ a: [Row], _ b: [Row]) -> Bool {
        guard a.count == b.count else { return false }
        for (x, y) in zip(a, b) {
            guard x.index == y.index, x.cells.count == y.cells.count else { return false }
            for (p, q) in zip(x.cells, y.cells) {
                if case .number(let u) = p.value, case .number(let v) = q.value, u.isNaN && v.isNaN,
                    p.column == q.column, p.formula == q.formula, p.numberFormat == q.numberFormat
                {
                    continue
                }
                guard p == q else { return false }
            }
        }
        return true
    }

    /// `rows` with every whole `.number` below 2^63 as the `.integer` of exactly its value.
    static func wholeDoublesAsIntegers(_ rows: [Row]) -> [Row] {
        rows.map { row in
            Row(
                index: row.index,
                cells: row.cells.map { cell in
                    guard case .number(let value) = cell.value, let exact = Int64(exactly: value) else { return cell }
                    return Cell(column: cell.column, value: .integer(exact), formula: cell.formula, numberFormat: cell.numberFormat)
                })
        }
    }

    static func firstDifference(_ a: [Row], _ b: [Row]) -> String {
        if a.count != b.count { return "\(a.count) rows, then \(b.count)" }
        for (x, y) in zip(a, b) where !same([x], [y]) { return "row \(x.index): \(x.cells) then \(y.index): \(y.cells)" }
        return "none"
    }

    static func csvRead(_ bytes: [UInt8], _ dialect: CSVDialect) throws -> [Row] {
        var options = CSVReadOptions(dialect: dialect)
        options.typeNumbers = true
        var rows: [Row] = []
        try CSVReader(bytes: bytes, options: options).forEachRow { rows.append($0) }
        return rows
    }

    static func xlsxRoundTrip(_ grids: [SheetGrid], options: XLSXWriterOptions = XLSXWriterOptions()) throws -> XLSXWorkbook {
        let folder = try TemporaryFolder()
        let path = folder.file("runde.xlsx")
        try XLSXWriter.write(grids: grids, to: path, options: options)
        return try XLSXWorkbook(bytes: Array(try Data(contentsOf: URL(fileURLWithPath: path))))
    }

    // MARK: - Amounts stay integers

    @Test("Int64 values at the edges survive CSV exactly, as integers, in both presets")
    func csvEdgeIntegers() throws {
        for options in [CSVWriteOptions.danishExcel, .rfc4180] {
            let rows = HostileRoundTripTests.edgeIntegers.enumerated().map { index, value in
                Row(index: index, cells: [Cell(column: 0, value: .string("beløb \(index)")), Cell(column: 1, value: .integer(value))])
            }
            let back = try HostileRoundTripTests.csvRead(try CSVWriter.encode(rows, options: options), options.dialect)
            #expect(back == rows, "\(options.dialect)")
        }
    }

    @Test("Int64 values at the edges survive XLSX exactly, as integers, with shared and inline strings", arguments: [true, false])
    func xlsxEdgeIntegers(sharedStrings: Bool) throws {
        let rows = HostileRoundTripTests.edgeIntegers.enumerated().map { index, value in
            Row(index: index, cells: [Cell(column: 0, value: .string("beløb \(index)")), Cell(column: 1, value: .integer(value))])
        }
        let workbook = try HostileRoundTripTests.xlsxRoundTrip(
            [SheetGrid(name: "Beløb", rows: rows)], options: XLSXWriterOptions(sharedStrings: sharedStrings))
        #expect(try workbook.readSheet(at: 0).rows.map { $0.cells.map(\.value) } == rows.map { $0.cells.map(\.value) })
    }

    /// Found by fuzz/csv.swift: 92233720368547744.0 was written `92233720368547740` (its
    /// shortest digits) and read back as the integer 92233720368547740.
    @Test("whole doubles between 2^53 and 2^63 come back from CSV with exactly their value")
    func csvWholeDoublesPast53Bits() throws {
        for options in [CSVWriteOptions.danishExcel, .rfc4180] {
            let rows = HostileRoundTripTests.wholeDoublesPast53Bits.enumerated().map { index, value in
                Row(index: index, cells: [Cell(column: 0, value: .number(value))])
            }
            let back = try HostileRoundTripTests.csvRead(try CSVWriter.encode(rows, options: options), options.dialect)
            #expect(back.count == rows.count)
            for (written, read) in zip(rows, back) {
                guard case .number(let value) = written.cells[0].value else { continue }
                // A whole number reads back as an integer (as 5.0 does), with exactly the double's value.
                #expect(read.cells.map(\.value) == [.integer(Int64(exactly: value)!)], "\(value)")
            }
        }
        #expect(
            try CSVWriter.encode(
                [Row(index: 0, cells: [Cell(column: 0, value: .number(92_233_720_368_547_744))])],
                options: .rfc4180) == Array("92233720368547744\r\n".utf8))
    }

    @Test("whole doubles between 2^53 and 2^63 come back from XLSX with exactly their value")
    func xlsxWholeDoublesPast53Bits() throws {
        let rows = HostileRoundTripTests.wholeDoublesPast53Bits.enumerated().map { index, value in
            Row(index: index, cells: [Cell(column: 0, value: .number(value))])
        }
        let back = try HostileRoundTripTests.xlsxRoundTrip([SheetGrid(name: "Tal", rows: rows)]).readSheet(at: 0).rows
        #expect(back.count == rows.count)
        for (written, read) in zip(rows, back) {
            guard case .number(let value) = written.cells[0].value else { continue }
            let exact: Bool
            switch read.cells.first?.value {
            case .number(let got)?: exact = got == value
            case .integer(let got)?: exact = Int64(exactly: value) == got
            default: exact = false
            }
            #expect(exact, "\(value) came back as \(String(describing: read.cells.first?.value))")
        }
    }

    // MARK: - File → model → file

    /// Random CSV text as people and programs write it: quoted and unquoted fields, doubled
    /// quotes, line breaks in quotes, decimal commas, codes with leading zeros, huge and tiny
    /// numbers, text that looks like formulas, ragged and blank rows.
    static func randomCSV(_ generator: inout SeededGenerator, delimiter: Character) -> String {
        let pieces = [
            "Tilskud", "Aktivitet", "æøå ÆØÅ", "1490000", "-5000", "1,5", "0,25", "12,5E3", "007", "0800",
            "9223372036854775807", "-9223372036854775808", "92233720368547758070", "1e999", "NaN", "=SUM(A1)",
            "'=x", "+45 1234", "40 t.kr.", "1.490.000", "2013-12-31", "TRUE", "#DIV/0!", " ", "", "sep=;",
        ]
        var lines: [String] = []
        for _ in 0..<Int.random(in: 1...30, using: &generator) {
            var fields: [String] = []
            for _ in 0..<Int.random(in: 0...6, using: &generator) {
                var field = pieces.randomElement(using: &generator)!
                switch Int.random(in: 0..<6, using: &generator) {
                case 0: field = "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
                case 1: field = "\"\(field)\r\n\(field) \"\"citat\"\"\""
                case 2: field = "\"\(field)\(delimiter)\(field)\""
                default: break
                }
                fields.append(field)
            }
            lines.append(fields.joined(separator: String(delimiter)))
        }
        return lines.joined(separator: Bool.random(using: &generator) ? "\r\n" : "\n") + "\r\n"
    }

    @Test("CSV → model → CSV → model: the same rows and types; writing again gives the same bytes", arguments: 0..<4)
    func csvFileModelFile(seed: Int) throws {
        var generator = SeededGenerator(seed: 700 + UInt64(seed))
        let presets: [CSVWriteOptions] = [.danishExcel, .rfc4180]
        for iteration in 0..<150 {
            let delimiter: Character = Bool.random(using: &generator) ? ";" : ","
            let text = HostileRoundTripTests.randomCSV(&generator, delimiter: delimiter)
            let decimal: CSVDecimalSeparator = delimiter == ";" ? .comma : .point
            let source = CSVDialect(delimiter: Unicode.Scalar(String(delimiter))!, decimalSeparator: decimal)
            let first = try HostileRoundTripTests.csvRead(Array(text.utf8), source)
            var write = presets[iteration % 2]
            write.formulaGuard = false
            write.decimalSeparator = decimal
            let written = try CSVWriter.encode(first, options: write)
            let second = try HostileRoundTripTests.csvRead(written, write.dialect)
            // The only change allowed: a whole double (`12,5E3`) is written `12500` and comes back
            // as the integer with exactly its value. After that the model is a fixed point.
            let expected = HostileRoundTripTests.wholeDoublesAsIntegers(first)
            #expect(
                HostileRoundTripTests.same(expected, second), "seed \(seed) #\(iteration): \(HostileRoundTripTests.firstDifference(expected, second))\n\(text)")
            let again = try CSVWriter.encode(second, options: write)
            #expect(again == written, "seed \(seed) #\(iteration)")
            #expect(HostileRoundTripTests.same(try HostileRoundTripTests.csvRead(again, write.dialect), second), "seed \(seed) #\(iteration)")
        }
    }

    /// Every sheet of a workbook, read into grids.
    static func grids(_ workbook: XLSXWorkbook) throws -> [SheetGrid] {
        try workbook.sheets.filter { $0.kind == .worksheet }.map { try workbook.readSheet(at: $0.index) }
    }

    /// The rows as a file holds them: an empty text without a formula is no cell (the writer
    /// stores none, as Excel does), and a cell without a number format is in `General`.
    static func stored(_ rows: [Row]) -> [Row] {
        rows.compactMap { row in
            let cells = row.cells.compactMap { cell -> Cell? in
                if cell.formula == nil, cell.value == .string("") || cell.value == .empty { return nil }
                var copy = cell
                if copy.numberFormat == nil { copy.numberFormat = "General" }
                return copy
            }
            return cells.isEmpty ? nil : Row(index: row.index, cells: cells)
        }
    }

    static func compare(_ first: [SheetGrid], _ second: [SheetGrid]) -> [String] {
        guard first.map(\.name) == second.map(\.name) else { return ["sheets \(second.map(\.name)), expected \(first.map(\.name))"] }
        var problems: [String] = []
        for (original, again) in zip(first, second) {
            // A merge of a single cell merges nothing; the writer leaves it out.
            let merges = original.mergedRanges.filter { $0.start != $0.end }
            let a = SheetGrid(name: original.name, rows: stored(original.rows), mergedRanges: merges)
            let b = SheetGrid(name: again.name, rows: stored(again.rows), mergedRanges: again.mergedRanges)
            if !same(a.rows, b.rows) {
                var cells: [String: Cell] = [:]
                for row in b.rows { for cell in row.cells { cells[cell.address(inRow: row.index).a1] = cell } }
                for row in a.rows {
                    for cell in row.cells {
                        let place = cell.address(inRow: row.index).a1
                        let other = cells.removeValue(forKey: place)
                        if other != cell { problems.append("'\(a.name)'!\(place): \(String(describing: other)), expected \(cell)") }
                    }
                }
                problems += cells.keys.sorted().map { "'\(a.name)'!\($0): unexpected \(cells[$0]!)" }
            }
            if Set(a.mergedRanges) != Set(b.mergedRanges) {
                problems.append("'\(a.name)': merged ranges \(b.mergedRanges.map(\.a1)), expected \(a.mergedRanges.map(\.a1))")
            }
        }
        return problems
    }

    @Test(
        "XLSX → model → XLSX → model with random grids: exactly the same sheets, cells, types, formulas, formats and merges",
        arguments: [(true, DateSystem.date1900), (false, .date1904)])
    func xlsxFileModelFile(sharedStrings: Bool, dateSystem: DateSystem) throws {
        for seed: UInt64 in [1, 2, 3, 20131] {
            var generator = RandomGridGenerator(seed: seed, workbookDateSystem: dateSystem)
            let options = XLSXWriterOptions(sharedStrings: sharedStrings, dateSystem: dateSystem)
            let file = try HostileRoundTripTests.xlsxRoundTrip(generator.grids(), options: options)
            let first = try HostileRoundTripTests.grids(file)
            let second = try HostileRoundTripTests.grids(try HostileRoundTripTests.xlsxRoundTrip(first, options: options))
            let problems = HostileRoundTripTests.compare(first, second)
            #expect(problems.isEmpty, "seed \(seed): \(problems.prefix(10).joined(separator: "\n"))")
            #expect(first.reduce(0) { $0 + $1.rows.count } > 0)
        }
    }

    /// Found by the corpus round trip: four corpus workbooks declare `formatCode=""`; the reader
    /// handed the empty code on and the writer refused it, so they could not be converted.
    @Test("an empty number format code reads as General, so the workbook can be written again")
    func emptyFormatCode() throws {
        let styles = """
            <styleSheet xmlns="\(WorkbookFixture.main)"><numFmts count="2"><numFmt numFmtId="0" formatCode=""/>\
            <numFmt numFmtId="160" formatCode=""/></numFmts><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="160"/></cellXfs></styleSheet>
            """
        let grid = try WorkbookFixture(rows: "<row r=\"1\"><c r=\"A1\" s=\"1\"><v>5</v></c><c r=\"B1\" s=\"0\"><v>6</v></c></row>", styles: styles).grid()
        #expect(grid.rows[0].cells.map(\.numberFormat) == ["General", "General"])
        let again = try HostileRoundTripTests.xlsxRoundTrip([grid]).readSheet(at: 0)
        #expect(again.rows.map { $0.cells.map(\.value) } == [[.integer(5), .integer(6)]])
    }

    @Test(
        "every workbook of the shared corpus: read, written, read again gives the same sheets and cells",
        .enabled(if: SharedCorpus.shouldRun, SharedCorpus.missingMessage))
    func corpusFileModelFile() throws {
        #expect(!SharedCorpus.workbookNames.isEmpty, "no workbooks in \(SharedCorpus.xlsxFolder.path)")
        var compared = 0
        var unreadable: [String] = []
        for name in SharedCorpus.workbookNames {
            let path = SharedCorpus.xlsxFolder.appendingPathComponent(name).path
            let workbook: XLSXWorkbook
            let first: [SheetGrid]
            do {
                workbook = try XLSXWorkbook(path: path)
                first = try HostileRoundTripTests.grids(workbook)
            } catch {
                unreadable.append("\(name): \(error)")
                continue
            }
            let options = XLSXWriterOptions(dateSystem: workbook.dateSystem)
            let second: [SheetGrid]
            do {
                second = try HostileRoundTripTests.grids(try HostileRoundTripTests.xlsxRoundTrip(first, options: options))
            } catch {
                Issue.record("\(name): \(error)")
                continue
            }
            // A whole double (`<v>5.0</v>`) is written `5` and comes back as the integer with exactly its value.
            let expected = first.map { SheetGrid(name: $0.name, rows: HostileRoundTripTests.wholeDoublesAsIntegers($0.rows), mergedRanges: $0.mergedRanges) }
            let problems = HostileRoundTripTests.compare(expected, second)
            #expect(problems.isEmpty, "\(name): \(problems.count) differences\n\(problems.prefix(8).joined(separator: "\n"))")
            compared += 1
        }
        print("HOSTILE unreadable \(unreadable.count):\n" + unreadable.joined(separator: "\n"))
        #expect(compared == SharedCorpus.workbookNames.count)
    }
}
