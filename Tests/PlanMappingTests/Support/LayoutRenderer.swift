import BudgetRules
import Foundation
import PlanModel
import Spreadsheet

@testable import PlanMapping

/// Renders a plan's funding in the layouts partners make (years across or down, one sheet
/// per year, a ledger; year labels in their common forms; headings, subtotals, totals above
/// or below; actuals beside the budget; extra columns), as sheets built in code, and
/// remembers which cell holds which figure so that a fault can be planted at a known cell.
struct LayoutRenderer {
    /// The table's shape.
    enum Shape: CaseIterable {
        /// One row per activity, one column per year.
        case wide
        /// One row per year, one column per activity.
        case transposed
        /// One sheet per year: activity and amount.
        case sheetPerYear
        /// Posting lines: several per activity and year, with account and date columns.
        case ledger
    }

    /// How a year is written in a header.
    enum YearForm: CaseIterable {
        case plain, integer, bPrefix, bTwoDigit, budgetPrefix, budgetSuffix, fiscal, aar, date

        func text(_ year: Int) -> CellValue {
            switch self {
            case .plain: return .string(String(year))
            case .integer: return .integer(Int64(year))
            case .bPrefix: return .string("B\(year)")
            case .bTwoDigit: return .string("B" + String(String(year).suffix(2)))
            case .budgetPrefix: return .string("Budget \(year)")
            case .budgetSuffix: return .string("\(year)-budget")
            case .fiscal: return .string("FY\(year)")
            case .aar: return .string("År \(year)")
            case .date: return .date(SpreadsheetDate(DateTimeComponents(year: year, month: 1, day: 1)))
            }
        }

        /// The number format of the header cell (a date shown as its year).
        var numberFormat: String? { self == .date ? "yyyy" : nil }
    }

    /// Where the grand total stands.
    enum TotalPosition: CaseIterable { case none, above, below }

    /// The options of one rendering.
    struct Options {
        var shape: Shape = .wide
        var yearForm: YearForm = .plain
        var thousands = false
        /// An area column; without it, section headings give the areas.
        var areaColumn = true
        var subtotals = false
        var total: TotalPosition = .below
        /// A two-row header: each year over "Budget" and "Forbrug".
        var actualsBeside = false
        /// "Ansvarlig" and "Bemærkninger" columns, and a row-sum column.
        var extraColumns = false
        /// The columns' order is shuffled with this seed (0: in the usual order).
        var shuffleSeed: UInt64 = 0
        /// Zero amounts as "-" or 0 instead of blank.
        var zeroAs: CellValue = .empty
        /// Write an XLSX workbook (else a CSV file, where every value is text).
        var xlsx = true
    }

    /// What a rendering holds: the sheets, and the cells of its figures.
    struct Rendering {
        var grids: [SheetGrid]
        /// Activity id and year → the cells of its amount (several for a ledger).
        var amountCells: [String: [Int: [(sheet: String, cell: CellAddress)]]] = [:]
        /// Grand-total cells per year (the total row or column).
        var totalCells: [Int: (sheet: String, cell: CellAddress)] = [:]
        /// Subtotal cells: (area, year) → cell.
        var subtotalCells: [Int: [Int: (sheet: String, cell: CellAddress)]] = [:]
        /// The table's kind as the budget rules see it.
        var kind: TableKind = .overview
    }

    let plan: Plan
    let options: Options

    /// The funded activities in area order.
    var activities: [Activity] {
        plan.activities.sorted { ($0.focusArea, $0.id) < ($1.focusArea, $1.id) }
    }

    func amount(_ value: Kroner) -> CellValue {
        if value == .zero { return options.zeroAs }
        return .integer(options.thousands ? value.value / 1000 : value.value)
    }

    var unitText: String { options.thousands ? " (t.kr.)" : "" }

    func render() -> Rendering {
        switch options.shape {
        case .wide: return wide()
        case .transposed: return transposed()
        case .sheetPerYear: return sheetPerYear()
        case .ledger: return ledger()
        }
    }

    // MARK: - Wide

