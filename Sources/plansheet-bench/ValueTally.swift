import Spreadsheet

/// The checksum contract of the peer harness (`../shared/bench/README.md`): non-empty
/// cells, numeric cells (not booleans, not dates) and their sum, plus type counts.
struct ValueTally {
    var rows = 0
    var nonempty = 0
    var numeric = 0
    var strings = 0
    var booleans = 0
    var dates = 0
    var errors = 0
    /// Integers are summed exactly while they fit; doubles with Neumaier's compensation.
    private var integerSum: Int64 = 0
    private var integerOverflow = false
    private var sum = 0.0
    private var compensation = 0.0

    @inline(__always)
    mutating func add(_ value: CellValue) {
        switch value {
        case .empty: return
        case .integer(let v):
            numeric += 1
            let (total, overflow) = integerSum.addingReportingOverflow(v)
            if overflow {
                addDouble(Double(v))
                integerOverflow = true
            } else {
                integerSum = total
            }
        case .number(let v):
            numeric += 1
            addDouble(v)
        case .string(let text):
            if text.isEmpty { return }
            strings += 1
        case .bool: booleans += 1
        case .date: dates += 1
        case .error: errors += 1
        }
        nonempty += 1
    }

    @inline(__always)
    private mutating func addDouble(_ v: Double) {
        let t = sum + v
        if abs(sum) >= abs(v) { compensation += (sum - t) + v } else { compensation += (v - t) + sum }
        sum = t
    }

    var numericSum: Double { (sum + Double(integerSum)) + compensation }

    /// One JSON line, as `bench_driver.py` reads it.
    func json(tool: String, file: String, seconds: Double, extra: [(String, String)] = []) -> String {
        var fields: [(String, String)] = [
            ("tool", quoted(tool)), ("file", quoted(file)), ("rows", String(rows)),
            ("nonempty", String(nonempty)), ("numeric", String(numeric)),
            ("numsum", quoted(String(numericSum))), ("strings", String(strings)),
            ("bools", String(booleans)), ("dates", String(dates)), ("errors", String(errors)),
        ]
        fields += extra
        fields.append(("cpu_main", format6(BenchClock.threadCPU())))
        fields.append(("cpu_all", format6(BenchClock.processCPU())))
        fields.append(("t_work", format6(seconds)))
        return "{" + fields.map { "\"\($0.0)\": \($0.1)" }.joined(separator: ", ") + "}"
    }
}

/// A JSON string literal (the texts here are paths and tool names).
func quoted(_ text: String) -> String {
    var out = "\""
    for scalar in text.unicodeScalars {
        switch scalar {
        case "\"": out += "\\\""
        case "\\": out += "\\\\"
        case _ where scalar.value < 0x20:
            out += "\\u" + String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count) + String(scalar.value, radix: 16)
        default: out.unicodeScalars.append(scalar)
        }
    }
    return out + "\""
}

/// Seconds rounded to microseconds, as text.
func format6(_ seconds: Double) -> String {
    String((seconds * 1e6).rounded() / 1e6)
}
