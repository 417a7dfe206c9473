import Spreadsheet

/// `read FILE.csv`: every field of the file into typed values, in the dialect the reader
/// detects (`wide_semicolon.csv`: `;`, decimal comma, BOM, CRLF; its dd-mm-yyyy dates and
/// SAND/FALSK stay text, as in every CSV peer).
enum CSVReadBench {
    static func run(path: String, start: Double, rows: Bool) throws -> String {
        var options = CSVReadOptions()
        options.typeNumbers = true
        let reader = try CSVReader(path: path, options: options)
        var tally = ValueTally()
        if rows {
            // The convenient path: a `Row` of cells per record.
            try reader.forEachRow { row in
                tally.rows += 1
                for cell in row.cells { tally.add(cell.value) }
            }
        } else {
            // The fast path: fields of the record, typed one by one.
            try reader.forEachRecord { record in
                tally.rows += 1
                for field in 0..<record.count { tally.add(try record.value(at: field)) }
            }
        }
        let dialect = reader.dialect
        return tally.json(
            tool: rows ? "plansheet CSVReader.forEachRow" : "plansheet CSVReader.forEachRecord", file: path,
            seconds: BenchClock.now() - start,
            extra: [
                ("delimiter", quoted(String(dialect.delimiter))),
                ("decimal", quoted(String(describing: dialect.decimalSeparator))),
            ])
    }
}