    /// One row per activity: [area] activity years… [extras].
    func wide(turnable: Bool = false) -> Rendering {
        var sheet = SheetBuilder(name: "Budget")
        let years = plan.period.years
        // Column blocks, in order or shuffled.
        enum Block: Hashable {
            case area, name
            case year(Int)
            case responsible, remarks, rowSum
        }
        var blocks: [Block] = (options.areaColumn ? [.area] : []) + [.name] + years.map { .year($0) }
        if options.extraColumns { blocks += [.responsible, .remarks] + (turnable ? [] : [.rowSum]) }
        if options.shuffleSeed != 0 {
            var generator = SeededGenerator(seed: options.shuffleSeed)
            blocks.shuffle(using: &generator)
        }
        let width = options.actualsBeside ? 2 : 1
        var columnOf: [Block: Int] = [:]
        var next = 0
        for block in blocks {
            columnOf[block] = next
            if case .year = block { next += width } else { next += 1 }
        }
        sheet.set(0, 0, .string("Budget \(years.first!)–\(years.last!)\(unitText)"))
        var row = 2
        // The header.
        for block in blocks {
            let column = columnOf[block]!
            switch block {
            case .area: sheet.set(row, column, .string("Indsatsområde"))
            case .name: sheet.set(row, column, .string("Aktivitet"))
            case .responsible: sheet.set(row, column, .string("Ansvarlig"))
            case .remarks: sheet.set(row, column, .string("Bemærkninger"))
            case .rowSum: sheet.set(row, column, .string("I alt"))
            case .year(let year):
                sheet.set(row, column, options.yearForm.text(year), format: options.yearForm.numberFormat)
                if options.actualsBeside {
                    sheet.set(row + 1, column, .string("Budget"))
                    sheet.set(row + 1, column + 1, .string("Forbrug"))
                    if options.xlsx { sheet.merged.append(CellRange(start: .init(row: row, column: column), end: .init(row: row, column: column + 1))) }
                }
            }
        }
        if options.thousands, !options.actualsBeside {
            // The unit in the row under the header.
            for year in years { sheet.set(row + 1, columnOf[.year(year)]!, .string("t.kr.")) }
        }
        row += (options.actualsBeside || options.thousands) ? 2 : 1
        var rendering = Rendering(grids: [])
        let areas = Array(Set(activities.map(\.focusArea))).sorted()
        rendering.kind = areas.count > 1 ? .overview : .area
        func totals(of list: [Activity]) -> [Int: Kroner] {
            Dictionary(uniqueKeysWithValues: years.map { year in (year, Kroner.sum(list.map { $0.funding[year] })!) })
        }
        func writeTotal(_ label: String, _ sums: [Int: Kroner], at row: Int) -> [Int: CellAddress] {
            let labelColumn = options.areaColumn ? columnOf[.area]! : columnOf[.name]!
            sheet.set(row, min(labelColumn, columnOf[.name]!), .string(label))
            var cells: [Int: CellAddress] = [:]
            for year in years {
                let cell = CellAddress(row: row, column: columnOf[.year(year)]!)
                sheet.set(cell.row, cell.column, amount(sums[year]!) == .empty ? .integer(0) : amount(sums[year]!))
                cells[year] = cell
            }
            return cells
        }
        if options.total == .above {
            for (year, cell) in writeTotal("I alt", totals(of: activities), at: row) { rendering.totalCells[year] = ("Budget", cell) }
            row += 1
        }
        for area in areas {
            let members = activities.filter { $0.focusArea == area }
            if !options.areaColumn {
                sheet.set(row, columnOf[.name]!, .string("Indsatsområde \(area)"))
                row += 1
            }
            for activity in members {
                if let column = columnOf[.area] { sheet.set(row, column, options.xlsx ? .integer(Int64(area)) : .string(String(area))) }
                sheet.set(row, columnOf[.name]!, .string(activity.name))
                for year in years {
                    let column = columnOf[.year(year)]!
                    sheet.set(row, column, amount(activity.funding[year]))
                    rendering.amountCells[activity.id, default: [:]][year] = [("Budget", CellAddress(row: row, column: column))]
                    if options.actualsBeside {
                        // Spent money: another figure, set aside.
                        sheet.set(row, column + 1, .integer(12_345 + Int64(year)))
                    }
                }
                if options.extraColumns {
                    sheet.set(row, columnOf[.responsible]!, .string("Arbejdsgruppen"))
                    sheet.set(row, columnOf[.remarks]!, .string("Godkendt"))
                    if let column = columnOf[.rowSum] {
                        let sum = Kroner.sum(years.map { activity.funding[$0] })!
                        sheet.set(row, column, .integer(options.thousands ? sum.value / 1000 : sum.value))
                    }
                }
                row += 1
            }
            if options.subtotals {
                let cells = writeTotal("I alt indsatsområde \(area)", totals(of: members), at: row)
                for (year, cell) in cells { rendering.subtotalCells[area, default: [:]][year] = ("Budget", cell) }
                row += 1
            }
        }
        if options.total == .below {
            for (year, cell) in writeTotal("I alt", totals(of: activities), at: row) { rendering.totalCells[year] = ("Budget", cell) }
            row += 1
        }
        sheet.set(row + 1, 0, .string("Kilde: partnerskabets arbejdsgruppe"))
        rendering.grids = [sheet.grid]
        return rendering
    }

