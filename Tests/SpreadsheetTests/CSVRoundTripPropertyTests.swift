import Testing

@testable import Spreadsheet

/// Write random rows, read them back: the same rows come out.
///
/// What "the same" means, precisely:
/// - empty strings and empty cells are not stored, so they compare as absent;
/// - with ``CSVReadOptions/stripsFormulaGuard`` the text is exactly the original; without
///   it, text the guard protected reads with its leading `'` (``CSVFormulaGuard/guarded(_:)``);
/// - integers read back as the same integers, numbers as the same double (an integral
///   double such as 5.0 is written `5` and reads back as the integer 5);
/// - row indices are kept, blank rows included.
@Suite("CSV round trip (property tests)")
struct CSVRoundTripPropertyTests {
    static let presets: [(String, CSVWriteOptions)] = {
        var tab = CSVWriteOptions.rfc4180
        tab.delimiter = "\t"
        tab.lineEnding = .lf
        var pipeAll = CSVWriteOptions.danishExcel
        pipeAll.delimiter = "|"
        pipeAll.quoting = .all
        pipeAll.lineEnding = .cr
        return [("danishExcel", .danishExcel), ("rfc4180", .rfc4180), ("tab LF", tab), ("pipe, quote all, CR", pipeAll)]
    }()

    static let pieces: [String] = [
        "a", "Z", "7", " ", "æ", "ø", "å", "Æ", "Ø", "Å", "é", "ß", "€", "👍🏽", "🇩🇰", "漢", "\u{301}",
        "\"", "'", ",", ";", "|", "\t", "\n", "\r\n", "\r", "=", "+", "-", "@", "sep=", "\"\"", "kr.", "1.500", "0,5",
    ]

    static func randomText(_ generator: inout SeededGenerator) -> String {
        let length = Int.random(in: 0...12, using: &generator)
        var text = ""
        for _ in 0..<length { text += pieces.randomElement(using: &generator)! }
        return text
    }

    static func randomRows(_ generator: inout SeededGenerator, numbers: Bool, width: Int? = nil) -> [Row] {
        var rows: [Row] = []
        var index = 0
        for _ in 0..<Int.random(in: 1...25, using: &generator) {
            if width == nil && Int.random(in: 0..<10, using: &generator) == 0 { index += 1 }  // leave a gap
            var cells: [Cell] = []
            for column in 0..<(width ?? Int.random(in: 1...7, using: &generator)) {
                let value: CellValue
                switch Int.random(in: 0..<10, using: &generator) {
                case 0: value = .empty
                case 1 where numbers: value = .integer(Int64.random(in: Int64.min...Int64.max, using: &generator))
                case 2 where numbers: value = .number(Double.random(in: -1e12...1e12, using: &generator))
                default: value = .string(randomText(&generator))
                }
                if !value.isEmpty { cells.append(Cell(column: column, value: value)) }
            }
            rows.append(Row(index: index, cells: cells))
            index += 1
        }
        return rows
    }

    /// The rows as a reader should return them: sparse, no empty strings, guarded text optionally prefixed.
    static func expected(_ rows: [Row], guarded: Bool) -> [Row] {
        guard let last = rows.last else { return [] }
        var byIndex: [Int: Row] = [:]
        for row in rows { byIndex[row.index] = row }
        return (0...last.index).map { index in
            let cells = (byIndex[index]?.cells ?? []).compactMap { cell -> Cell? in
                switch cell.value {
                case .string(let text):
                    if text.isEmpty { return nil }
                    return Cell(column: cell.column, value: .string(guarded ? CSVFormulaGuard.guarded(text) : text))
                default:
                    return cell
                }
            }
            return Row(index: index, cells: cells)
        }
    }

    static func readAll(_ bytes: [UInt8], _ options: CSVReadOptions) throws -> [Row] {
        var rows: [Row] = []
        try CSVReader(bytes: bytes, options: options).forEachRow { rows.append($0) }
        return rows
    }

    static func sameNumbers(_ a: [Row], _ b: [Row]) -> Bool {
        guard a.count == b.count else { return false }
        for (x, y) in zip(a, b) {
            guard x.index == y.index, x.cells.count == y.cells.count else { return false }
            for (p, q) in zip(x.cells, y.cells) {
                guard p.column == q.column else { return false }
                switch (p.value, q.value) {
                case (.number(let u), .number(let v)): if u != v { return false }
                case (.number(let u), .integer(let v)), (.integer(let v), .number(let u)): if u != Double(v) { return false }
                default: if p.value != q.value { return false }
                }
            }
        }
        return true
    }

