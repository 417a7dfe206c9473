/// Computes the formulas of a workbook without a spreadsheet program.
///
/// Each formula is parsed once, with its references resolved to sheet, row and column
/// indices; the formulas are then evaluated over the workbook's dependency graph,
/// precedents first, each cell once. Excel's semantics: numbers are doubles, text,
/// booleans, blanks and error values convert and propagate as Excel converts and
/// propagates them. A function the engine does not know, a volatile one, an external or
/// structured reference is reported as such (``FormulaOutcome``), never guessed; so is a
/// circular reference, with the cells on it.
///
/// ```swift
/// let workbook = try XLSXWorkbook(path: "budget.xlsx")
/// let results = try FormulaEngine(workbook: workbook).evaluate()
/// for cell in results.cells { print(cell.sheetName, cell.address, cell.formula, cell.outcome) }
/// ```
public struct FormulaEngine: Sendable {
    /// The sheets, in workbook order (a sheet without cells is an empty grid).
    public let grids: [SheetGrid]
    /// The workbook's defined names.
    public let definedNames: [DefinedName]
    /// The date system serials count in (`DATE`, `YEAR`…).
    public let dateSystem: DateSystem

    /// An engine over sheets held in memory. `definedNames` refer to sheets by their index in `sheets`.
    public init(sheets: [SheetGrid], definedNames: [DefinedName] = [], dateSystem: DateSystem = .date1900) {
        self.grids = sheets
        self.definedNames = definedNames
        self.dateSystem = dateSystem
    }

    /// An engine over every worksheet of `workbook` (read into memory now).
    public init(workbook: XLSXWorkbook) throws(XLSXError) {
        var grids: [SheetGrid] = []
        for sheet in workbook.sheets {
            grids.append(sheet.kind == .worksheet ? try workbook.readSheet(at: sheet.index) : SheetGrid(name: sheet.name))
        }
        self.init(sheets: grids, definedNames: workbook.definedNames, dateSystem: workbook.dateSystem)
    }

