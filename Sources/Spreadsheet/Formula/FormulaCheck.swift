/// How a formula's computed value compares with the value the file saved.
public enum FormulaCheckStatus: String, Hashable, Sendable, CaseIterable {
    /// Computed and saved values agree.
    case agrees
    /// The saved value is not what the formula computes (a stale or edited value).
    case differs
    /// The file saved no value; the computed one is new.
    case computed
    /// The engine does not compute the formula.
    case unsupported
    /// The formula calls a volatile function.
    case volatile
    /// The formula is on a circular reference.
    case cycle
}

/// One formula cell checked against its saved value.
public struct FormulaCheckCell: Hashable, Sendable {
    public var result: FormulaCellResult
    public var status: FormulaCheckStatus

    /// What the status rests on: the unsupported function, the cells of the cycle…; `nil` when nothing to add.
    public var detail: String? {
        switch result.outcome {
        case .computed: return nil
        case .unsupported(let what): return what
        case .volatile(let name): return "\(name) gives another result on each calculation"
        case .cycle(let cells): return "circular reference: " + cells.prefix(12).joined(separator: " → ") + (cells.count > 12 ? " …" : "")
        }
    }
}

/// Every formula of a workbook checked against the values the file saved: `plansheet recalc --check`.
public struct FormulaCheck: Sendable {
    /// The cells, in sheet, row, column order.
    public var cells: [FormulaCheckCell]

    /// Checks `results` (from ``FormulaEngine/evaluate()``).
    public init(_ results: FormulaResults) {
        cells = results.cells.map { FormulaCheckCell(result: $0, status: FormulaCheck.status(of: $0)) }
    }

    /// How many cells have each status.
    public var summary: [FormulaCheckStatus: Int] {
        var out: [FormulaCheckStatus: Int] = [:]
        for status in FormulaCheckStatus.allCases { out[status] = 0 }
        for cell in cells { out[cell.status, default: 0] += 1 }
        return out
    }

    /// The status of one result.
    public static func status(of result: FormulaCellResult) -> FormulaCheckStatus {
        switch result.outcome {
        case .unsupported: return .unsupported
        case .volatile: return .volatile
        case .cycle: return .cycle
        case .computed(let value):
            if result.cached.isEmpty { return .computed }
            return agrees(value, result.cached) ? .agrees : .differs
        }
    }

    /// Whether a computed value is the saved one: numbers to nine significant digits
    /// (what a spreadsheet's last bits of rounding leave), text exactly, errors by kind.
    public static func agrees(_ computed: FormulaValue, _ saved: CellValue) -> Bool {
        switch (computed, FormulaValue(saved)) {
        case (.number(let a), .number(let b)):
            let difference = Swift.abs(a - b)
            return difference <= 1e-9 * Swift.max(Swift.abs(a), Swift.abs(b)) || difference < 1e-12
        case (.text(let a), .text(let b)): return a == b
        case (.bool(let a), .bool(let b)): return a == b
        case (.error(let a), .error(let b)): return a == b
        default: return false
        }
    }

    /// The report as JSON: `{"file":…,"cells":[…],"summary":{…}}`, one cell per line; values as
    /// `["n",370000]`, `["s","text"]`, `["b",true]`, `["e","#REF!"]` (the dump format's types), or `null`.
    public func json(file: String) -> String {
        var out: [UInt8] = []
        JSONText.append("{\"file\":", to: &out)
        JSONText.appendString(file, to: &out)
        JSONText.append(",\"cells\":[", to: &out)
        for (i, cell) in cells.enumerated() {
            JSONText.append(i == 0 ? "\n" : ",\n", to: &out)
            JSONText.append("{\"sheet\":", to: &out)
            JSONText.appendString(cell.result.sheetName, to: &out)
            JSONText.append(",\"cell\":", to: &out)
            JSONText.appendString(cell.result.address.a1, to: &out)
            JSONText.append(",\"formula\":", to: &out)
            JSONText.appendString(cell.result.formula, to: &out)
            JSONText.append(",\"cached\":", to: &out)
            Self.appendValue(cell.result.cached.isEmpty ? nil : FormulaValue(cell.result.cached), to: &out)
            JSONText.append(",\"computed\":", to: &out)
            Self.appendValue(cell.result.outcome.value, to: &out)
            JSONText.append(",\"status\":", to: &out)
            JSONText.appendString(cell.status.rawValue, to: &out)
            JSONText.append(",\"detail\":", to: &out)
            if let detail = cell.detail { JSONText.appendString(detail, to: &out) } else { JSONText.append("null", to: &out) }
            JSONText.append("}", to: &out)
        }
        if !cells.isEmpty { JSONText.append("\n", to: &out) }
        JSONText.append("],\"summary\":{\"formulas\":\(cells.count)", to: &out)
        let counts = summary
        for status in FormulaCheckStatus.allCases {
            JSONText.append(",\"\(status.rawValue)\":\(counts[status] ?? 0)", to: &out)
        }
        JSONText.append("}}\n", to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    private static func appendValue(_ value: FormulaValue?, to out: inout [UInt8]) {
        guard let value, let type = value.dumpType else {
            JSONText.append("null", to: &out)
            return
        }
        JSONText.append("[\"\(type)\",", to: &out)
        switch value {
        case .number(let n):
            if n.isFinite { JSONText.append(PythonFloatText.canonical(n), to: &out) } else { JSONText.appendString(PythonFloatText.repr(n), to: &out) }
        case .text(let s): JSONText.appendString(s, to: &out)
        case .bool(let b): JSONText.append(b ? "true" : "false", to: &out)
        case .error(let e): JSONText.appendString(e.rawValue, to: &out)
        case .empty: JSONText.append("null", to: &out)
        }
        JSONText.append("]", to: &out)
    }
}
