import BudgetRules
import Foundation
import PlanModel
import Spreadsheet
import Testing

@testable import PlanMapping

/// Long cell texts through detection, validation and import (issue 18): every step that
/// examines a cell's text is linear in its length, and header, label and unit words are
/// read only from a text's start. Work is counted (``TextWork``: the scalars the text
/// steps examine), never timed.
@Suite("Hostile input: long texts through validate and import")
struct HostileTextTests {
    /// The text steps' work while `body` runs.
    static func work(_ body: () throws -> Void) rethrows -> Int {
        let counter = TextWork()
        try TextWork.$current.withValue(counter) { try body() }
        return counter.scalars
    }

    /// A CSV file with `bytes`, removed after `body`.
    static func withFile<T>(_ bytes: [UInt8], suffix: String = "csv", _ body: (String) throws -> T) rethrows -> T {
        let path = NSTemporaryDirectory() + "plansheet-hostile-\(UUID().uuidString).\(suffix)"
        _ = FileManager.default.createFile(atPath: path, contents: Data(bytes))
        defer { try? FileManager.default.removeItem(atPath: path) }
        return try body(path)
    }

    /// Validates and imports the file at `path`; the import's problems and the check.
    @discardableResult
    static func validateAndImport(_ path: String) -> (SubmissionCheck, ImportResult) {
        let check = SubmissionValidator().check(paths: [path])
        let scanned = (try? FileScanner().scan(path: path)).map { [$0] } ?? []
        let result = PlanImporter().importPlan(from: scanned)
        // The reports are rendered too: the text renderer wraps and escapes every cell text.
        _ = check.report.text(language: .danish, width: 80, showMatches: true)
        _ = ImportSummary(result).text(language: .english, width: 80)
        return (check, result)
    }

