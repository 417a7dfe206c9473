import Foundation
import Spreadsheet
import Testing

/// Over every workbook of the shared corpus (saved by Excel, LibreOffice and others, so the
/// saved values are the truth), the engine agrees with the saved value of at least 99.5 % of
/// the formulas it computes, and no function the engine promises is reported unsupported.
@Suite("Formula engine: corpus", .enabled(if: SharedCorpus.shouldRun, SharedCorpus.missingMessage))
struct FormulaCorpusTests {
    @Test("recalc --check agrees with the saved values on the corpus")
    func corpusAgreement() throws {
        #expect(SharedCorpus.isAvailable, "shared corpus missing at \(SharedCorpus.corpus.path)")
        var table = ["file | formulas | agrees | differs | computed | unsupported | volatile | cycle"]
        var totals: [FormulaCheckStatus: Int] = [:]
        var promisedButUnsupported: [String] = []
        let promised = Set(FormulaCorpusTests.promised)
        for name in SharedCorpus.workbookNames {
            let workbook = try XLSXWorkbook(path: SharedCorpus.xlsxFolder.appendingPathComponent(name).path)
            let check = FormulaCheck(try FormulaEngine(workbook: workbook).evaluate())
            guard !check.cells.isEmpty else { continue }
            let summary = check.summary
            for (status, count) in summary { totals[status, default: 0] += count }
            table.append("\(name) | \(check.cells.count) | " + FormulaCheckStatus.allCases.map { "\(summary[$0] ?? 0)" }.joined(separator: " | "))
            for cell in check.cells {
                if case .unsupported(let what) = cell.result.outcome, promised.contains(what) {
                    promisedButUnsupported.append("\(name) \(cell.result.sheetName)!\(cell.result.address.a1): \(what)")
                }
                if cell.status == .differs || cell.status == .cycle {
                    table.append(
                        "    \(cell.result.sheetName)!\(cell.result.address.a1) =\(cell.result.formula): saved \(cell.result.cached), "
                            + "\(cell.status.rawValue) \(cell.result.outcome.value.map { "\($0)" } ?? cell.detail ?? "")")
                }
            }
        }
        let compared = (totals[.agrees] ?? 0) + (totals[.differs] ?? 0) + (totals[.cycle] ?? 0)
        let agreement = compared == 0 ? 0 : Double(totals[.agrees] ?? 0) / Double(compared)
        table.append(
            "total | " + FormulaCheckStatus.allCases.map { "\(totals[$0] ?? 0) \($0.rawValue)" }.joined(separator: ", ")
                + " | agreement \(String(format: "%.2f", agreement * 100)) % of \(compared) compared")
        print(table.joined(separator: "\n"))
        #expect(compared > 1000)
        #expect(agreement >= 0.995, "agreement \(agreement) below 99.5 %")
        #expect(promisedButUnsupported.isEmpty, "\(promisedButUnsupported.prefix(20))")
    }

    /// The functions the issue lists.
    static let promised = """
        SUM SUMIF SUMIFS SUMPRODUCT SUBTOTAL COUNT COUNTA COUNTIF COUNTIFS AVERAGE MIN MAX ROUND ROUNDUP ROUNDDOWN \
        INT ABS MOD IF IFERROR AND OR NOT ISERROR ISERR ISNA ISBLANK ISNUMBER ISTEXT VLOOKUP HLOOKUP INDEX MATCH \
        XLOOKUP CONCATENATE CONCAT TEXTJOIN LEN LEFT RIGHT MID UPPER LOWER TRIM VALUE DATE YEAR MONTH DAY
        """.split(separator: " ").map(String.init)
}
