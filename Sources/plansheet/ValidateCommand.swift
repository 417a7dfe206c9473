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
        abstract: HelpText.pick(
            da: "Kontrollér indsendte budgetark (XLSX eller CSV) mod budgetreglerne.",
            en: "Check submitted budget sheets (XLSX or CSV) against the budget rules."),
        usage: """
            plansheet validate <file-or-folder> ... [--plan <plan.json>]
                [--frame <kr>] [--period <first-last>] [--format text|json]
                [--lang da|en] [--mapping <map>] [--annotate <out.xlsx>]
                [--recursive] [--include-hidden]
            """,
        discussion: HelpText.pick(
            da: """
                Finder selv tabellerne i hver fil (oversigt, områdetabeller, kriminalitetsmål, \
                lang form), anvender hver budgetregel og skriver fundene pr. fil, ark og celle. \
                En mappe betyder regnearkene i den (--recursive: også undermapper); en fil, der \
                ikke kan læses (en PDF, et billede, en tom fil, .ods, en gammel .xls), står i \
                rapporten med årsagen, og Office-låsefiler (~$*, .~lock.*#) springes over.

                Ramme og periode: med --plan kommer aktivitetsnavne, aliasser, den årlige ramme \
                og perioden fra den godkendte plan; --frame og --period går forud. Uden dem tages \
                rammen fra arkets "Årlig ramme"-celle, ellers fra i alt + resterende beløb, og \
                perioden fra årskolonnerne; rapporten siger, hvad der er antaget, og hvorfra.

                Eksempel:
                  plansheet validate samples/submitted/oversigt-og-omraader-fejl.xlsx \\
                      --plan samples/tryghedsplan-2013.json --annotate kontrol.xlsx

                --annotate skriver en kopi af projektmappen (aldrig over en inputfil; navnet skal \
                ende på .xlsx): alle ark, værdier og formler bevaret, hver celle med et fund \
                farvet rød (fejl) eller gul (advarsel) med en note, og et første ark "Kontrol" \
                med links til alle fund. Den kræver én inputfil, eller netop én XLSX-fil blandt \
                flere (en enkelt CSV-fil kopieres til en projektmappe med ét ark).

                Afslutningsstatus: 0 ingen fejl; 1 mindst én fejl; 2 en fil kunne ikke læses \
                (meddelelsen navngiver den; de andre filer kontrolleres stadig).
                """,
            en: """
                Finds the tables in each file by themselves (overview, area tables, crime targets, \
                long layout), applies every budget rule and prints the findings per file, sheet \
                and cell. A folder means the spreadsheets in it (--recursive: subfolders too); a \
                file that cannot be read (a PDF, a picture, an empty file, .ods, an old .xls) is \
                in the report with the reason, and Office lock files (~$*, .~lock.*#) are \
                skipped.

                Frame and period: with --plan, activity names, aliases, the annual frame and the \
                period come from the approved plan; --frame and --period override it. Without \
                them the frame is taken from the sheet's "Årlig ramme" cell, else from total + \
                remaining, and the period from the year columns; the report says what was \
                assumed and from where.

                Example:
                  plansheet validate samples/submitted/oversigt-og-omraader-fejl.xlsx \\
                      --plan samples/tryghedsplan-2013.json --annotate kontrol.xlsx

                --annotate writes a copy of the checked workbook (never over an input file; the \
                name must end in .xlsx): every sheet, value and formula kept, each cell with a \
                finding filled red (error) or yellow (warning) with a note, and a first sheet \
                "Kontrol" linking to every finding. It needs exactly one input file, or exactly \
                one XLSX file among several inputs (a single CSV input is copied into a \
                one-sheet workbook).

                Exit status: 0 no error finding; 1 at least one error finding; 2 a file could \
                not be read (the message names it; the other files are still checked).
                """))

    @Argument(
        help: ArgumentHelp(
            HelpText.pick(
                da: "De indsendte filer (XLSX eller CSV), eller mapper med dem.",
                en: "The submitted files (XLSX or CSV), or folders holding them."),
            valueName: "file-or-folder"))
    var files: [String]

    @OptionGroup var planOptions: PlanOptions
    @OptionGroup var formatOptions: ReportFormatOptions
    @OptionGroup var languageOptions: LanguageOptions
    @OptionGroup var mappingOptions: MappingOptions
    @OptionGroup var folderOptions: FolderOptions

    @Option(
        help: ArgumentHelp(
            HelpText.pick(
                da: "Skriv en kommenteret kopi af projektmappen (aldrig over en inputfil).",
                en: "Write an annotated copy of the workbook (never over an input file)."),
            valueName: "out.xlsx"))
    var annotate: String?

    @Flag(help: "Read hidden sheets too (by default they are skipped and the report says so).")
    var includeHidden = false

    func validate() throws {
        let language = languageOptions.language
        guard let annotate else { return }
        if Self.annotationTarget(files) == nil {
            throw ValidationError(
                language == .danish
                    ? "--annotate kræver én inputfil, eller netop én XLSX-fil blandt flere."
                    : "--annotate needs one input file, or exactly one XLSX file among several.")
        }
        try OutputGuard.check(
            annotate, option: "--annotate", inputs: files + [planOptions.plan].compactMap { $0 }, extensions: ["xlsx"],
            language: language)
    }

    /// The input that `--annotate` copies: the only file, or the only workbook among several.
    static func annotationTarget(_ files: [String]) -> String? {
        if files.count == 1 { return files[0] }
        let workbooks = files.filter { SpreadsheetFormat.detect(path: $0) == .workbook }
        return workbooks.count == 1 ? workbooks[0] : nil
    }

    func run() throws {
        let language = languageOptions.language
        var (basePlan, scanner) = try CommandSupport.loadInputs(plan: planOptions, mapping: mappingOptions, language: language)
        scanner.includeHidden = includeHidden
        let paths = InputFiles.expand(files, recursive: folderOptions.recursive)
        let inputs = ScannedInputs(paths: paths, scanner: scanner) { index, path in
            Terminal.progress((language == .danish ? "Kontrollerer" : "Checking") + " \(index + 1)/\(paths.count): \(path)")
        }
        Terminal.endProgress()
        let check = SubmissionValidator(plan: basePlan, options: planOptions.validationOptions, scanner: scanner).check(inputs)
        for problem in check.unreadable { CommandSupport.reportUnreadable(problem, language: language) }
        switch formatOptions.format {
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
                    Terminal.error("plansheet: \(annotate): \(CommandSupport.message(error, language: language))")
                    throw ExitCode(2)
                }
            } else {
                Terminal.error(
                    language == .danish
                        ? "plansheet: ingen kommenteret kopi: \(target) kunne ikke læses."
                        : "plansheet: no annotated copy: \(target) could not be read.")
            }
        }
        if !check.unreadable.isEmpty { throw ExitCode(2) }
        if check.report.hasErrors { throw ExitCode(1) }
    }
}
