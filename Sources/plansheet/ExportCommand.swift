import ArgumentParser
import PlanMapping
import PlanModel

extension ExportLayout: ExpressibleByArgument {}

/// `plansheet export plan.json -o out.xlsx --layout overview|areas|long|crime`.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: HelpText.pick(
            da: "Skriv en plans tal i én form, som XLSX eller CSV.",
            en: "Write a plan's figures in one layout, as XLSX or CSV."),
        usage: """
            plansheet export <plan.json> -o <out.xlsx|out.csv> [--layout <layout>]
                [--lang da|en]
            """,
        discussion: HelpText.pick(
            da: """
                Former: overview (Oversigt-tabellen), areas (en tabel pr. indsatsområde; stablet \
                i én CSV), long (en række pr. aktivitet og år: Indsatsområde, Id, Aktivitet, År, \
                Beløb), crime (kriminalitetsmålene). Formatet følger filnavnets endelse; CSV \
                skrives som dansk Excel skriver det (;, UTF-8 med byte-order mark, CR LF), beløb \
                som hele tal.

                Eksempel:
                  plansheet export samples/tryghedsplan-2013.json -o plan.csv --layout long

                Afslutningsstatus: 0 filen er skrevet; 2 planen kunne ikke læses eller har fejl, \
                eller filen kunne ikke skrives (intet efterlades ved navnet).
                """,
            en: """
                Layouts: overview (the Oversigt table), areas (one table per focus area; \
                stacked in one CSV), long (one row per activity and year: Indsatsområde, Id, \
                Aktivitet, År, Beløb), crime (the crime targets). The format follows the \
                output's extension; CSV is written as Danish Excel writes it (;, UTF-8 with \
                byte-order mark, CR LF), amounts as plain whole numbers.

                Example:
                  plansheet export samples/tryghedsplan-2013.json -o plan.csv --layout long

                Exit status: 0 the file was written; 2 the plan could not be read or the file \
                could not be written (nothing is left at the output path).
                """))

    @Argument(help: ArgumentHelp(HelpText.pick(da: "Planen (JSON, se schema/README.md).", en: "The plan (JSON, see schema/README.md).")))
    var plan: String

    @Option(name: .shortAndLong, help: ArgumentHelp(HelpText.pick(da: "Filen, der skrives (.xlsx eller .csv).", en: "The file to write (.xlsx or .csv).")))
    var output: String

    @Option(
        help: ArgumentHelp(
            HelpText.pick(da: "Formen: ", en: "The layout: ") + ExportLayout.allCases.map(\.rawValue).joined(separator: ", ") + "."))
    var layout: ExportLayout = .overview

    @OptionGroup var languageOptions: LanguageOptions

    func validate() throws {
        try OutputGuard.check(output, option: "-o", inputs: [plan], extensions: ["xlsx", "csv"], language: languageOptions.language)
    }

    func run() throws {
        let language = languageOptions.language
        let plan = try CommandSupport.loadPlan(self.plan, language: language)
        do {
            try PlanExporter(plan: plan).write(layout, to: output)
        } catch {
            Terminal.error("plansheet: " + CommandSupport.message(error, language: language))
            throw ExitCode(2)
        }
        Terminal.error((language == .danish ? "Skrevet: " : "Written: ") + output)
    }
}
