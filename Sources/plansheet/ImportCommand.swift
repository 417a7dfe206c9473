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
        abstract: HelpText.pick(
            da: "Byg en plan (JSON) af partnernes budgetark (XLSX eller CSV).",
            en: "Build a plan (JSON) from partners' budget sheets (XLSX or CSV)."),
        usage: """
            plansheet import <file-or-folder> ... -o <plan.json> [--plan <base.json>]
                [--mapping <map>] [--format text|json] [--lang da|en]
                [--frame <kr>] [--period <first-last>] [--recursive]
                [--include-hidden]
            """,
        discussion: HelpText.pick(
            da: """
                Finder selv tabellerne i hver fil (oversigt, områdetabeller, kriminalitetsmål, \
                lang form; titelrækker, flettede overskrifter, enheder i overskrifter eller noter) \
                og parrer deres aktiviteter med planens efter område, id, navne, aliasser og \
                lighed. Med --plan kommer navne, id'er og detaljer fra basisplanen og \
                finansieringen fra arkene; uden den laves en ny plan med genererede id'er, og \
                rammen og perioden tages fra --frame/--period eller arkene. Hvad der blev fundet \
                i hver fil (tabeller, enhed, parringer), skrives på standardfejl; --format json \
                skriver det som JSON på standardoutput. En mappe betyder regnearkene i den.

                Eksempel:
                  plansheet import samples/partners/kommune-oversigt.xlsx \\
                      samples/partners/ssp-kriminalitetsmaal.csv \\
                      --plan samples/tryghedsplan-2013.json -o plan.json

                Hvor tabellerne ikke kan findes, angiver en mappingfil ark, overskriftsrække, \
                kolonner og enhed (docs/mapping-file.md, samples/mappings/).

                Afslutningsstatus: 0 planen er skrevet; 1 et beløb eller en række kunne ikke \
                tages (intet skrives; meddelelserne siger hvor); 2 en fil kunne ikke læses.
                """,
            en: """
                Finds the tables in each file by themselves (overview, area tables, crime \
                targets, long layout; title rows, merged headers, units in headers or notes) \
                and matches their activities to the plan's by area, id, names, aliases and \
                similarity. With --plan, names, ids and details come from the base plan and the \
                funding from the sheets; without it, a new plan with generated ids is made. What \
                was found in each file (tables, unit, matches) is told on standard error; \
                --format json prints it as JSON on standard output.

                Example:
                  plansheet import samples/partners/kommune-oversigt.xlsx \\
                      samples/partners/ssp-kriminalitetsmaal.csv \\
                      --plan samples/tryghedsplan-2013.json -o plan.json

                Where detection cannot find a table, a mapping file names the sheet, header \
                row, columns and unit (docs/mapping-file.md, samples/mappings/).

                Exit status: 0 the plan was written; 1 an amount or row could not be taken \
                (nothing is written; the messages say where); 2 a file could not be read.
                """))

    @Argument(
        help: ArgumentHelp(
            HelpText.pick(
                da: "Partnernes filer (XLSX eller CSV), eller mapper med dem.",
                en: "The partners' files (XLSX or CSV), or folders holding them."),
            valueName: "file-or-folder"))
    var files: [String]

    @Option(
        name: .shortAndLong, help: ArgumentHelp(HelpText.pick(da: "Hvor planen skrives (JSON).", en: "Where to write the plan (JSON)."), valueName: "plan.json")
    )
    var output: String

    @OptionGroup var planOptions: PlanOptions
    @OptionGroup var mappingOptions: MappingOptions
    @OptionGroup var formatOptions: ReportFormatOptions
    @OptionGroup var languageOptions: LanguageOptions
    @OptionGroup var folderOptions: FolderOptions

    @Option(
        help: ArgumentHelp(HelpText.pick(da: "Partnerskabets navn i en ny plan (uden --plan).", en: "The partnership's name in a new plan (without --plan).")))
    var name: String = "Partnerskab"

    @Flag(help: "Read hidden sheets too (by default they are skipped and the report says so).")
    var includeHidden = false

    func validate() throws {
        try OutputGuard.check(
            output, option: "-o", inputs: files + [planOptions.plan, mappingOptions.mapping].compactMap { $0 }, extensions: ["json"],
            language: languageOptions.language)
    }

    func run() throws {
        let language = languageOptions.language
        let danish = language == .danish
        var (basePlan, scanner) = try CommandSupport.loadInputs(plan: planOptions, mapping: mappingOptions, language: language)
        scanner.includeHidden = includeHidden
        let paths = InputFiles.expand(files, recursive: folderOptions.recursive)
        let inputs = ScannedInputs(paths: paths, scanner: scanner) { index, path in
            Terminal.progress((danish ? "Læser" : "Reading") + " \(index + 1)/\(paths.count): \(path)")
        }
        Terminal.endProgress()
        for problem in inputs.problems {
            if problem.kind.isSkipped {
                Terminal.error((danish ? "plansheet: sprunget over: " : "plansheet: skipped: ") + problem.message(language))
            } else {
                CommandSupport.reportUnreadable(problem, language: language)
            }
        }
        let unreadable = !inputs.unreadable.isEmpty
        let scanned = inputs.files
        let options = ImportOptions(
            basePlan: basePlan, annualFrame: planOptions.annualFrame, period: planOptions.planPeriod, partnershipName: name)
        let result = PlanImporter(options: options).importPlan(from: scanned)
        let summary = ImportSummary(result)
        Terminal.error(summary.text(language: language, width: 80))
        if formatOptions.format == .json { print(summary.json(), terminator: "") }
        if unreadable { throw ExitCode(2) }
        if result.hasErrors {
            Terminal.error(
                danish
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
            Terminal.error("plansheet: \(output): \(CommandSupport.message(error, language: language))")
            throw ExitCode(2)
        }
        Terminal.error((danish ? "Plan skrevet: " : "Plan written: ") + output)
    }
}
