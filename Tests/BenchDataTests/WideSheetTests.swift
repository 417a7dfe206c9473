import BenchData
import Testing

/// The Swift port of the harness's data generator gives the values `benchdata.py` gives.
@Suite("WideSheet (benchmark data)")
struct WideSheetTests {
    /// Rows as `python3 -c "import benchdata as bd; cols = bd.wide_columns(200000); print([c[r] for c in cols])"`
    /// printed them (a fixture: values computed by the reference generator, not by this code).
    static let referenceRows: [(row: Int, values: [WideValue])] = [
        (
            0,
            [
                .integer(1), .integer(245_668), .number(-712_802.46), .text("energi-02"),
                .text("vandløb integration skole"), .date(serial: 42545), .boolean(false), .number(93495.54),
                .integer(229), .text("Økonomi"),
            ]
        ),
        (
            4,
            [
                .integer(5), .integer(400_418), .number(875_817.77), .text("uddannelse-01"),
                .text("vandløb bæredygtighed førskole"), .date(serial: 41354), .boolean(false), .number(98393.35),
                .empty, .text("Social"),
            ]
        ),
        (
            5,
            [
                .integer(6), .integer(346_669), .number(-468_682.4), .text("energi-44"),
                .text("skole kaldet \"gården\" økonomi"), .date(serial: 44529), .boolean(true), .number(3864.52),
                .empty, .text("Borgerservice"),
            ]
        ),
        (
            8,
            [
                .integer(9), .integer(848_255), .number(-429_544.11), .text("drift-38"),
                .text("børn & unge idræt æblehave"), .date(serial: 43095), .boolean(true), .empty, .empty,
                .text("Borgerservice"),
            ]
        ),
        (
            9,
            [
                .integer(10), .integer(-201_681), .number(27246.95), .text("porto-39"),
                .text("æblehave grønne områder kaldet \"gården\""), .date(serial: 43707), .boolean(true),
                .number(42526.22), .integer(262), .empty,
            ]
        ),
        (
            99,
            [
                .integer(100), .integer(-10986), .number(715_083.11), .text("tilskud-41"),
                .text("vandløb miljø æblehave"), .date(serial: 43080), .boolean(false), .number(24581.2),
                .integer(446), .text("IT"),
            ]
        ),
        (
            12345,
            [
                .integer(12346), .integer(-17478), .number(857_931.78), .text("drift-24"),
                .text("indsats ældrepleje klima"), .date(serial: 43495), .boolean(true), .number(72492.7),
                .integer(689), .text("Økonomi"),
            ]
        ),
        (
            199_999,
            [
                .integer(200_000), .integer(872_762), .number(439_145.88), .text("vedligehold-20"),
                .text("bibliotek bæredygtighed klima"), .date(serial: 44150), .boolean(false),
                .number(94087.71), .integer(514), .text("Børn og Unge"),
            ]
        ),
    ]

    @Test("splitmix64 matches the reference values")
    func splitmix() {
        #expect(SplitMix64.hash(0) == 16_294_208_416_658_607_535)
        #expect(SplitMix64.hash(1) == 10_451_216_379_200_822_465)
        #expect(SplitMix64.hash(16 * 199_999 + 9) == 13_461_245_646_554_651_835)
    }

    @Test("rows match the reference generator's", arguments: referenceRows.indices)
    func rows(_ index: Int) {
        let (row, expected) = WideSheetTests.referenceRows[index]
        var values: [WideValue] = []
        WideSheet.fill(&values, row: row)
        #expect(values == expected, "row \(row)")
        for column in 0..<WideSheet.columnCount {
            #expect(WideSheet.value(row: row, column: column) == expected[column])
        }
    }

    @Test("the whole sheet gives the manifest's checksums")
    func checksum() {
        // manifest.json of the harness: nonempty 1,930,082, numeric 940,107, numsum 29536481210.23;
        // benchdata.wide_expected: 200,000 dates and 200,000 booleans.
        let checksum = WideSheet.expectedChecksum()
        #expect(checksum.nonempty == 1_930_082)
        #expect(checksum.numeric == 940_107)
        #expect(checksum.cents == 2_953_648_121_023)
        #expect(checksum.dates == 200_000)
        #expect(checksum.booleans == 200_000)
    }

    @Test("texts: 1,000 distinct categories, 32 words, 12 departments")
    func texts() {
        #expect(WideTexts.pool.count == 1000 && Set(WideTexts.pool).count == 1000)
        #expect(WideTexts.pool[0] == "drift-00" && WideTexts.pool[999] == "øvrigt-49")
        #expect(WideTexts.words.count == 32 && Set(WideTexts.words).count == 32)
        #expect(WideTexts.departments.count == 12)
        #expect(WideSheet.header.count == WideSheet.columnCount)
    }
}