    /// `count` pseudo-random lower-case letters and spaces (they do not deflate a
    /// thousandfold, which the zip-bomb guard would rightly refuse).
    static func letters(_ count: Int) -> String {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        var bytes = [UInt8](repeating: 0, count: count)
        for index in 0..<count {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let pick = UInt8(truncatingIfNeeded: state >> 59)  // 0...31
            bytes[index] = pick < 26 ? 97 + pick : 32
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Where a long text goes in a small budget sheet.
    enum Shape: String, CaseIterable, CustomTestStringConvertible {
        case activityName, headerCell, noteBelow, digitsBeforePercent, spacesThenWord, manyWords
        var testDescription: String { rawValue }

        func csv(_ n: Int) -> [UInt8] {
            let table = "Indsatsområde;Aktivitet;2013;2014\n1;Indbrud;100;200\n"
            let text: String
            switch self {
            case .activityName:
                text = String(repeating: "Tryg by ", count: n / 8)
                return Array("Indsatsområde;Aktivitet;2013;2014\n1;\"\(text)\";100;200\n1;Hærværk;1;2\n".utf8)
            case .headerCell:
                text = String(repeating: "Finansiering t.kr. ", count: n / 19)
                return Array("Indsatsområde;Aktivitet;2013;\"\(text)\"\n1;Indbrud;100;200\n".utf8)
            case .noteBelow:
                text = String(repeating: "Beløb er angivet i kroner ", count: n / 26)
                return Array((table + "\n\"\(text)\"\n").utf8)
            case .digitsBeforePercent:
                text = String(repeating: "1", count: n) + " %"
                return Array("Indsatsområde;Aktivitet;\(text);2014\n1;Indbrud;100;200\n1;\"\(text)\";1;2\n".utf8)
            case .spacesThenWord:
                text = String(repeating: " ", count: n) + "I alt"
                return Array((table + "1;\"\(text)\";100;200\n").utf8)
            case .manyWords:
                text = (0..<(n / 6)).map { "ord\($0 % 100)" }.joined(separator: " ")
                return Array((table + "\"\(text)\";\"\(text)\";\"\(text)\";4\n").utf8)
            }
        }
    }

    @Test(
        "doubling a cell text's length at most roughly doubles the work of validate and import",
        arguments: Shape.allCases)
    func workIsLinear(shape: Shape) throws {
        let n = 40_000
        let single = HostileTextTests.withFile(shape.csv(n)) { path in
            HostileTextTests.work { HostileTextTests.validateAndImport(path) }
        }
        let double = HostileTextTests.withFile(shape.csv(2 * n)) { path in
            HostileTextTests.work { HostileTextTests.validateAndImport(path) }
        }
        #expect(single > 0, "no text work was counted")
        #expect(Double(double) <= 2.2 * Double(single) + 10_000, "work \(single) for \(n) scalars, \(double) for \(2 * n)")
        // And the work is a small multiple of the text, not a power of it.
        #expect(double < 200 * n, "work \(double) for a text of \(2 * n) scalars")
    }

    @Test("a CSV with a 10 MB field is validated and imported, in work proportional to its length")
    func tenMegabyteCSVField() throws {
        let length = 10 << 20
        let text = String(repeating: "x", count: length)
        let bytes = Array("Indsatsområde;Aktivitet;2013;2014\n1;\"\(text)\";100;200\n1;Hærværk;1;2\n".utf8)
        try HostileTextTests.withFile(bytes) { path in
            var outcome: (SubmissionCheck, ImportResult)?
            let work = HostileTextTests.work { outcome = HostileTextTests.validateAndImport(path) }
            let (check, result) = try #require(outcome)
            #expect(check.unreadable.isEmpty)
            #expect(result.files.count == 1)
            #expect(work < 40 * length, "work \(work) for a 10 MB field")
        }
    }

    /// A sheet in memory holding `text` in an activity cell and in a header cell, as the
    /// reader returns a workbook's inline or shared string (the reader's own tests read
    /// those from 10 MB workbooks; the writer does not write cells over Excel's 32,767).
    static func sheet(holding text: String) throws -> ScannedFile {
        let grid = SheetGrid(
            name: "Ark1",
            rows: [
                Row(
                    index: 0,
                    cells: [
                        Cell(column: 0, value: .string("Indsatsområde")), Cell(column: 1, value: .string("Aktivitet")),
                        Cell(column: 2, value: .integer(2013)), Cell(column: 3, value: .string(text)),
                    ]),
                Row(
                    index: 1,
                    cells: [
                        Cell(column: 0, value: .integer(1)), Cell(column: 1, value: .string(text)),
                        Cell(column: 2, value: .integer(5)),
                    ]),
                Row(
                    index: 2,
                    cells: [
                        Cell(column: 0, value: .integer(1)), Cell(column: 1, value: .string("Hærværk")),
                        Cell(column: 2, value: .integer(6)),
                    ]),
            ])
        return try FileScanner().scan(SpreadsheetFile(path: "lang.xlsx", format: .xlsx, grids: [grid]))
    }

    @Test("a workbook's 10 MB cell (inline or shared, as read) is validated and imported")
    func tenMegabyteWorkbookCell() throws {
        let length = 10 << 20
        let text = HostileTextTests.letters(length)
        var result: ImportResult?
        let work = try HostileTextTests.work {
            let scanned = try HostileTextTests.sheet(holding: text)
            let check = SubmissionValidator().check([scanned])
            result = PlanImporter().importPlan(from: [scanned])
            _ = check.report.text(language: .english, width: 80)
        }
        #expect(result?.files.first?.tables.isEmpty == false)
        #expect(work < 40 * length, "work \(work) for a 10 MB cell")
    }

    @Test("a 2 MB text (a rich-text string of many runs, as read) is validated and imported")
    func richTextInMemory() throws {
        let text = String(repeating: "ab", count: 1_000_000)
        let work = try HostileTextTests.work {
            let scanned = try HostileTextTests.sheet(holding: text)
            _ = SubmissionValidator().check([scanned])
            _ = PlanImporter().importPlan(from: [scanned])
        }
        #expect(work < 40 * text.utf8.count)
    }

    @Test("a CSV whose first line has 1,000,000 fields is validated and imported")
    func millionFields() throws {
        let header = (0..<1_000_000).map { $0 % 3 == 0 ? "Aktivitet" : "2013" }.joined(separator: ";")
        let bytes = Array((header + "\nIndbrud;100\n").utf8)
        HostileTextTests.withFile(bytes) { path in
            let (check, result) = HostileTextTests.validateAndImport(path)
            #expect(check.files.count + check.unreadable.count == 1)
            #expect(result.files.count <= 1)
        }
    }
}
