import ArgumentParser
import BudgetRules
import Foundation
import PlanMapping
import PlanModel
import Spreadsheet

/// `plansheet import`: builds a plan (JSON) from partners' sheets.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Build a plan (JSON) from partners' budget sheets (XLSX or CSV).",
        usage: """
            plansheet import <file> ... -o <plan.json> [--plan <base.json>]
                [--mapping <map>] [--format text|json] [--lang da|en] [--frame <kr>]
                [--include-hidden]
            """,
        discussion: """
            Finds the tables in each file by themselves (overview, area tables, crime \
            targets, long layout; title rows, merged headers, units in headers or notes) \
            and matches their activities to the plan's by area, id, names, aliases and \
            similarity. With --plan, names, ids and details come from the base plan and the \
            funding from the sheets; without it, a new plan with generated ids is made. What \
            was found in each file (tables, unit, matches) is told on standard error; \
            --format json prints it as JSON on standard output. Every figure inside a \
            table is accounted for: used, set aside with a reason (a hidden sheet, which is \
            skipped unless --include-hidden is given), or reported as not understood.

            Example:
              plansheet import samples/partners/kommune-oversigt.xlsx \\
                  samples/partners/ssp-kriminalitetsmaal.csv \\
                  --plan samples/tryghedsplan-2013.json -o plan.json

            Where detection cannot find a table, a mapping file names the sheet, header \
            row, columns and unit (docs/mapping-file.md, samples/mappings/).

            Exit status: 0 the plan was written; 1 an amount or row could not be taken \
            (nothing is written; the messages say where); 2 a file could not be read.
            """)

    @Argument(help: "The partners' files (XLSX or CSV).")
    var files: [String]

    @Option(name: .shortAndLong, help: ArgumentHelp("Where to write the plan (JSON).", valueName: "plan.json"))
    var output: String

    @Option(help: ArgumentHelp("The base plan whose activities the rows are matched to.", valueName: "base.json"))
    var plan: String?

    @Option(help: "A mapping file (JSON or YAML) that says where the tables are.")
    var mapping: String?

    @Option(help: "Format of what was found: text (standard error) or json (standard output).")
    var format: ReportFormat = .text

    @Option(help: "Language of the messages: da or en.")
    var lang: LanguageOption = .da

    @Option(help: ArgumentHelp("The annual frame in kroner of the plan made.", valueName: "kr"))
    var frame: String?

    @Option(help: "The partnership's name in a new plan (without --plan).")
    var name: String = "Partnerskab"

    @Flag(help: "Read hidden sheets too (by default they are skipped and the report says so).")
    var includeHidden = false

    func run() throws {
        let language = lang.language
        let danish = language == .danish
        var (basePlan, scanner) = try CommandSupport.loadInputs(plan: plan, mapping: mapping, language: language)
        scanner.includeHidden = includeHidden
        let read = ReadingPipeline(scanner: scanner).read(paths: files) { index, path in
            Terminal.progress((danish ? "Læser" : "Reading") + " \(index + 1)/\(files.count): \(path)")
        }
        Terminal.endProgress()
        for problem in read.unreadable { CommandSupport.reportUnreadable(problem, language: language) }
        let scanned = read.files
        let unreadable = !read.unreadable.isEmpty
        let options = ImportOptions(
            basePlan: basePlan, annualFrame: try CommandSupport.frame(frame, language: language), partnershipName: name)
        let result = PlanImporter(options: options).importPlan(from: scanned)
        let summary = ImportSummary(result)
        Terminal.error(summary.text(language: language, width: 80))
        if format == .json { print(summary.json(), terminator: "") }
        if unreadable { throw ExitCode(2) }
        if result.hasErrors {
            Terminal.error(danish
                ? "plansheet: planen er ikke skrevet, fordi der er fejl (se ovenfor; `plansheet validate` viser alle fund)."
                : "plansheet: the plan was not written because of errors (see above; `plansheet validate` shows every finding).")
            throw ExitCode(1)
        }
        do {
            let writer = try AtomicFileWriter(path: output)
            do {
                try writer.write(Array(result.plan.jsonData()))
                try writer.commit()
            } catch {
                writer.abandon()
                throw error
            }
        } catch {
            Terminal.error("plansheet: \(output): \(error)")
            throw ExitCode(2)
        }
        Terminal.error((danish ? "Plan skrevet: " : "Plan written: ") + output)
    }
}
