import Foundation
import Testing

@testable import Spreadsheet

/// Inputs the fuzzers (fuzz/, scripts/fuzz.sh) found crashing or misreading, kept as they
/// were found under `Fixtures/regressions/<target>/`, each with the outcome it must have now.
/// scripts/fuzz.sh also copies them into the fuzzers' corpora, so they are replayed there too.
///
/// A new find goes in the folder and in the table below; the first test fails until it is.
@Suite("Hostile input: fuzzer regressions")
struct HostileRegressionTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/regressions")

    static func files(_ target: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent(target).path)) ?? []
        return names.filter { !$0.hasPrefix(".") }.sorted()
    }

    static func bytes(_ target: String, _ name: String) throws -> [UInt8] {
        Array(try Data(contentsOf: folder.appendingPathComponent(target).appendingPathComponent(name)))
    }

    /// XLSX inputs: the error reading every sheet ends in (`nil`: all sheets read).
    static let xlsx: [String: XLSXError.Kind?] = [
        // WorksheetHandler.parseReference multiplied past Int.max on a long run of letters.
        "crash-cell-reference-letters-overflow.xlsx": .invalidCellReference
    ]

    /// CSV inputs: the number of rows read with detection (the fuzzer also compares 64-byte chunks).
    static let csv: [String: Int] = [
        // A row of more than 128 fields after the end of the input was reached split in two.
        "crash-wide-row-at-end-of-input.csv": 6
    ]

    /// Amount inputs (UTF-8 lines): a line that must parse, with its value in kroner.
    static let amount: [String: (line: String, kroner: Int64)] = [
        // Amounts of 19 digits (1.694.216.573 mia.) were produced but could not be read back as written.
        "crash-19-digit-amount-not-read-back.txt": ("1694216573dkkmia", 1_694_216_573_000_000_000)
    ]

    @Test("every regression input has its expected outcome listed")
    func everyInputListed() {
        #expect(Set(HostileRegressionTests.files("xlsx")) == Set(HostileRegressionTests.xlsx.keys))
        #expect(Set(HostileRegressionTests.files("csv")) == Set(HostileRegressionTests.csv.keys))
        #expect(Set(HostileRegressionTests.files("amount")) == Set(HostileRegressionTests.amount.keys))
    }

    /// `value` in Danish (`1.490.000,5`) or English (`1,490,000.5`) notation, or without grouping.
    static func formatted(_ value: ExactDecimal, group: String, decimal: String) -> String {
        var digits = Substring(value.description)
        let negative = digits.hasPrefix("-")
        if negative { digits = digits.dropFirst() }
        let parts = digits.split(separator: ".", omittingEmptySubsequences: false)
        let integer = Array(parts[0])
        var grouped = ""
        for (k, character) in integer.enumerated() {
            if k > 0 && (integer.count - k) % 3 == 0 { grouped += group }
            grouped.append(character)
        }
        return (negative ? "-" : "") + grouped + (parts.count > 1 ? decimal + parts[1] : "")
    }

    @Test("amount regression inputs: every amount read is read back the same when written again", arguments: HostileRegressionTests.files("amount"))
    func amountInput(name: String) throws {
        let text = String(decoding: try HostileRegressionTests.bytes("amount", name), as: UTF8.self)
        let expected = try #require(HostileRegressionTests.amount[name])
        #expect(try AmountParser.parse(expected.line).kroner == expected.kroner)
        var parsed = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            guard let amount = try? AmountParser.parse(line) else { continue }
            parsed += 1
            for (group, decimal, locale) in [(".", ",", AmountLocale.danish), (",", ".", .english), ("", ",", .danish), ("", ".", .english)] {
                let written = HostileRegressionTests.formatted(amount.value, group: group, decimal: decimal)
                #expect(try AmountParser.parse(written, locale: locale).value == amount.value, "'\(line)' written '\(written)'")
            }
        }
        #expect(parsed > 0)
    }

    @Test("XLSX regression inputs read to their expected outcome", arguments: HostileRegressionTests.files("xlsx"))
    func xlsxInput(name: String) throws {
        let bytes = try HostileRegressionTests.bytes("xlsx", name)
        var caught: XLSXError?
        do {
            let workbook = try XLSXWorkbook(bytes: bytes, options: XLSXReadOptions(verifiesChecksums: false))
            for sheet in workbook.sheets {
                let grid = try workbook.readSheet(at: sheet.index)
                var streamed: [Row] = []
                try workbook.forEachRow(inSheet: sheet.index) { streamed.append($0) }
                #expect(XLSXWorkbook.normalized(streamed) == grid.rows)
            }
        } catch let error as XLSXError {
            caught = error
        }
        let expected = HostileRegressionTests.xlsx[name] ?? nil
        #expect(caught?.kind == expected, "\(name): \(caught.map(String.init(describing:)) ?? "read without error")")
    }

    @Test("CSV regression inputs read to their expected rows, whatever the chunk size", arguments: HostileRegressionTests.files("csv"))
    func csvInput(name: String) throws {
        let bytes = try HostileRegressionTests.bytes("csv", name)
        func read(chunk: Int) throws -> ([Row], CSVReadSummary) {
            var options = CSVReadOptions()
            options.typeNumbers = true
            options.chunkBytes = chunk
            var rows: [Row] = []
            let summary = try CSVReader(bytes: bytes, options: options).forEachRow { rows.append($0) }
            return (rows, summary)
        }
        let (rows, summary) = try read(chunk: 64 << 10)
        #expect(rows.count == HostileRegressionTests.csv[name])
        #expect(rows.map(\.index) == Array(0..<rows.count))
        for chunk in [64, 100, 4096] {
            let (again, againSummary) = try read(chunk: chunk)
            #expect(again == rows, "chunk \(chunk)")
            #expect(againSummary == summary, "chunk \(chunk)")
        }
    }
}
