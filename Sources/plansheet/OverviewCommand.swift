import ArgumentParser
import PlanMapping
import PlanModel
import Spreadsheet

/// `plansheet overview plan.json -o overview.xlsx`: the overview workbook of a plan.
struct OverviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "overview",
        abstract: HelpText.pick(
            da: "Skriv en plans oversigtsprojektmappe (Oversigt, områdeark, kriminalitetsmål, aktiviteter, diagram).",
            en: "Write the overview workbook of a plan (Oversigt, area sheets, crime targets, activities, chart)."),
        usage: """
            plansheet overview <plan.json> -o <overview.xlsx> [--created <time>]
                [--lang da|en]
            """,
        discussion: HelpText.pick(
            da: """
                Projektmappen har "Oversigt" (planens afsnit 10, med levende I alt og \
                Resterende beløb pr. år), et ark pr. indsatsområde, "Kriminalitetsmål", \
                "Aktiviteter" og "Diagram" (finansiering pr. indsatsområde og år), alle sat op til \
                udskrift på A4. Den samme plan giver altid de samme bytes: oprettelsestiden er \
                1. januar i planens første år, medmindre --created er givet.

                Eksempel:
                  plansheet overview samples/tryghedsplan-2013.json -o overview.xlsx

                Afslutningsstatus: 0 projektmappen er skrevet; 2 planen kunne ikke læses eller \
                har fejl, eller projektmappen kunne ikke skrives (intet efterlades ved navnet).
                """,
            en: """
                The workbook holds "Oversigt" (section 10 of the plan, with live I alt and \
                Resterende beløb pr. år), one sheet per focus area, "Kriminalitetsmål", \
                "Aktiviteter" and "Diagram" (funding per focus area and year). The same plan \
                always gives the same bytes: the creation time is 1 January of the plan's \
                first year unless --created is given.

                Example:
                  plansheet overview samples/tryghedsplan-2013.json -o overview.xlsx

                Exit status: 0 the workbook was written; 2 the plan could not be read or the \
                workbook could not be written (nothing is left at the output path).
                """))

    @Argument(help: ArgumentHelp(HelpText.pick(da: "Planen (JSON, se schema/README.md).", en: "The plan (JSON, see schema/README.md).")))
    var plan: String

    @Option(name: .shortAndLong, help: ArgumentHelp(HelpText.pick(da: "Projektmappen, der skrives (.xlsx).", en: "The workbook to write (.xlsx).")))
    var output: String

    @Option(
        help: ArgumentHelp(
            HelpText.pick(
                da: "Oprettelsestiden i projektmappen, ÅÅÅÅ-MM-DD eller ÅÅÅÅ-MM-DDTtt:mm:ss (UTC).",
                en: "The creation time recorded in the workbook, YYYY-MM-DD or YYYY-MM-DDTHH:MM:SS (UTC).")))
    var created: String?

    @OptionGroup var languageOptions: LanguageOptions

    func validate() throws {
        try OutputGuard.check(output, option: "-o", inputs: [plan], extensions: ["xlsx"], language: languageOptions.language)
        if let created, CreatedTime.parse(created) == nil {
            throw ValidationError(
                languageOptions.lang == .da
                    ? "--created skal være ÅÅÅÅ-MM-DD eller ÅÅÅÅ-MM-DDTtt:mm:ss, ikke \"\(created)\""
                    : "--created must be YYYY-MM-DD or YYYY-MM-DDTHH:MM:SS, found \"\(created)\"")
        }
    }

    func run() throws {
        let language = languageOptions.language
        let plan = try CommandSupport.loadPlan(self.plan, language: language)
        let exporter = PlanExporter(plan: plan, options: ExportOptions(created: created.flatMap(CreatedTime.parse)))
        do {
            try exporter.writeOverviewWorkbook(to: output)
        } catch {
            Terminal.error("plansheet: " + CommandSupport.message(error, language: language))
            throw ExitCode(2)
        }
        Terminal.error((language == .danish ? "Oversigt skrevet: " : "Overview written: ") + output)
    }
}

/// Parses `--created`.
enum CreatedTime {
    /// `2013-06-01` or `2013-06-01T12:00:00`; `nil` when it is neither or not a real date.
    static func parse(_ text: String) -> DateTimeComponents? {
        let parts = text.split(separator: "T", omittingEmptySubsequences: false)
        guard parts.count <= 2 else { return nil }
        let date = parts[0].split(separator: "-", omittingEmptySubsequences: false).map { Int($0) }
        guard date.count == 3, let year = date[0], let month = date[1], let day = date[2],
            (1...9999).contains(year), (1...12).contains(month), (1...31).contains(day)
        else { return nil }
        var time = [0, 0, 0]
        if parts.count == 2 {
            let fields = parts[1].split(separator: ":", omittingEmptySubsequences: false).map { Int($0) }
            guard fields.count == 3, let hour = fields[0], let minute = fields[1], let second = fields[2],
                (0...23).contains(hour), (0...59).contains(minute), (0...59).contains(second)
            else { return nil }
            time = [hour, minute, second]
        }
        return DateTimeComponents(year: year, month: month, day: day, hour: time[0], minute: time[1], second: time[2])
    }
}
