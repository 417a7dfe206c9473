import Testing

@testable import PlanModel

@Suite("Crime targets")
struct CrimeTargetTests {
    /// The seed's table: offence, baseline 2012, targets at -10/-15/-20/-25 %.
    static let seedTable: [(String, Int, [Int])] = [
        ("Indbrud", 154, [139, 131, 123, 116]), ("Tyverier", 462, [416, 393, 370, 347]),
        ("Vold/Trusler", 65, [59, 55, 52, 49]), ("Hærværk", 73, [66, 62, 58, 55]),
        ("Narkotika", 20, [18, 17, 16, 15]), ("Chikane", 32, [29, 27, 26, 24]),
    ]

    @Test("baseline × (1 − reduction) rounded half up gives every target of the seed")
    func seedTargets() {
        for (_, baseline, counts) in Self.seedTable {
            let computed = [10, 15, 20, 25].map { CrimeTarget.expectedCount(baseline: baseline, reduction: $0) }
            #expect(computed == counts.map(Optional.some))
        }
    }

    @Test("halves round up", arguments: [(154, 25, 116), (65, 10, 59), (73, 15, 62), (1, 50, 1), (3, 50, 2), (0, 10, 0)])
    func halfUp(baseline: Int, reduction: Int, expected: Int) {
        #expect(CrimeTarget.expectedCount(baseline: baseline, reduction: reduction) == expected)
    }

    @Test("extreme input gives nil instead of trapping")
    func overflow() {
        #expect(CrimeTarget.expectedCount(baseline: .max, reduction: 10) == nil)
        #expect(CrimeTarget.expectedCount(baseline: 10, reduction: .min) == nil)
        // Reductions above 100 % give negative targets, still rounded half up.
        #expect(CrimeTarget.expectedCount(baseline: 10, reduction: 115) == -1)
    }
}
