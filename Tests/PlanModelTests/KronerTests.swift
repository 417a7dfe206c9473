import Foundation
import Testing

@testable import PlanModel

@Suite("Kroner")
struct KronerTests {
    @Test(
        "groups thousands the Danish and the English way",
        arguments: [
            (Int64(0), "0", "0"), (7, "7", "7"), (999, "999", "999"), (1000, "1.000", "1,000"),
            (40_000, "40.000", "40,000"), (1_490_000, "1.490.000", "1,490,000"), (-510_000, "-510.000", "-510,000"),
            (Int64.min, "-9.223.372.036.854.775.808", "-9,223,372,036,854,775,808"),
        ])
    func formatting(value: Int64, danish: String, english: String) {
        let amount = Kroner(value)
        #expect(amount.formatted(.danish) == danish)
        #expect(amount.formatted(.english) == english)
        #expect(amount.description == danish)
    }

    @Test("phrases for sentences carry the currency")
    func phrases() {
        let amount: Kroner = 2_000_000
        #expect(amount.phrase(.danish) == "2.000.000 kr.")
        #expect(amount.phrase(.english) == "DKK 2,000,000")
    }

    @Test("arithmetic and order are those of whole kroner")
    func arithmetic() {
        var total: Kroner = 600_000
        total += 450_000
        total -= 50_000
        #expect(total == 1_000_000)
        #expect(Kroner(2_000_000) - total == Kroner(1_000_000))
        #expect(-total == Kroner(-1_000_000))
        #expect(Kroner(1) < Kroner(2))
        #expect(Kroner.sum([40_000, 220_000, 340_000]) == 600_000)
        #expect(Kroner.sum([Kroner]()) == .zero)
    }

    @Test("checked sums report overflow instead of trapping")
    func overflow() {
        #expect(Kroner(.max).adding(1) == nil)
        #expect(Kroner(.min).subtracting(1) == nil)
        #expect(Kroner.sum([Kroner(.max), 1]) == nil)
        #expect(Kroner(5).adding(6) == 11)
    }

    @Test("encodes as a JSON integer and refuses fractions and text")
    func coding() throws {
        let data = try JSONEncoder().encode([Kroner(1_490_000)])
        #expect(String(decoding: data, as: UTF8.self) == "[1490000]")
        #expect(try JSONDecoder().decode([Kroner].self, from: Data("[40000]".utf8)) == [40_000])
        #expect(throws: DecodingError.self) { try JSONDecoder().decode([Kroner].self, from: Data("[40000.5]".utf8)) }
        #expect(throws: DecodingError.self) { try JSONDecoder().decode([Kroner].self, from: Data("[\"40.000\"]".utf8)) }
    }
}