    /// Computes every formula.
    public func evaluate() -> FormulaResults {
        var store = FormulaCellStore(grids: grids)

        // The formula cells, in sheet, row, column order.
        var formulas: [PendingFormula] = []
        var formulaOfCell = [Int32](repeating: -1, count: store.values.count)
        for (sheetIndex, grid) in grids.enumerated() {
            for row in grid.rows where row.index >= 0 {
                for cell in row.cells {
                    guard let text = cell.formula, let id = store.id(sheet: sheetIndex, row: row.index, column: cell.column) else { continue }
                    formulaOfCell[id] = Int32(formulas.count)
                    formulas.append(
                        PendingFormula(
                            sheet: sheetIndex, row: row.index, column: cell.column, id: id, text: text, cached: cell.value,
                            arrayRange: cell.arrayRange))
                }
            }
        }

        // The other cells an array formula fills are computed with it.
        for (index, formula) in formulas.enumerated() {
            guard let range = formula.arrayRange else { continue }
            let area = FormulaArea(sheet: formula.sheet, top: range.start.row, left: range.start.column, bottom: range.end.row, right: range.end.column)
            store.forEachCell(in: area) { _, _, id in
                if formulaOfCell[id] < 0 { formulaOfCell[id] = Int32(index) }
            }
        }

        // Parse each formula once; collect what it reads.
        let names = DefinedNameTable(definedNames, sheetIndices: sheetIndices)
        let context = FormulaParseContext(sheetIndices: sheetIndices) { name, sheet in names.expression(name, sheet: sheet) }
        var expressions: [FormulaExpression] = []
        expressions.reserveCapacity(formulas.count)
        var edges: [[Int32]] = []
        edges.reserveCapacity(formulas.count)
        var isSubtotalCell = [Bool](repeating: false, count: store.values.count)
        var areas: [FormulaArea] = []
        for (index, formula) in formulas.enumerated() {
            var parser = FormulaParser(formula.text, sheet: formula.sheet, context: context)
            let expression = parser.parse()
            expressions.append(expression)
            areas.removeAll(keepingCapacity: true)
            var facts = ExpressionFacts()
            facts.collect(expression, areas: &areas)
            formulas[index].problem = facts.problem
            if facts.callsSubtotal { isSubtotalCell[formula.id] = true }
            var precedents: [Int32] = []
            for area in areas {
                store.forEachCell(in: area) { _, _, id in
                    let f = formulaOfCell[id]
                    if f >= 0 { precedents.append(f) }
                }
            }
            edges.append(precedents)
        }

        // Evaluate in dependency order, each cell once.
        let evaluator = FormulaEvaluator(store: store, dateSystem: dateSystem, isSubtotalCell: isSubtotalCell)
        store = FormulaCellStore(grids: [])
        let sheetNames = grids.map(\.name)
        var outcomes = [FormulaOutcome?](repeating: nil, count: formulas.count)
        var uncertain = [Bool](repeating: false, count: formulas.count)
        let watch = evaluator.store.watch

        /// Computes formula `index` and stores its value; `false` (nothing stored) when the
        /// evaluation read a cell still pending.
        func compute(_ index: Int) -> Bool {
            let formula = formulas[index]
            if let problem = formula.problem {
                outcomes[index] = problem
                uncertain[index] = formula.cached.isEmpty
                return true
            }
            if let blocker = edges[index].first(where: { uncertain[Int($0)] && Int($0) != index }) {
                outcomes[index] = .unsupported("depends on \(formulas[Int(blocker)].label(sheetNames: sheetNames)), which is not computed")
                uncertain[index] = formula.cached.isEmpty
                return true
            }
            watch.didReadPending = false
            if let range = formula.arrayRange {
                let values = evaluator.evaluateArrayFormula(
                    expressions[index], sheet: formula.sheet, row: formula.row, column: formula.column,
                    rows: range.rowCount, columns: range.columnCount)
                guard !watch.didReadPending else { return false }
                evaluator.store.values[formula.id] = values[0, 0]
                outcomes[index] = .computed(values[0, 0])
                let area = FormulaArea(sheet: formula.sheet, top: range.start.row, left: range.start.column, bottom: range.end.row, right: range.end.column)
                evaluator.store.forEachCell(in: area) { r, c, id in
                    if id != formula.id && formulaOfCell[id] == Int32(index) {
                        evaluator.store.values[id] = values[r - range.start.row, c - range.start.column]
                    }
                }
                return true
            }
            let value = evaluator.evaluateFormula(expressions[index], sheet: formula.sheet, row: formula.row, column: formula.column)
            guard !watch.didReadPending else { return false }
            evaluator.store.values[formula.id] = value
            outcomes[index] = .computed(value)
            return true
        }

        for component in FormulaDependencyOrder.components(edges: edges) {
            let first = Int(component[0])
            if component.count == 1 && !edges[first].contains(component[0]) {
                _ = compute(first)
                continue
            }
            // A cycle on paper: compute what does not in fact read a pending cell, until nothing moves.
            if watch.pending.isEmpty { watch.pending = [Bool](repeating: false, count: evaluator.store.values.count) }
            for member in component { watch.pending[formulas[Int(member)].id] = true }
            watch.isActive = true
            var remaining = component.sorted()
            var budget = component.count * 8 + 64
            var moved = true
            while moved && !remaining.isEmpty && budget > 0 {
                moved = false
                remaining = remaining.filter { member in
                    budget -= 1
                    guard budget >= 0, compute(Int(member)) else { return true }
                    watch.pending[formulas[Int(member)].id] = false
                    moved = true
                    return false
                }
            }
            watch.isActive = false
            let cells = remaining.map { formulas[Int($0)].label(sheetNames: sheetNames) }
            for member in remaining {
                watch.pending[formulas[Int(member)].id] = false
                outcomes[Int(member)] = .cycle(cells)
                uncertain[Int(member)] = formulas[Int(member)].cached.isEmpty
            }
        }

        let cells = formulas.enumerated().map { index, f in
            FormulaCellResult(
                sheet: f.sheet, sheetName: sheetNames[f.sheet], address: CellAddress(row: f.row, column: f.column),
                formula: f.text, cached: f.cached, outcome: outcomes[index] ?? .unsupported("not evaluated"))
        }
        return FormulaResults(cells: cells, dateSystem: dateSystem)
    }