    // MARK: - Turned

    /// The wide table turned: a row per year, a column per activity (areas in the first row).
    func transposed() -> Rendering {
        var options = self.options
        options.areaColumn = true
        options.subtotals = false
        options.actualsBeside = false
        options.shuffleSeed = 0
        options.extraColumns = false
        if options.total == .above { options.total = .below }
        var rendering = LayoutRenderer(plan: plan, options: options).wide(turnable: true)
        let grid = rendering.grids[0]
        // Leave out the title and the unit row (they would stand in a column of their own).
        var rows = grid.rows.filter { $0.index >= 2 }
        if options.thousands { rows = rows.filter { $0.index != 3 } }
        let body = SheetGrid(name: grid.name, rows: rows).transposed()
        var turned = SheetBuilder(name: "Budget")
        // A title above the turned table keeps the unit.
        turned.set(0, 0, .string("Budget pr. år\(unitText)"))
        for row in body.rows {
            for cell in row.cells { turned.set(row.index + 2, cell.column, cell.value, format: cell.numberFormat) }
        }
        func turn(_ address: CellAddress) -> CellAddress { CellAddress(row: address.column + 2, column: address.row) }
        rendering.amountCells = rendering.amountCells.mapValues { years in
            years.mapValues { cells in cells.map { ($0.sheet, turn($0.cell)) } }
        }
        rendering.totalCells = rendering.totalCells.mapValues { ($0.sheet, turn($0.cell)) }
        rendering.grids = [turned.grid]
        return rendering
    }

    // MARK: - One sheet per year

    /// One sheet per year, named after the year in the year form, each with area, activity, amount.
    func sheetPerYear() -> Rendering {
        var rendering = Rendering(grids: [])
        let areas = Set(activities.map(\.focusArea))
        rendering.kind = areas.count > 1 ? .overview : .area
        for year in plan.period.years {
            let label = options.yearForm == .date || options.yearForm == .integer ? String(year) : options.yearForm.text(year).description
            let name = label
            var sheet = SheetBuilder(name: name)
            sheet.set(0, 0, .string("Budget \(year)\(unitText)"))
            sheet.set(2, 0, .string("Indsatsområde"))
            sheet.set(2, 1, .string("Aktivitet"))
            sheet.set(2, 2, .string("Beløb"))
            if options.actualsBeside { sheet.set(2, 3, .string("Forbrug")) }
            var row = 3
            for activity in activities {
                sheet.set(row, 0, options.xlsx ? .integer(Int64(activity.focusArea)) : .string(String(activity.focusArea)))
                sheet.set(row, 1, .string(activity.name))
                sheet.set(row, 2, amount(activity.funding[year]))
                if options.actualsBeside { sheet.set(row, 3, .integer(12_345)) }
                rendering.amountCells[activity.id, default: [:]][year] = [(name, CellAddress(row: row, column: 2))]
                row += 1
            }
            if options.total != .none {
                let sum = Kroner.sum(activities.map { $0.funding[year] })!
                sheet.set(row, 0, .string("I alt"))
                sheet.set(row, 2, .integer(options.thousands ? sum.value / 1000 : sum.value))
                rendering.totalCells[year] = (name, CellAddress(row: row, column: 2))
            }
            rendering.grids.append(sheet.grid)
        }
        return rendering
    }

    // MARK: - Ledger

