import Spreadsheet
@testable import PlanMapping

/// Evaluates the few formula shapes the exporter writes (`SUM(C4:C12)`,
/// `SUMIF(Oversigt!$A$4:$A$12,1,Oversigt!C$4:C$12)`, `$B$2-C13`) over the table
/// model's cells, so tests can check that every cached value is what the formula
/// computes, without a spreadsheet program. Anything else is an error.
struct FormulaEvaluator {
    struct Unsupported: Error, CustomStringConvertible {
        var formula: String
        var description: String { "unsupported formula: \(formula)" }
    }

    let sheets: [String: ExportSheet]

    init(sheets: [ExportSheet]) {
        self.sheets = Dictionary(uniqueKeysWithValues: sheets.map { ($0.name, $0) })
    }

    /// Every formula cell of `sheet` with the value its formula computes.
    func evaluate(sheet name: String) throws -> [CellAddress: Int64] {
        guard let sheet = sheets[name] else { return [:] }
        var out: [CellAddress: Int64] = [:]
        for (rowIndex, row) in sheet.rows.enumerated() {
            for cell in row.cells {
                guard let formula = cell.formula else { continue }
                out[CellAddress(row: rowIndex, column: cell.column)] = try value(of: formula, on: name)
            }
        }
        return out
    }

    func value(of formula: String, on sheet: String) throws -> Int64 {
        if formula.hasPrefix("SUM("), formula.hasSuffix(")") {
            let (target, range) = try reference(String(formula.dropFirst(4).dropLast()), on: sheet)
            return try cells(in: range, on: target).reduce(0) { $0 + number($1) }
        }
        if formula.hasPrefix("SUMIF("), formula.hasSuffix(")") {
            let arguments = formula.dropFirst(6).dropLast().split(separator: ",").map(String.init)
            guard arguments.count == 3, let criterion = Int64(arguments[1]) else { throw Unsupported(formula: formula) }
            let (criteriaSheet, criteriaRange) = try reference(arguments[0], on: sheet)
            let (valueSheet, valueRange) = try reference(arguments[2], on: sheet)
            let keys = try cells(in: criteriaRange, on: criteriaSheet)
            let values = try cells(in: valueRange, on: valueSheet)
            return zip(keys, values).reduce(0) { $0 + (number($1.0) == criterion ? number($1.1) : 0) }
        }
        let parts = formula.split(separator: "-")
        if parts.count == 2 {
            let (leftSheet, left) = try reference(String(parts[0]), on: sheet)
            let (rightSheet, right) = try reference(String(parts[1]), on: sheet)
            return number(try cells(in: left, on: leftSheet)[0]) - number(try cells(in: right, on: rightSheet)[0])
        }
        throw Unsupported(formula: formula)
    }

    private func reference(_ text: String, on sheet: String) throws -> (String, CellRange) {
        var target = sheet
        var rest = Substring(text)
        if let bang = text.lastIndex(of: "!") {
            target = String(text[..<bang]).trimmingCharacters(in: "'")
            rest = text[text.index(after: bang)...]
        }
        guard let range = CellRange(rest.replacingDollars()) else { throw Unsupported(formula: text) }
        return (target, range)
    }

    private func cells(in range: CellRange, on name: String) throws -> [CellValue] {
        guard let sheet = sheets[name] else { throw Unsupported(formula: "sheet \(name)") }
        var out: [CellValue] = []
        for row in range.start.row...range.end.row {
            for column in range.start.column...range.end.column {
                out.append(sheet.cell(at: CellAddress(row: row, column: column))?.value ?? .empty)
            }
        }
        return out
    }

    private func number(_ value: CellValue) -> Int64 {
        if case .integer(let number) = value { return number }
        return 0
    }
}

extension StringProtocol {
    fileprivate func replacingDollars() -> String { String(filter { $0 != "$" }) }
}

extension String {
    fileprivate func trimmingCharacters(in character: Character) -> String {
        var text = Substring(self)
        while text.first == character { text = text.dropFirst() }
        while text.last == character { text = text.dropLast() }
        return String(text)
    }
}
