import BudgetRules
import PlanModel
import Spreadsheet

/// The formula audit of a workbook's tables, for validate:
///
/// - `total-range-incomplete` (error): a total's (or subtotal's) sum leaves out rows of
///   its table, takes in rows outside it, or counts a subtotal twice; the finding names
///   the range and the rows (“=SUM(C4:C6) leaves out row 7, “Tovholder …””).
/// - `total-hardcoded` (warning): a total typed as a number where the table's other
///   totals are formulas: it will not follow when a figure changes.
/// - `formula-error-value` (error): an amount or total cell whose formula gives an error
///   value, with the formula.
///
/// Only tables read as they stand in the sheet are audited (not turned tables or ledgers),
/// and only formulas that are plain sums (``FormulaSum``) are judged for their range.
struct FormulaAudit {
    /// The file.
    var file: ScannedFile

    var findings: [Finding] {
        guard file.file.format == .xlsx else { return [] }
        var out: [Finding] = []
        for table in file.tables {
            let detected = table.table
            guard detected.kind == .area || detected.kind == .overview, !detected.isTransposed, !detected.isLedger,
                let grid = file.file.grids.first(where: { $0.name == detected.sheet })
            else { continue }
            out += audit(detected, in: grid)
        }
        return out
    }

    private func audit(_ table: DetectedTable, in grid: SheetGrid) -> [Finding] {
        let lines = table.lines.sorted { $0.row < $1.row }
        let activities = Set(lines.filter { $0.kind == .activity }.map(\.row))
        let subtotals = lines.filter { $0.kind == .subtotal }.map(\.row)
        let totals = lines.filter { $0.kind == .total }.map(\.row)
        // The activities each subtotal sums: those since the previous subtotal or heading.
        var subtotalParts: [Int: Set<Int>] = [:]
        var run = Set<Int>()
        for line in lines {
            switch line.kind {
            case .activity: run.insert(line.row)
            case .heading: run = []
            case .subtotal:
                subtotalParts[line.row] = run
                run = []
            default: break
            }
        }
        var out: [Finding] = []
        for year in table.columns.years {
            let column = year.column
            for row in activities.sorted() + subtotals + totals {
                if let finding = errorValue(row: row, column: column, in: grid) { out.append(finding) }
            }
            for row in subtotals {
                out += rangeFindings(row: row, column: column, expected: subtotalParts[row] ?? [], subtotals: [:], in: grid)
            }
            for row in totals {
                out += rangeFindings(row: row, column: column, expected: activities, subtotals: subtotalParts, in: grid)
            }
        }
        out += hardcoded(rows: subtotals + totals, columns: table.columns.years.map(\.column), in: grid)
        return out
    }

    private func location(_ row: Int, _ column: Int, in grid: SheetGrid) -> SourceLocation {
        SheetCell(sheet: grid.name, row: row, column: column).location(in: file.path)
    }

    /// `formula-error-value`: the cell's formula gives an error value.
    private func errorValue(row: Int, column: Int, in grid: SheetGrid) -> Finding? {
        guard let cell = grid.cell(at: CellAddress(row: row, column: column)), let formula = cell.formula,
            case .error(let code) = cell.value
        else { return nil }
        return Finding(
            rule: .formulaErrorValue, location: location(row, column, in: grid), found: code,
            message: LocalizedText(
                da: "Formlen =\(formula) giver fejlværdien \(code); beløbet kan ikke bruges.",
                en: "The formula =\(formula) gives the error value \(code); the amount cannot be used."))
    }

