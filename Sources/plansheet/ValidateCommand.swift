import ArgumentParser
import BudgetRules
import Foundation
import PlanMapping
import PlanModel
import Spreadsheet

/// `plansheet validate`: checks submitted budget sheets against the budget rules.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check submitted budget sheets (XLSX or CSV) against the budget rules.",
        usage: """
            plansheet validate <file> ... [--plan <plan.json>]
                [--format text|json] [--lang da|en] [--frame <kr>]
                [--mapping <map>] [--annotate <out.xlsx>] [--include-hidden]
            """,
        discussion: """
            Finds the tables in each file by themselves (overview, area tables, crime targets, \
            long layout), applies every budget rule and prints the findings per file, sheet \
            and cell. With --plan, activity names, aliases, the annual frame and the period \
            come from the approved plan. The files are read exactly as import reads them \
            (validate is import, then the rules); per file the report says which tables \
            were read, each one's unit and where it came from, what was set aside and why \
            (hidden sheets are skipped unless --include-hidden is given), and which rows were \
            matched to the plan under another name. --format json adds every figure's fate \
            (the "coverage" section: used, set aside, not understood, with cells).

            Example:
              plansheet validate samples/submitted/oversigt-og-omraader-fejl.xlsx \\
                  --plan samples/tryghedsplan-2013.json --annotate kontrol.xlsx

            --annotate writes a copy of the checked workbook: every sheet, value and formula \
            kept, each cell with a finding filled red (error) or yellow (warning) with a note, \
            and a first sheet "Kontrol" linking to every finding. It needs exactly one input \
            file, or exactly one XLSX file among several inputs (a single CSV input is \
            copied into a one-sheet workbook).

            Exit status: 0 no error finding; 1 at least one error finding; 2 a file could \
            not be read (the message names it; the other files are still checked).
            """)

    @Argument(help: "The submitted files (XLSX or CSV).")
    var files: [String]

    @Option(help: "The approved plan (JSON) to reconcile the files against.")
    var plan: String?

    @Option(help: "Report format: text or json.")
    var format: ReportFormat = .text

    @Option(help: "Language of the report: da or en.")
    var lang: LanguageOption = .da

    @Option(help: ArgumentHelp("The annual frame in kroner (e.g. 2000000 or 2.000.000).", valueName: "kr"))
    var frame: String?

    @Option(help: "A mapping file (JSON or YAML) that says where the tables are.")
    var mapping: String?

    @Option(help: ArgumentHelp("Write an annotated copy of the workbook.", valueName: "out.xlsx"))
    var annotate: String?

    @Flag(help: "Read hidden sheets too (by default they are skipped and the report says so).")
    var includeHidden = false

    func validate() throws {
        if annotate != nil, Self.annotationTarget(files) == nil {
            throw ValidationError(lang.language == .danish
                ? "--annotate kræver én inputfil, eller netop én XLSX-fil blandt flere."
                : "--annotate needs one input file, or exactly one XLSX file among several.")
        }
    }

    /// The input that `--annotate` copies: the only file, or the only XLSX file among several.
    static func annotationTarget(_ files: [String]) -> String? {
        if files.count == 1 { return files[0] }
        let workbooks = files.filter { [".xlsx", ".xlsm", ".xltx", ".xltm"].contains(where: $0.lowercased().hasSuffix) }
        return workbooks.count == 1 ? workbooks[0] : nil
    }

    func run() throws {
        let language = lang.language
        let options = ValidationOptions(annualFrame: try CommandSupport.frame(frame, language: language))
        var (basePlan, scanner) = try CommandSupport.loadInputs(plan: plan, mapping: mapping, language: language)
        scanner.includeHidden = includeHidden
        let validator = SubmissionValidator(plan: basePlan, options: options, scanner: scanner)
        let check = validator.check(paths: files) { index, path in
            Terminal.progress((language == .danish ? "Kontrollerer" : "Checking") + " \(index + 1)/\(files.count): \(path)")
        }
        Terminal.endProgress()
        for problem in check.unreadable { CommandSupport.reportUnreadable(problem, language: language) }
        switch format {
        case .text:
            print(check.report.text(language: language, width: 80, showMatches: false), terminator: "")
        case .json:
            let json = check.report.json()
            print(json, terminator: json.hasSuffix("\n") ? "" : "\n")
        }
        if let annotate, let target = Self.annotationTarget(files) {
            if let scanned = check.files.first(where: { $0.path == target }) {
                do {
                    try AnnotatedCopy(language: language).write(scanned.file, findings: check.report.findings, to: annotate)
                    Terminal.error(language == .danish ? "Kommenteret kopi: \(annotate)" : "Annotated copy: \(annotate)")
                } catch {
                    Terminal.error("plansheet: \(annotate): \(error)")
                    throw ExitCode(2)
                }
            } else {
                Terminal.error(language == .danish
                    ? "plansheet: ingen kommenteret kopi: \(target) kunne ikke læses."
                    : "plansheet: no annotated copy: \(target) could not be read.")
            }
        }
        if !check.unreadable.isEmpty { throw ExitCode(2) }
        if check.report.hasErrors { throw ExitCode(1) }
    }
}
