import BenchData
import Testing

@Suite("Ledger sheet for the import benchmark")
struct LedgerSheetTests {
    @Test("Lines are a pure function of their index: whole hundreds 100–9.000, four years, every activity")
    func lines() {
        let lines = (0..<1_000).map { LedgerSheet.line($0, firstYear: 2020) }
        #expect(lines == (0..<1_000).map { LedgerSheet.line($0, firstYear: 2020) })
        #expect(lines.allSatisfy { (100...9_000).contains($0.amount) && $0.amount % 100 == 0 })
        #expect(Set(lines.map(\.year)) == Set(2020..<2024))
        #expect(Set(lines.map(\.activity)) == Set(LedgerSheet.activities.map(\.name)))
        #expect(lines.allSatisfy { $0.date.hasPrefix("\($0.year)-") && $0.date.count == 10 })
        #expect(Set(lines.map(\.voucher)).count == lines.count)
    }
}
