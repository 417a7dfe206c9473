import Spreadsheet

/// `read FILE.xlsx`: every cell of the first sheet into typed values.
enum XLSXReadBench {
    static func run(path: String, start: Double, options: XLSXReadOptions) throws -> String {
        let workbook = try XLSXWorkbook(path: path, options: options)
        guard !workbook.sheets.isEmpty else { throw BenchFailure("the workbook has no sheets") }
        var tally = ValueTally()
        try workbook.forEachRow(inSheet: 0) { row in
            tally.rows += 1
            for cell in row.cells { tally.add(cell.value) }
        }
        return tally.json(tool: "plansheet XLSXWorkbook.forEachRow", file: path, seconds: BenchClock.now() - start)
    }
}