    /// `total-range-incomplete`: what a sum leaves out, takes in, or counts twice.
    private func rangeFindings(
        row: Int, column: Int, expected: Set<Int>, subtotals: [Int: Set<Int>], in grid: SheetGrid
    ) -> [Finding] {
        guard let formula = grid.cell(at: CellAddress(row: row, column: column))?.formula, let sum = FormulaSum(formula) else { return [] }
        let covered = sum.rows(inColumn: column).subtracting([row])
        guard !covered.isEmpty else { return [] }
        func holdsNumber(_ r: Int) -> Bool {
            switch grid[CellAddress(row: r, column: column)] {
            case .integer, .number: return true
            default: return false
            }
        }
        var leftOut: [Int] = []
        var added: [Int] = []
        var twice: [Int] = []
        let coveredSubtotals = subtotals.keys.filter { covered.contains($0) }.sorted()
        if !coveredSubtotals.isEmpty {
            // A total over subtotals: each subtotal once, and none of the activities they sum.
            let partsCovered = coveredSubtotals.filter { !sum.skipsSubtotals && !(subtotals[$0] ?? []).isDisjoint(with: covered) }
            twice = partsCovered
            let summed = coveredSubtotals.reduce(into: Set<Int>()) { $0.formUnion(subtotals[$1] ?? []) }
            let loose = expected.subtracting(summed)
            leftOut =
                subtotals.keys.filter { !covered.contains($0) && !(subtotals[$0] ?? []).isEmpty }.sorted()
                + loose.filter { !covered.contains($0) && holdsNumber($0) }.sorted()
            added = covered.filter { !expected.contains($0) && subtotals[$0] == nil && holdsNumber($0) }.sorted()
        } else {
            leftOut = expected.filter { !covered.contains($0) && holdsNumber($0) }.sorted()
            // SUBTOTAL skips the subtotals in its range, so they are not "taken in".
            added = covered.filter { !expected.contains($0) && holdsNumber($0) && !(sum.skipsSubtotals && subtotals[$0] != nil) }.sorted()
        }
        var out: [Finding] = []
        let at = location(row, column, in: grid)
        let range = sum.ranges.map(\.a1).joined(separator: ",")
        if !leftOut.isEmpty {
            let rows = describe(leftOut, in: grid)
            out.append(
                Finding(
                    rule: .totalRangeIncomplete, location: at, expected: nil, found: range,
                    message: LocalizedText(
                        da: "=\(formula) udelader \(rows.da) – summen dækker ikke hele tabellen.",
                        en: "=\(formula) leaves out \(rows.en) – the sum does not cover the whole table.")))
        }
        if !added.isEmpty {
            let rows = describe(added, in: grid)
            out.append(
                Finding(
                    rule: .totalRangeIncomplete, location: at, found: range,
                    message: LocalizedText(
                        da: "=\(formula) tager \(rows.da) med, som ikke hører til tabellens aktiviteter.",
                        en: "=\(formula) takes in \(rows.en), which is not one of the table's activities.")))
        }
        if !twice.isEmpty {
            let rows = describe(twice, in: grid)
            out.append(
                Finding(
                    rule: .totalRangeIncomplete, location: at, found: range,
                    message: LocalizedText(
                        da: "=\(formula) tæller delsummen i \(rows.da) med to gange: både delsummen og de rækker, den summerer.",
                        en: "=\(formula) counts the subtotal in \(rows.en) twice: the subtotal and the rows it adds up.")))
        }
        return out
    }

    /// `total-hardcoded`: a total typed as a number where the table's other totals are formulas.
    private func hardcoded(rows: [Int], columns: [Int], in grid: SheetGrid) -> [Finding] {
        var formulas = 0
        var typed: [(row: Int, column: Int, value: CellValue)] = []
        for row in rows {
            for column in columns {
                guard let cell = grid.cell(at: CellAddress(row: row, column: column)) else { continue }
                if cell.formula != nil {
                    formulas += 1
                } else if cell.value.doubleValue != nil {
                    typed.append((row, column, cell.value))
                }
            }
        }
        guard formulas > 0 else { return [] }
        return typed.map { entry in
            Finding(
                rule: .totalHardcoded, location: location(entry.row, entry.column, in: grid), found: entry.value.description,
                message: LocalizedText(
                    da: "Summen er indtastet som tallet \(entry.value), mens tabellens andre summer er formler; den følger ikke med, når et beløb ændres.",
                    en:
                        "The total is typed as the number \(entry.value) where the table's other totals are formulas; it will not follow when an amount changes."
                ))
        }
    }

    /// `row 7, “Tovholder …”` (or `rows 7 and 9, …`), in both languages: 1-based rows with their labels.
    private func describe(_ rows: [Int], in grid: SheetGrid) -> (da: String, en: String) {
        let parts = rows.prefix(5).map { row -> String in
            let label = grid.row(row)?.cells.lazy.compactMap { $0.value.stringValue }.first { !$0.isEmpty }
            guard let label else { return "\(row + 1)" }
            let short = label.count > 40 ? String(label.prefix(38)) + " …" : label
            return "\(row + 1), “\(short)”"
        }
        let more = rows.count > 5 ? " …" : ""
        let list = parts.joined(separator: "; ") + more
        return rows.count == 1 ? ("række \(list)", "row \(list)") : ("rækkerne \(list)", "rows \(list)")
    }
}
