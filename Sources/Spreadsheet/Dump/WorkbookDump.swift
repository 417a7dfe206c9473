/// The canonical JSON dump of a workbook's cached cell values: the format of the
/// shared corpus's oracle (`corpus/oracle.py`), so that a reader's result can be
/// compared with it cell by cell.
///
/// ```json
/// {"date1904":false,"sheets":[
/// {"name":"Sheet1","state":"visible","kind":"worksheet","cells":[
/// ["A1","s","Name"],
/// ["B1","n",42],
/// ["F1","d","2020-01-31T13:45:00",43861.572916666664]
/// ]}
/// ]}
/// ```
///
/// Every sheet is listed in workbook order; only worksheets have cells. A cell
/// appears only when it holds a value (formulas contribute their cached value);
/// types are `s` string, `n` number, `b` boolean, `e` error, `d` date/time with its serial.
public enum WorkbookDump {
    /// The dump of `workbook` as JSON text (UTF-8, one cell per line).
    public static func json(of workbook: XLSXWorkbook) throws(XLSXError) -> String {
        String(decoding: try jsonBytes(of: workbook), as: UTF8.self)
    }

    /// The dump of `workbook` as UTF-8 bytes.
    public static func jsonBytes(of workbook: XLSXWorkbook) throws(XLSXError) -> [UInt8] {
        var all: [UInt8] = []
        try write(workbook) { all.append(contentsOf: $0) }
        return all
    }

    /// Writes the dump of `workbook` to `sink` in pieces of about 64 KiB, so that
    /// a dump larger than memory (12,000 cells sharing one 1 MB string make 12 GB
    /// of JSON) can go straight to a file or a pipe.
    public static func write(
        _ workbook: XLSXWorkbook, to sink: (UnsafeRawBufferPointer) -> Void
    ) throws(XLSXError) {
        var out: [UInt8] = []
        out.reserveCapacity(1 << 17)
        func flushIfFull() {
            if out.count >= 1 << 16 {
                out.withUnsafeBytes(sink)
                out.removeAll(keepingCapacity: true)
            }
        }
        JSONText.append("{\"date1904\":\(workbook.dateSystem == .date1904 ? "true" : "false"),\"sheets\":[\n", to: &out)
        for sheet in workbook.sheets {
            if sheet.index > 0 { JSONText.append(",\n", to: &out) }
            JSONText.append("{\"name\":", to: &out)
            JSONText.appendString(sheet.name, to: &out)
            JSONText.append(",\"state\":", to: &out)
            JSONText.appendString(sheet.state.rawValue, to: &out)
            JSONText.append(",\"kind\":", to: &out)
            JSONText.appendString(sheet.kind.description, to: &out)
            JSONText.append(",\"cells\":[", to: &out)
            if sheet.kind == .worksheet {
                // The grid is small even when the text is not: cells share their strings.
                let grid = try workbook.readSheet(at: sheet.index)
                var first = true
                for row in grid.rows {
                    for cell in row.cells {
                        guard !cell.value.isEmpty else { continue }
                        JSONText.append(first ? "\n" : ",\n", to: &out)
                        first = false
                        appendCell(cell, row: row.index, to: &out)
                        flushIfFull()
                    }
                }
                if !first { JSONText.append("\n", to: &out) }
            }
            JSONText.append("]}", to: &out)
        }
        JSONText.append("\n]}\n", to: &out)
        out.withUnsafeBytes(sink)
    }

    /// One cell: `["A1","n",42]`.
    static func appendCell(_ cell: Cell, row: Int, to out: inout [UInt8]) {
        out.append(0x5B)
        JSONText.appendString(CellAddress(row: row, column: cell.column).a1, to: &out)
        switch cell.value {
        case .empty:
            break
        case .string(let text):
            JSONText.append(",\"s\",", to: &out)
            JSONText.appendString(text, to: &out)
        case .integer(let value):
            JSONText.append(",\"n\",", to: &out)
            JSONText.append(PythonFloatText.canonical(value), to: &out)
        case .number(let value):
            JSONText.append(",\"n\",", to: &out)
            if value.isFinite {
                JSONText.append(PythonFloatText.canonical(value), to: &out)
            } else {
                JSONText.appendString(PythonFloatText.repr(value), to: &out)
            }
        case .bool(let value):
            JSONText.append(value ? ",\"b\",true" : ",\"b\",false", to: &out)
        case .error(let text):
            JSONText.append(",\"e\",", to: &out)
            JSONText.appendString(text, to: &out)
        case .date(let date):
            JSONText.append(",\"d\",", to: &out)
            JSONText.appendString(isoText(date), to: &out)
            JSONText.append(",", to: &out)
            JSONText.append(PythonFloatText.canonical(date.serial), to: &out)
        }
        out.append(0x5D)
    }

    /// ISO text of a date serial, rounded to the millisecond the oracle's way:
    /// whole days first, then the day's fraction rounded half-to-even. Serials
    /// outside Excel's range (only `t="d"` cells give those) count on in the
    /// proleptic Gregorian calendar.
    static func isoText(_ date: SpreadsheetDate) -> String {
        guard date.serial.isFinite else { return String(date.serial) }
        var days = date.serial.rounded(.down)
        var ms = ((date.serial - days) * 86_400_000).rounded(.toNearestOrEven)
        if ms >= 86_400_000 {
            days += 1
            ms -= 86_400_000
        }
        guard abs(days) < 4e6 else { return String(date.serial) }
        let day = Int(days)
        let (y, m, d): (Int, Int, Int)
        switch date.system {
        case .date1900 where day == 60:
            (y, m, d) = (1900, 2, 29)  // Excel's phantom leap day
        case .date1900:
            let base = SpreadsheetDate.daysFromCivil(year: 1899, month: 12, day: day < 60 ? 31 : 30)
            (y, m, d) = SpreadsheetDate.civilFromDays(base + day)
        case .date1904:
            (y, m, d) = SpreadsheetDate.civilFromDays(SpreadsheetDate.daysFromCivil(year: 1904, month: 1, day: 1) + day)
        }
        let msInt = Int(ms)
        return DateTimeComponents(
            year: y, month: m, day: d, hour: msInt / 3_600_000, minute: (msInt / 60_000) % 60,
            second: (msInt / 1000) % 60, millisecond: msInt % 1000
        ).iso8601
    }
}