    private var sheetIndices: [String: Int] {
        var out: [String: Int] = [:]
        for (index, grid) in grids.enumerated() where out[grid.name.lowercased()] == nil { out[grid.name.lowercased()] = index }
        return out
    }
}

/// A formula cell waiting to be evaluated.
private struct PendingFormula {
    var sheet: Int
    var row: Int
    var column: Int
    var id: Int
    var text: String
    var cached: CellValue
    /// The range an array formula fills.
    var arrayRange: CellRange?
    /// Set when the formula cannot be computed (unsupported or volatile).
    var problem: FormulaOutcome? = nil

    func label(sheetNames: [String]) -> String {
        "\(sheetNames[sheet])!\(CellAddress(row: row, column: column).a1)"
    }
}

/// What a parsed formula reads and whether it can be computed.
private struct ExpressionFacts {
    var problem: FormulaOutcome?
    var callsSubtotal = false

    mutating func collect(_ expression: FormulaExpression, areas: inout [FormulaArea]) {
        switch expression {
        case .number, .text, .bool, .error, .missing, .array:
            break
        case .area(let area):
            areas.append(area)
        case .binary(_, let a, let b), .intersect(let a, let b):
            collect(a, areas: &areas)
            collect(b, areas: &areas)
        case .range(let a, let b):
            // A range with a computed end (`A1:INDEX(…)`) may read anything between the references it names.
            var inner: [FormulaArea] = []
            collect(a, areas: &inner)
            collect(b, areas: &inner)
            areas.append(contentsOf: inner)
            var bySheet: [Int: FormulaArea] = [:]
            for area in inner { bySheet[area.sheet] = bySheet[area.sheet].flatMap { $0.spanning(area) } ?? area }
            areas.append(contentsOf: bySheet.values)
        case .negate(let a), .identity(let a), .percent(let a):
            collect(a, areas: &areas)
        case .call(let function, let arguments):
            if function == .subtotal { callsSubtotal = true }
            for argument in arguments { collect(argument, areas: &areas) }
        case .unsupported(let what):
            if FormulaFunction.volatileNames.contains(what) {
                if case .volatile = problem {} else { problem = .volatile(what) }
            } else if problem == nil {
                problem = .unsupported(what)
            }
        }
    }
}

/// The workbook's defined names, parsed on first use (a name local to a sheet wins over a global one).
private final class DefinedNameTable: @unchecked Sendable {
    private var global: [String: DefinedName] = [:]
    private var local: [Int: [String: DefinedName]] = [:]
    private var parsed: [String: FormulaExpression] = [:]
    private var inProgress: Set<String> = []
    private let sheetIndices: [String: Int]

    init(_ names: [DefinedName], sheetIndices: [String: Int]) {
        self.sheetIndices = sheetIndices
        for name in names {
            let key = name.name.lowercased()
            if let sheet = name.localSheetIndex { local[sheet, default: [:]][key] = name } else { global[key] = name }
        }
    }

    func expression(_ name: String, sheet: Int) -> FormulaExpression? {
        let (definition, scope): (DefinedName, Int?)
        if let l = local[sheet]?[name] {
            (definition, scope) = (l, sheet)
        } else if let g = global[name] {
            (definition, scope) = (g, nil)
        } else {
            return nil
        }
        // A global name whose definition has sheet-less references depends on the using sheet.
        let perSheet = scope == nil && !definition.formula.contains("!")
        let key = perSheet ? "\(sheet)|\(name)" : "\(scope.map(String.init) ?? "*")|\(name)"
        if let done = parsed[key] { return done }
        guard !inProgress.contains(key) else { return .unsupported("defined name \(definition.name) refers to itself") }
        inProgress.insert(key)
        defer { inProgress.remove(key) }
        let context = FormulaParseContext(sheetIndices: sheetIndices) { [unowned self] n, s in self.expression(n, sheet: s) }
        var parser = FormulaParser(definition.formula, sheet: scope ?? sheet, context: context)
        var expression = parser.parse()
        if case .unsupported(let what) = expression, !FormulaFunction.volatileNames.contains(what) {
            expression = .unsupported("defined name \(definition.name): \(what)")
        }
        parsed[key] = expression
        return expression
    }
}
