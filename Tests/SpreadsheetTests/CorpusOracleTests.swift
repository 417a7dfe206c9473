import Foundation
import Testing

@testable import Spreadsheet

/// Every workbook of the shared corpus, dumped by ``WorkbookDump``, matches its
/// oracle dump cell by cell under `compare.py`'s default rules.
@Suite("Corpus: oracle dumps", .enabled(if: SharedCorpus.shouldRun, SharedCorpus.missingMessage))
struct CorpusOracleTests {
    @Test("the shared corpus is present (required under CI)")
    func corpusPresent() {
        #expect(SharedCorpus.isAvailable, "shared corpus missing at \(SharedCorpus.corpus.path)")
        #expect(SharedCorpus.workbookNames.count >= 100)
    }

    @Test("workbook matches its oracle dump", arguments: SharedCorpus.workbookNames)
    func matchesOracle(name: String) throws {
        let path = SharedCorpus.xlsxFolder.appendingPathComponent(name).path
        let workbook = try XLSXWorkbook(path: path)
        let ours = Data(try WorkbookDump.jsonBytes(of: workbook))
        let oracle = try Data(contentsOf: URL(fileURLWithPath: path + ".json"))
        let result = try OracleComparison.compare(oracle: oracle, ours: ours)
        #expect(result.mismatches.isEmpty, "\(name): \(result.mismatches.prefix(10).joined(separator: "\n"))")
    }

    @Test("streamed rows and the grid agree on every corpus worksheet", arguments: SharedCorpus.workbookNames)
    func streamingMatchesGrid(name: String) throws {
        let workbook = try XLSXWorkbook(path: SharedCorpus.xlsxFolder.appendingPathComponent(name).path)
        for sheet in workbook.sheets where sheet.kind == .worksheet {
            var streamed: [Row] = []
            try workbook.forEachRow(inSheet: sheet.index) { streamed.append($0) }
            let grid = try workbook.readSheet(at: sheet.index)
            #expect(XLSXWorkbook.normalized(streamed) == grid.rows, "\(name) / \(sheet.name)")
        }
    }
}
