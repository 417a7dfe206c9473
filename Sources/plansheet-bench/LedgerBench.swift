import BenchData
import Spreadsheet

/// `ledger OUT.xlsx|OUT.csv --first-year YYYY [--rows N]`: writes the import benchmark's accounting extract
/// (``LedgerSheet``, 200,000 posting lines by default) for `plansheet import` and
/// `plansheet dump` to read.
enum LedgerBench {
    static func run(path: String, start: Double, rows: Int, firstYear: Int) throws -> String {
        let header = LedgerSheet.header.map { CellValue.string($0) }
        func values(_ line: LedgerSheet.Line) -> [CellValue] {
            [
                .integer(Int64(line.voucher)), .string(line.date), .integer(Int64(line.account)),
                .integer(Int64(line.area)), .string(line.activity), .integer(Int64(line.year)), .integer(Int64(line.amount)),
            ]
        }
        if path.lowercased().hasSuffix(".csv") {
            let writer = try CSVWriter(path: path)
            do {
                try writer.write(header)
                for index in 0..<rows { try writer.write(values(LedgerSheet.line(index, firstYear: firstYear))) }
                try writer.finish()
            } catch {
                writer.abandon()
                throw error
            }
        } else {
            let writer = try XLSXWriter(path: path)
            let sheet = try writer.addSheet("Posteringer")
            try sheet.appendRow(values: header)
            for index in 0..<rows { try sheet.appendRow(values: values(LedgerSheet.line(index, firstYear: firstYear))) }
            try writer.close()
        }
        let seconds = BenchClock.now() - start
        return "{\"tool\": \"plansheet-bench ledger\", \"out\": \(quoted(path)), \"rows\": \(rows), \"t_work\": \(format6(seconds))}"
    }
}
