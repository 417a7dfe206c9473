import ArgumentParser
import Foundation
import PlanModel
import Spreadsheet

/// `plansheet recalc IN.xlsx -o OUT.xlsx` and `plansheet recalc IN.xlsx --check`:
/// computes every formula without a spreadsheet program.
struct RecalcCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "recalc",
        abstract: HelpText.pick(
            da: "Beregn en projektmappes formler: skriv en kopi med de beregnede værdier, eller kontrollér de gemte.",
            en: "Compute a workbook's formulas: write a copy with the computed values, or check the saved ones."),
        usage: """
            plansheet recalc <input> -o <output.xlsx> [--lang da|en]
            plansheet recalc <input> --check [--format text|json] [--lang da|en]
            """,
        discussion: HelpText.pick(
            da: """
                Med -o skrives en kopi af hvert regneark, hvor hver formel har den værdi, den \
                beregner (værdier, formler, talformater, flettede celler og kolonnebredder \
                bevares, som convert bevarer dem), så en projektmappe skrevet af et script læses \
                rigtigt overalt. En formel, som motoren ikke beregner (en ukendt eller flygtig \
                funktion, en cirkulær reference), beholder sin gemte værdi og nævnes på \
                standardfejl.

                Med --check sammenlignes hver formels beregnede værdi med den gemte, og de \
                formler, hvis gemte værdi afviger, og dem, der ikke beregnes, listes. \
                Afslutningsstatus: 0 intet afviger; 1 noget afviger; 2 filen kan ikke læses.

                Eksempler:
                  plansheet recalc script-output.xlsx -o recalculated.xlsx
                  plansheet recalc budget.xlsx --check --format json
                """,
            en: """
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
                """))

    @Argument(
        help: ArgumentHelp(
            HelpText.pick(
                da: "Projektmappen (.xlsx, .xlsm, .xltx, .xltm).", en: "The workbook (.xlsx, .xlsm, .xltx, .xltm).")))
    var input: String

    @Option(
        name: .shortAndLong,
        help: ArgumentHelp(
            HelpText.pick(da: "Hvor den genberegnede kopi skrives (.xlsx).", en: "Where to write the recalculated copy (.xlsx).")))
    var output: String?

    @Flag(
        help: ArgumentHelp(
            HelpText.pick(
                da: "Sammenlign beregnede værdier med de gemte i stedet for at skrive en kopi.",
                en: "Compare computed values with the saved ones instead of writing a copy.")))
    var check = false

    @Option(
        help: ArgumentHelp(
            HelpText.pick(da: "Rapportens form ved --check: text eller json.", en: "Report format of --check: text or json.")))
    var format: ReportFormat = .text

    @OptionGroup var languageOptions: LanguageOptions

    func validate() throws {
        let language = languageOptions.language
        guard check != (output != nil) else {
            throw ValidationError(
                LocalizedText(da: "angiv enten -o OUT.xlsx eller --check", en: "give either -o OUT.xlsx or --check")[language])
        }
        if let output {
            try OutputGuard.check(output, option: "-o", inputs: [input], extensions: ["xlsx"], language: language)
        }
    }

    func run() throws {
        let language = languageOptions.language
        let engine: FormulaEngine
        let workbook: XLSXWorkbook
        do {
            workbook = try XLSXWorkbook(path: input)
            engine = try FormulaEngine(workbook: workbook)
        } catch {
            Terminal.error("plansheet recalc: " + CommandSupport.message(error, language: language))
            throw ExitCode(2)
        }
        let results = engine.evaluate()
        let check = FormulaCheck(results)
        if let output {
            // Worksheets only, as convert writes them.
            let worksheets = workbook.sheets.filter { $0.kind == .worksheet }.map(\.index)
            try write(results.applied(to: engine.grids), sheets: worksheets, check: check, to: output, language: language)
            return
        }
        switch format {
        case .json: print(check.json(file: input), terminator: "")
        case .text: printText(check, language: language)
        }
        if check.cells.contains(where: { $0.status == .differs }) { throw ExitCode(1) }
    }

    private func write(_ grids: [SheetGrid], sheets: [Int], check: FormulaCheck, to output: String, language: Language) throws {
        do {
            try XLSXWriter.write(grids: sheets.map { grids[$0] }, to: output)
        } catch {
            Terminal.error("plansheet recalc: \(output): " + CommandSupport.message(error, language: language))
            throw ExitCode(2)
        }
        let summary = check.summary
        let computed = (summary[.agrees] ?? 0) + (summary[.differs] ?? 0) + (summary[.computed] ?? 0)
        let total = check.cells.count
        Terminal.error(
            LocalizedText(
                da: "plansheet recalc: \(computed) af \(total) \(total == 1 ? "formel" : "formler") beregnet; skrevet til \(output)",
                en: "plansheet recalc: \(computed) of \(total) \(total == 1 ? "formula" : "formulas") computed; written to \(output)")[
                    language])
        for cell in check.cells where [.unsupported, .volatile, .cycle].contains(cell.status) {
            let place = "\(cell.result.sheetName)!\(cell.result.address.a1) =\(cell.result.formula)"
            let detail = cell.detail.map { " (\($0))" } ?? ""
            Terminal.error(
                LocalizedText(
                    da: "  \(place): \(cell.status.rawValue), den gemte værdi er beholdt\(detail)",
                    en: "  \(place): \(cell.status.rawValue), saved value kept\(detail)")[language])
        }
    }

    private func printText(_ check: FormulaCheck, language: Language) {
        let danish = language == .danish
        for cell in check.cells where cell.status != .agrees && cell.status != .computed {
            var line = "\(cell.result.sheetName)!\(cell.result.address.a1)  =\(cell.result.formula)  \(cell.status.rawValue)"
            if cell.status == .differs {
                let computed = cell.result.outcome.value.map(String.init(describing:)) ?? ""
                line += danish ? ": gemt \(cell.result.cached), beregnet \(computed)" : ": saved \(cell.result.cached), computed \(computed)"
            }
            if let detail = cell.detail { line += " (\(detail))" }
            print(line)
        }
        let summary = check.summary
        let parts = FormulaCheckStatus.allCases.map { "\(summary[$0] ?? 0) \($0.rawValue)" }
        let count = check.cells.count
        print(
            (danish ? "\(count) \(count == 1 ? "formel" : "formler"): " : "\(count) \(count == 1 ? "formula" : "formulas"): ") + parts.joined(separator: ", "))
    }
}
