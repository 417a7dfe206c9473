import BenchData
import Spreadsheet

/// `write OUT.xlsx`: the harness's 200,000 × 10 sheet (``WideSheet``), generated row by row
/// while it is written, as the C peer does.
enum WriteBench {
    static func run(path: String, start: Double, options: XLSXWriterOptions, rows: Int) throws -> String {
        let writer = try XLSXWriter(path: path, options: options)
        let sheet = try writer.addSheet("Data")
        try sheet.appendRow(values: WideSheet.header.map { CellValue.string($0) })
        var wide: [WideValue] = []
        var values: [CellValue] = []
        values.reserveCapacity(WideSheet.columnCount)
        for row in 0..<rows {
            WideSheet.fill(&wide, row: row)
            values.removeAll(keepingCapacity: true)
            for value in wide { values.append(cellValue(value)) }
            try sheet.appendRow(values: values)
        }
        try writer.close()
        let seconds = BenchClock.now() - start
        let mode = options.sharedStrings ? "shared strings" : "constant memory"
        return "{\"tool\": \(quoted("plansheet XLSXWriter, \(mode), level \(options.compressionLevel)")), "
            + "\"out\": \(quoted(path)), \"rows\": \(rows), \"cpu_main\": \(format6(BenchClock.threadCPU())), "
            + "\"cpu_all\": \(format6(BenchClock.processCPU())), \"t_work\": \(format6(seconds))}"
    }

    @inline(__always)
    static func cellValue(_ value: WideValue) -> CellValue {
        switch value {
        case .empty: return .empty
        case .integer(let v): return .integer(v)
        case .number(let v): return .number(v)
        case .text(let text): return .string(text)
        case .date(let serial): return .date(SpreadsheetDate(serial: Double(serial), system: .date1900))
        case .boolean(let flag): return .bool(flag)
        }
    }
}