    @Test("random text survives write then read, with the writer's dialect", arguments: 0..<4)
    func textRoundTrip(_ presetIndex: Int) throws {
        let (name, options) = CSVRoundTripPropertyTests.presets[presetIndex]
        var generator = SeededGenerator(seed: 1000 + UInt64(presetIndex))
        for iteration in 0..<400 {
            let rows = CSVRoundTripPropertyTests.randomRows(&generator, numbers: false)
            let bytes = try CSVWriter.encode(rows, options: options)
            var read = CSVReadOptions(dialect: options.dialect)
            read.stripsFormulaGuard = true
            let stripped = try CSVRoundTripPropertyTests.readAll(bytes, read)
            #expect(stripped == CSVRoundTripPropertyTests.expected(rows, guarded: false), "\(name) #\(iteration)")
            read.stripsFormulaGuard = false
            let kept = try CSVRoundTripPropertyTests.readAll(bytes, read)
            #expect(kept == CSVRoundTripPropertyTests.expected(rows, guarded: true), "\(name) #\(iteration)")
        }
    }

    @Test("numbers survive write then typed read", arguments: 0..<4)
    func numberRoundTrip(_ presetIndex: Int) throws {
        let (name, options) = CSVRoundTripPropertyTests.presets[presetIndex]
        var generator = SeededGenerator(seed: 2000 + UInt64(presetIndex))
        for iteration in 0..<300 {
            let rows = CSVRoundTripPropertyTests.randomRows(&generator, numbers: true)
            let bytes = try CSVWriter.encode(rows, options: options)
            var read = CSVReadOptions(dialect: options.dialect)
            read.stripsFormulaGuard = true
            read.typeNumbers = true
            let back = try CSVRoundTripPropertyTests.readAll(bytes, read)
            // Text that happens to look like a number reads as one, unless the formula guard
            // marked it as text (`-5` is written `'-5` and stays the text "-5").
            let expected = CSVRoundTripPropertyTests.expected(rows, guarded: false).map { row in
                Row(
                    index: row.index,
                    cells: row.cells.map { cell in
                        guard case .string(let text) = cell.value, !CSVFormulaGuard.needsGuard(text) else { return cell }
                        return Cell(column: cell.column, value: CSVFieldTyping.value(of: text, decimalSeparator: options.decimalSeparator))
                    })
            }
            #expect(CSVRoundTripPropertyTests.sameNumbers(back, expected), "\(name) #\(iteration)")
        }
    }

    @Test("with detection: a written file is read back right without telling the reader anything", arguments: 0..<4)
    func detectedRoundTrip(_ presetIndex: Int) throws {
        let (name, options) = CSVRoundTripPropertyTests.presets[presetIndex]
        var generator = SeededGenerator(seed: 3000 + UInt64(presetIndex))
        for iteration in 0..<150 {
            let width = Int.random(in: 2...6, using: &generator)
            let header = Row(index: 0, cells: (0..<width).map { Cell(column: $0, value: .string("Kolonne \($0 + 1)")) })
            let body = CSVRoundTripPropertyTests.randomRows(&generator, numbers: false, width: width).map {
                Row(index: $0.index + 1, cells: $0.cells)
            }
            let rows = [header] + body
            let folder = try TemporaryFolder()
            let path = folder.file("runde.csv")
            let writer = try CSVWriter(path: path, options: options)
            for row in rows { try writer.write(row, minimumFieldCount: width) }
            try writer.finish()
            var read = CSVReadOptions()
            read.stripsFormulaGuard = true
            let reader = try CSVReader(path: path, options: read)
            #expect(reader.dialect.delimiter == options.delimiter, "\(name) #\(iteration)")
            #expect(reader.dialect.byteOrderMark == options.byteOrderMark, "\(name) #\(iteration)")
            var back: [Row] = []
            let summary = try reader.forEachRow { back.append($0) }
            #expect(back == CSVRoundTripPropertyTests.expected(rows, guarded: false), "\(name) #\(iteration)")
            #expect(summary.raggedRowCount == 0)
        }
    }
}
