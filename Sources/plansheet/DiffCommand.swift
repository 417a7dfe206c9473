import ArgumentParser
import BudgetRules
import Foundation
import PlanMapping
import PlanModel
import Spreadsheet

/// `plansheet diff OLD NEW`: what changed between two versions of the plan.
struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: HelpText.pick(
            da: "Vis hvad der er ændret mellem to udgaver af planen (plan-JSON eller partnernes ark).",
            en: "Show what changed between two versions of the plan (plan JSON or partner sheets)."),
        usage: """
            plansheet diff <old> <new> [--old-file <file> ...]
                [--new-file <file> ...] [--plan <plan.json>] [--format text|json]
                [--lang da|en] [--workbook <out.xlsx>]
            """,
        discussion: HelpText.pick(
            da: """
                Hver side er en plan (JSON) eller et eller flere ark (XLSX eller CSV, en mappe \
                tager alle ark i den; --old-file/--new-file lægger flere filer til en side). Ark \
                læses som `plansheet import` gør, afstemt med --plan, ellers med den anden sides \
                plan. Aktiviteter parres efter mening: id, navn, alias, lighed (metode og sikkerhed \
                vises), ikke efter række.

                Eksempel:
                  plansheet diff samples/tryghedsplan-2013.json samples/tryghedsplan-2014.json

                --workbook skriver en ændringsprojektmappe: arket "Ændringer" med et link til \
                hver ændret celle og i alt pr. år før/nu/forskel med formler, og den nye plans \
                oversigt med ændrede celler udfyldt og den gamle værdi i en note.

                Afslutningsstatus: 0 ingen ændringer; 1 ændringer; 2 en fil kunne ikke læses \
                eller et beløb ikke tages (meddelelsen siger hvilken).
                """,
            en: """
                Each side is a plan (JSON) or one or more sheets (XLSX or CSV; a folder takes \
                every sheet in it; --old-file/--new-file add files to a side). Sheets are read as \
                `plansheet import` reads them, reconciled with --plan, else with the other \
                side's plan. Activities are paired by meaning: id, name, alias, similarity (the \
                method and certainty are shown), never by row.

                Example:
                  plansheet diff samples/tryghedsplan-2013.json samples/tryghedsplan-2014.json

                --workbook writes a change workbook: a sheet "Ændringer" linking to every changed \
                cell with totals per year old/new/difference as formulas, and the new plan's \
                overview with changed cells filled and the old value in a note.

                Exit status: 0 no changes; 1 changes; 2 a file could not be read or an amount \
                could not be taken (the message names it).
                """))

    @Argument(
        help: ArgumentHelp(
            HelpText.pick(
                da: "Den gamle udgave: plan (JSON), ark eller mappe.",
                en: "The old version: plan (JSON), sheet or folder."), valueName: "old"))
    var old: String

    @Argument(
        help: ArgumentHelp(
            HelpText.pick(
                da: "Den nye udgave: plan (JSON), ark eller mappe.",
                en: "The new version: plan (JSON), sheet or folder."), valueName: "new"))
    var new: String

    @Option(
        name: .customLong("old-file"),
        help: ArgumentHelp(
            HelpText.pick(da: "Endnu et ark til den gamle udgave.", en: "Another sheet of the old version."), valueName: "file"))
    var oldFiles: [String] = []

    @Option(
        name: .customLong("new-file"),
        help: ArgumentHelp(
            HelpText.pick(da: "Endnu et ark til den nye udgave.", en: "Another sheet of the new version."), valueName: "file"))
    var newFiles: [String] = []

    @OptionGroup var planOptions: PlanOptions
    @OptionGroup var formatOptions: ReportFormatOptions
    @OptionGroup var languageOptions: LanguageOptions
    @OptionGroup var mappingOptions: MappingOptions
    @OptionGroup var folderOptions: FolderOptions

    @Option(
        help: ArgumentHelp(
            HelpText.pick(da: "Skriv en ændringsprojektmappe til styregruppen.", en: "Write a change workbook for the steering group."),
            valueName: "out.xlsx"))
    var workbook: String?

    func validate() throws {
        let language = languageOptions.language
        if let workbook {
            try OutputGuard.check(
                workbook, option: "--workbook",
                inputs: [old, new] + oldFiles + newFiles + [planOptions.plan, mappingOptions.mapping].compactMap { $0 },
                extensions: ["xlsx"], language: language)
        }
        if isPlan([old]) && !oldFiles.isEmpty || isPlan([new]) && !newFiles.isEmpty {
            throw ValidationError(
                LocalizedText(
                    da: "en plan (JSON) er en hel udgave; --old-file/--new-file lægger kun ark til ark.",
                    en: "a plan (JSON) is a whole version; --old-file/--new-file only add sheets to sheets.")[language])
        }
    }

    func run() throws {
        let language = languageOptions.language
        let (basePlan, scanner) = try CommandSupport.loadInputs(plan: planOptions, mapping: mappingOptions, language: language)
        let oldPaths = InputFiles.expand([old] + oldFiles, recursive: folderOptions.recursive)
        let newPaths = InputFiles.expand([new] + newFiles, recursive: folderOptions.recursive)
        if let workbook {
            // A folder given as a side may hold the output's name among its files.
            try OutputGuard.check(workbook, option: "--workbook", inputs: oldPaths + newPaths, extensions: ["xlsx"], language: language)
        }

        let oldPlan = try isPlan(oldPaths) ? CommandSupport.loadPlan(oldPaths[0], language: language) : nil
        let newPlan = try isPlan(newPaths) ? CommandSupport.loadPlan(newPaths[0], language: language) : nil
        var oldSide: DiffSide
        var oldSource: DiffSource
        if let oldPlan {
            oldSide = DiffSide(plan: oldPlan)
            oldSource = DiffSource(kind: .plan, paths: oldPaths)
        } else {
            let base = basePlan ?? newPlan
            let sheets = try importSide(old, oldPaths, base: base, scanner: scanner, language: language)
            oldSide = sheets.side
            oldSource = DiffSource(kind: .sheets, paths: oldPaths, base: base == nil ? nil : (planOptions.plan ?? newPaths.first))
        }
        let newSide: DiffSide
        let newSource: DiffSource
        if let newPlan {
            newSide = DiffSide(plan: newPlan)
            newSource = DiffSource(kind: .plan, paths: newPaths)
        } else {
            // Reconciled with --plan, else with the old version (the two then share ids).
            let sheets = try importSide(new, newPaths, base: basePlan ?? oldSide.plan, scanner: scanner, language: language)
            newSide = sheets.side
            if basePlan == nil { oldSide.idsAreStable = true }
            newSource = DiffSource(
                kind: .sheets, paths: newPaths, base: planOptions.plan ?? oldPaths.joined(separator: ", "))
        }

        for (side, paths) in [(oldSide, oldPaths), (newSide, newPaths)] where !side.plan.period.isPlausible {
            Terminal.error(
                "plansheet: \(paths.joined(separator: ", ")): "
                    + LocalizedText(
                        da: "perioden \(side.plan.period) er ikke en planperiode (højst \(PlanPeriod.longestPlausibleSpan) år).",
                        en: "the period \(side.plan.period) is not a plan period (at most \(PlanPeriod.longestPlausibleSpan) years).")[language])
            throw ExitCode(2)
        }
        let diff = PlanDiffer().diff(oldSide, newSide)
        switch formatOptions.format {
        case .text: print(DiffTextRenderer(language: language).render(diff, old: oldSource, new: newSource), terminator: "")
        case .json: print(DiffJSONRenderer().render(diff, old: oldSource, new: newSource), terminator: "")
        }
        if let workbook {
            do {
                try ChangeWorkbook(diff: diff, language: language).write(to: workbook)
            } catch {
                Terminal.error("plansheet: " + error.message[language])
                throw ExitCode(2)
            }
            Terminal.error(LocalizedText(da: "Ændringsprojektmappe skrevet: ", en: "Change workbook written: ")[language] + workbook)
        }
        if !diff.isEmpty { throw ExitCode(1) }
    }

    // MARK: - Inputs

    /// Whether a side is one plan JSON.
    private func isPlan(_ paths: [String]) -> Bool {
        paths.count == 1 && paths[0].lowercased().hasSuffix(".json")
    }

    /// Scans and imports one side's sheets (`given` on the command line, `paths` with folders
    /// expanded); unreadable files and amounts that cannot be taken end the run with status 2
    /// (data would be lost), after every file was tried.
    private func importSide(
        _ given: String, _ paths: [String], base: Plan?, scanner: FileScanner, language: Language
    ) throws -> SheetDiffSide {
        guard !paths.isEmpty else {
            Terminal.error(
                "plansheet: \(given): "
                    + LocalizedText(
                        da: "mappen har ingen regneark (.xlsx eller .csv).", en: "the folder holds no spreadsheets (.xlsx or .csv).")[language])
            throw ExitCode(2)
        }
        let inputs = ScannedInputs(paths: paths, scanner: scanner) { index, path in
            Terminal.progress(LocalizedText(da: "Læser", en: "Reading")[language] + " \(index + 1)/\(paths.count): \(path)")
        }
        Terminal.endProgress()
        for problem in inputs.problems {
            if problem.kind.isSkipped {
                Terminal.error(LocalizedText(da: "plansheet: sprunget over: ", en: "plansheet: skipped: ")[language] + problem.message(language))
            } else {
                CommandSupport.reportUnreadable(problem, language: language)
            }
        }
        var trouble = !inputs.unreadable.isEmpty || inputs.files.isEmpty
        let scanned = inputs.files
        let sheets = SheetDiffSide(
            files: scanned, base: base, frame: planOptions.annualFrame, period: planOptions.planPeriod)
        for problem in sheets.result.problems {
            let severity: LocalizedText
            switch problem.severity {
            case .error: severity = LocalizedText(da: "fejl", en: "error")
            case .warning: severity = LocalizedText(da: "advarsel", en: "warning")
            case .info: severity = LocalizedText(da: "info", en: "info")
            }
            Terminal.error("plansheet: \(problem.location): \(severity[language]): \(problem.message[language])")
            if problem.severity == .error { trouble = true }
        }
        if trouble {
            Terminal.error(
                LocalizedText(
                    da: "plansheet: ingen sammenligning: ikke alt i arkene kunne læses (se ovenfor).",
                    en: "plansheet: no comparison: not everything in the sheets could be read (see above).")[language])
            throw ExitCode(2)
        }
        return sheets
    }
}
