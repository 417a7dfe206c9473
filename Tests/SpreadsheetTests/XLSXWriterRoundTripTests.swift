import Foundation
import Testing

@testable import Spreadsheet

/// Property tests: random sheets written and read back give every value and type back.
@Suite("XLSX writer round trip", .serialized)
struct XLSXWriterRoundTripTests {
    static let reader = WriterRoundTripReader.current

    static var readerAvailable: Bool { reader.unavailableReason == nil || TestEnvironment.isCI }

    struct Mode: CustomTestStringConvertible, Sendable {
        var label: String
        var sharedStrings: Bool
        var cellReferences: XLSXWriterOptions.CellReferences
        var dateSystem: DateSystem
        var testDescription: String { label }
    }

    static let modes: [Mode] = [
        Mode(label: "shared strings, 1900", sharedStrings: true, cellReferences: .always, dateSystem: .date1900),
        Mode(label: "inline strings, omitted references, 1904", sharedStrings: false, cellReferences: .whenNeeded, dateSystem: .date1904),
        Mode(label: "shared strings, omitted references, 1904", sharedStrings: true, cellReferences: .whenNeeded, dateSystem: .date1904),
        Mode(label: "inline strings, 1900", sharedStrings: false, cellReferences: .always, dateSystem: .date1900),
    ]

    static let seeds: [UInt64] = [20131, 424_242, 1, 2, 3, 5, 8, 13, 21, 34, 55, 89]

    @Test(
        "random grids read back with every value, type, formula and format",
        .enabled(if: readerAvailable, "the read-back side (\(reader.name)) is not available: \(reader.unavailableReason ?? "")"),
        arguments: modes, seeds)
    func randomGrids(mode: Mode, seed: UInt64) throws {
        try roundTrip(mode: mode, seed: seed, reader: Self.reader)
    }

    @Test(
        "openpyxl, an independent reader, reads the same random grids back",
        .enabled(if: WriterTestSupport.hasOpenpyxl || TestEnvironment.isCI, "python3 with openpyxl is not installed"),
        arguments: modes)
    func randomGridsWithOpenpyxl(mode: Mode) throws {
        try roundTrip(mode: mode, seed: 20131, reader: OpenpyxlReadBack())
    }

    private func roundTrip(mode: Mode, seed: UInt64, reader: any WorkbookReadBack) throws {
        if let reason = reader.unavailableReason {
            Issue.record("CI=true but \(reason)")
            return
        }
        let folder = try WriterTestSupport.makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var generator = RandomGridGenerator(seed: seed &+ UInt64(mode.label.utf8.count), workbookDateSystem: mode.dateSystem)
        let grids = generator.grids()
        let path = folder.appendingPathComponent("random.xlsx").path
        let options = XLSXWriterOptions(
            sharedStrings: mode.sharedStrings, dateSystem: mode.dateSystem,
            cellReferences: mode.cellReferences, spillThreshold: 8 * 1024)
        try XLSXWriter.write(grids: grids, to: path, options: options)
        let readBack = try reader.read(path)
        let problems = RoundTripComparison.differences(
            written: grids, workbookDateSystem: mode.dateSystem,
            readBack: readBack, dateTolerance: reader.dateTolerance)
        #expect(problems.isEmpty, "\(reader.name), seed \(seed), \(mode.label), \(problems.count) differences:\n\(problems.prefix(20).joined(separator: "\n"))")
        let cellCount = grids.reduce(0) { $0 + $1.rows.reduce(0) { $0 + $1.cells.count } }
        #expect(cellCount > 0)
    }

    @Test("the random grids of the round-trip test cover every hard case")
    func generatorCoverage() {
        var kinds: Set<String> = []
        for mode in Self.modes {
            for seed in Self.seeds {
                var generator = RandomGridGenerator(seed: seed &+ UInt64(mode.label.utf8.count), workbookDateSystem: mode.dateSystem)
                kinds.formUnion(RandomGridGenerator.coverage(of: generator.grids()))
            }
        }
        let wanted: Set<String> = [
            "merge", "formula", "integer", "huge integer", "number", "string", "text at limit", "control",
            "literal escape", "astral", "edge space", "empty text", "bool", "error", "date 1900",
            "date 1904", "empty formula result",
        ]
        #expect(wanted.subtracting(kinds).isEmpty, "not covered: \(wanted.subtracting(kinds).sorted())")
    }

    @Test(
        "texts at the limit, escapes and control characters survive exactly",
        .enabled(if: readerAvailable, "the read-back side (\(reader.name)) is not available: \(reader.unavailableReason ?? "")"))
    func hardTexts() throws {
        if let reason = Self.reader.unavailableReason {
            Issue.record("CI=true but \(reason)")
            return
        }
        let folder = try WriterTestSupport.makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let texts = [
            " leading", "trailing ", " both ", "\ttab first", "line\nbreak", "cr\rlone", "crlf\r\n", "\u{0}nul", "bell\u{7}",
            "_x0041_", "_x005F_x0041_", "_X00ff_", "__x0041__", "_x004_", "_xZZZZ_", "\u{FFFE}\u{FFFF}", "a&b<c>d\"e'f",
            "æøå ÆØÅ", "🚓👮‍♀️🇩🇰", String(repeating: "x", count: XLSXFormatLimits.maxTextLength),
            String(repeating: "🚓", count: XLSXFormatLimits.maxTextLength / 2) + "a",
        ]
        let rows = texts.enumerated().map { Row(index: $0.offset, cells: [Cell(column: 0, value: .string($0.element))]) }
        let grid = SheetGrid(name: "Tekster", rows: rows)
        var readers: [any WorkbookReadBack] = [Self.reader]
        if WriterTestSupport.hasOpenpyxl { readers.append(OpenpyxlReadBack()) }
        for shared in [true, false] {
            let path = folder.appendingPathComponent("texts-\(shared).xlsx").path
            try XLSXWriter.write(grids: [grid], to: path, options: XLSXWriterOptions(sharedStrings: shared))
            for reader in readers {
                let readBack = try reader.read(path)
                let problems = RoundTripComparison.differences(
                    written: [grid], workbookDateSystem: .date1900,
                    readBack: readBack, dateTolerance: reader.dateTolerance)
                #expect(problems.isEmpty, "\(reader.name), shared strings \(shared):\n\(problems.joined(separator: "\n"))")
            }
        }
    }
}
