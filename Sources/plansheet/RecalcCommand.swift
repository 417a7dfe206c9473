import ArgumentParser
import Foundation
import Spreadsheet

/// `plansheet recalc IN.xlsx -o OUT.xlsx` and `plansheet recalc IN.xlsx --check`:
/// computes every formula without a spreadsheet program.
struct RecalcCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "recalc",
        abstract: "Compute a workbook's formulas: write a copy with the computed values, or check the saved ones.",
        discussion: """
            With -o, writes a copy of every worksheet in which each formula holds the value it computes \
            (values, formulas, number formats, merged ranges and column widths kept, as convert keeps \
            them), so that a workbook written by a script reads correctly everywhere. A formula the \
            engine does not compute (an unknown or volatile function, a circular reference) keeps \
            its saved value and is listed on standard error.

            With --check, compares each formula's computed value with the saved one and lists \
            the formulas whose saved value differs, and those not computed. Exit status: 0 when \
            nothing differs, 1 when something differs, 2 when the file cannot be read.

            Examples:
              plansheet recalc script-output.xlsx -o recalculated.xlsx
              plansheet recalc budget.xlsx --check --format json
            """)

    @Argument(help: "The workbook (.xlsx, .xlsm, .xltx, .xltm).")
    var input: String

    @Option(name: .shortAndLong, help: "Where to write the recalculated copy (.xlsx).")
    var output: String?

    @Flag(help: "Compare computed values with the saved ones instead of writing a copy.")
    var check = false

    @Option(help: "Report format of --check: text or json.")
    var format: ReportFormat = .text

    func validate() throws {
        guard check != (output != nil) else {
            throw ValidationError("give either -o OUT.xlsx or --check")
        }
        if let output {
            guard output.lowercased().hasSuffix(".xlsx") else { throw ValidationError("OUT must end in .xlsx: \(output)") }
            let a = URL(fileURLWithPath: input).standardizedFileURL.resolvingSymlinksInPath().path
            let b = URL(fileURLWithPath: output).standardizedFileURL.resolvingSymlinksInPath().path
            guard a != b else { throw ValidationError("OUT is the input file; recalc never overwrites its input") }
        }
    }

    func run() throws {
        let engine: FormulaEngine
        let workbook: XLSXWorkbook
        do {
            workbook = try XLSXWorkbook(path: input)
            engine = try FormulaEngine(workbook: workbook)
        } catch {
            Terminal.error("plansheet recalc: \(error.description)")
            Terminal.error("plansheet recalc: \(error.danishDescription)")
            throw ExitCode(2)
        }
        let results = engine.evaluate()
        let check = FormulaCheck(results)
        if let output {
            // Worksheets only, as convert writes them.
            let worksheets = workbook.sheets.filter { $0.kind == .worksheet }.map(\.index)
            try write(results.applied(to: engine.grids), sheets: worksheets, check: check, to: output)
            return
        }
        switch format {
        case .json: print(check.json(file: input), terminator: "")
        case .text: printText(check)
        }
        if check.cells.contains(where: { $0.status == .differs }) { throw ExitCode(1) }
    }

    private func write(_ grids: [SheetGrid], sheets: [Int], check: FormulaCheck, to output: String) throws {
        do {
            try XLSXWriter.write(grids: sheets.map { grids[$0] }, to: output)
        } catch {
            Terminal.error("plansheet recalc: \(error)")
            throw ExitCode(2)
        }
        let summary = check.summary
        let computed = (summary[.agrees] ?? 0) + (summary[.differs] ?? 0) + (summary[.computed] ?? 0)
        Terminal.error("plansheet recalc: \(computed) of \(check.cells.count) formulas computed; written to \(output)")
        for cell in check.cells where [.unsupported, .volatile, .cycle].contains(cell.status) {
            Terminal.error(
                "  \(cell.result.sheetName)!\(cell.result.address.a1) =\(cell.result.formula): \(cell.status.rawValue), saved value kept (\(cell.detail ?? ""))"
            )
        }
    }

    private func printText(_ check: FormulaCheck) {
        for cell in check.cells where cell.status != .agrees && cell.status != .computed {
            var line = "\(cell.result.sheetName)!\(cell.result.address.a1)  =\(cell.result.formula)  \(cell.status.rawValue)"
            if cell.status == .differs {
                line += ": saved \(cell.result.cached), computed \(cell.result.outcome.value.map(String.init(describing:)) ?? "")"
            }
            if let detail = cell.detail { line += " (\(detail))" }
            print(line)
        }
        let summary = check.summary
        let parts = FormulaCheckStatus.allCases.map { "\(summary[$0] ?? 0) \($0.rawValue)" }
        print("\(check.cells.count) formulas: " + parts.joined(separator: ", "))
    }
}
