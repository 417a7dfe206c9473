import Foundation
import Testing

@testable import PlanModel

@Suite("Fraction")
struct FractionTests {
    let third = Fraction(1, 3)

    @Test("compares shares exactly: 340.000 of 1.000.000 meets 1/3, 333.333 does not")
    func meetsMinimum() {
        #expect(third.isMet(by: 340_000, of: 1_000_000))
        #expect(third.isMet(by: 333_334, of: 1_000_000))
        #expect(!third.isMet(by: 333_333, of: 1_000_000))
        #expect(third.isMet(by: 0, of: 0))
    }

    @Test("compares without overflow at the edges of Int64")
    func noOverflow() {
        let almostAll = Fraction(Int64.max - 1, Int64.max)
        #expect(almostAll.isMet(by: Kroner(.max), of: Kroner(.max)))
        #expect(!almostAll.isMet(by: Kroner(.max - 2), of: Kroner(.max)))
    }

    @Test("gives the smallest whole amount that meets the share, rounded up")
    func minimumPart() {
        #expect(third.minimumPart(of: 1_000_000) == 333_334)
        #expect(third.minimumPart(of: 999_999) == 333_333)
        #expect(Fraction(2, 3).minimumPart(of: Kroner(.max)) == nil)
    }

    @Test("codes as numerator and denominator; a zero denominator is refused")
    func coding() throws {
        let data = try JSONEncoder().encode(third)
        let back = try JSONDecoder().decode(Fraction.self, from: data)
        #expect(back == third)
        #expect(third.description == "1/3")
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(Fraction.self, from: Data(#"{"numerator":1,"denominator":0}"#.utf8))
        }
        #expect(Fraction(numerator: 1, denominator: 0) == nil)
    }
}