    /// Posting lines: date, account, project, activity, area, year, amount; each funded
    /// activity and year split into one to three lines, in shuffled order.
    func ledger() -> Rendering {
        var generator = SeededGenerator(seed: options.shuffleSeed | 1)
        var lines: [(activity: Activity, year: Int, amount: Kroner)] = []
        for activity in activities {
            for year in plan.period.years where activity.funding[year] != .zero {
                let total = activity.funding[year].value / 1000
                let count = Int(min(3, total))
                var parts: [Int64] = []
                var left = total
                for index in 0..<count {
                    let part = index == count - 1 ? left : Int64.random(in: 1...(left - Int64(count - 1 - index)), using: &generator)
                    parts.append(part)
                    left -= part
                }
                for part in parts { lines.append((activity, year, Kroner(part * 1000))) }
            }
        }
        lines.shuffle(using: &generator)
        var sheet = SheetBuilder(name: "Posteringer")
        let headings = ["Dato", "Konto", "Projekt", "Aktivitet", "Indsatsområde", "År", "Beløb\(unitText)"]
        for (column, text) in headings.enumerated() { sheet.set(0, column, .string(text)) }
        var rendering = Rendering(grids: [])
        rendering.kind = .long
        for (index, line) in lines.enumerated() {
            let row = index + 1
            sheet.set(row, 0, .string("\(line.year)-0\(1 + index % 9)-1\(index % 9)"))
            sheet.set(row, 1, .integer(4_000 + Int64(index % 7)))
            sheet.set(row, 2, .string("P-\(line.activity.id)"))
            sheet.set(row, 3, .string(line.activity.name))
            sheet.set(row, 4, .integer(Int64(line.activity.focusArea)))
            sheet.set(row, 5, options.yearForm == .date ? .integer(Int64(line.year)) : options.yearForm.text(line.year))
            sheet.set(row, 6, .integer(options.thousands ? line.amount.value / 1000 : line.amount.value))
            rendering.amountCells[line.activity.id, default: [:]][line.year, default: []].append(
                ("Posteringer", CellAddress(row: row, column: 6)))
        }
        rendering.grids = [sheet.grid]
        return rendering
    }
}

/// A sheet written cell by cell.
struct SheetBuilder {
    var name: String
    var cells: [CellAddress: Cell] = [:]
    var merged: [CellRange] = []

    init(name: String) { self.name = name }

    mutating func set(_ row: Int, _ column: Int, _ value: CellValue, format: String? = nil) {
        guard value != .empty else {
            cells[CellAddress(row: row, column: column)] = nil
            return
        }
        cells[CellAddress(row: row, column: column)] = Cell(column: column, value: value, numberFormat: format)
    }

    var grid: SheetGrid {
        var rows: [Int: [Cell]] = [:]
        for (address, cell) in cells { rows[address.row, default: []].append(cell) }
        let list = rows.keys.sorted().map { Row(index: $0, cells: rows[$0]!.sorted { $0.column < $1.column }) }
        return SheetGrid(name: name, rows: list, mergedRanges: merged)
    }
}

/// Writing renderings to files and reading them back through the importer and validator.
enum LayoutFiles {
    /// Writes `grids` as an XLSX workbook (sheets in `hidden` hidden) or, for one grid, a
    /// Danish CSV file; returns the path.
    static func write(_ grids: [SheetGrid], xlsx: Bool, hidden: Set<String> = [], in folder: String, name: String) throws -> String {
        if xlsx {
            let path = folder + "/" + name + ".xlsx"
            let writer = try XLSXWriter(path: path)
            for grid in grids {
                try writer.addSheet(
                    grid: grid, options: hidden.contains(grid.name) ? XLSXSheetOptions(visibility: .hidden) : .standard)
            }
            try writer.close()
            return path
        }
        let path = folder + "/" + name + ".csv"
        let rows = grids[0].rows.map { row in
            Row(
                index: row.index,
                cells: row.cells.map { cell in
                    var cell = cell
                    if case .date(let date) = cell.value { cell.value = .string(String(date.components!.year)) }
                    return cell
                })
        }
        // Rows between are written empty so that line numbers are cell rows.
        var filled: [Row] = []
        var next = 0
        for row in rows {
            while next < row.index {
                filled.append(Row(index: next, cells: []))
                next += 1
            }
            filled.append(row)
            next = row.index + 1
        }
        // As Danish Excel writes it: every line with as many fields as the widest, a "-" stays "-".
        var options = CSVWriteOptions.danishExcel
        options.formulaGuard = false
        let width = (filled.compactMap { $0.cells.last?.column }.max() ?? 0) + 1
        let writer = try CSVWriter(path: path, options: options)
        for row in filled { try writer.write(row, minimumFieldCount: width) }
        try writer.finish()
        return path
    }

    /// The plan with every activity's funding taken away (what import must give back).
    static func unfunded(_ plan: Plan) -> Plan {
        var base = plan
        for index in base.activities.indices { base.activities[index].funding = Funding() }
        return base
    }
}
