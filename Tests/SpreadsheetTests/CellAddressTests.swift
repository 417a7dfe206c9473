import Testing

@testable import Spreadsheet

@Suite("Cell addresses")
struct CellAddressTests {
    @Test(
        "A1 references parse and print",
        arguments: [
            ("A1", 0, 0), ("B7", 6, 1), ("Z1", 0, 25), ("AA10", 9, 26), ("$AB$3", 2, 27), ("XFD1048576", 1_048_575, 16_383),
        ])
    func parsesA1(text: String, row: Int, column: Int) {
        let address = CellAddress(text)
        #expect(address == CellAddress(row: row, column: column))
        #expect(address?.a1 == String(text.filter { $0 != "$" }))
    }

    @Test("invalid references are refused", arguments: ["", "A", "1", "A0", "XFE1", "A1048577", "1A", "A-1"])
    func refusesInvalid(text: String) {
        #expect(CellAddress(text) == nil)
    }

    @Test("ranges normalise their corners")
    func ranges() {
        let range = CellRange("D4:A1")
        #expect(range?.a1 == "A1:D4")
        #expect(range?.rowCount == 4)
        #expect(range?.contains(CellAddress(row: 2, column: 2)) == true)
    }
}
