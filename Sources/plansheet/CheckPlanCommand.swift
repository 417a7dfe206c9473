import ArgumentParser
import BudgetRules
import PlanModel

/// `plansheet check-plan PLAN.json`: the plan's syntax, schema and meaning, as a report.
struct CheckPlanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check-plan",
        abstract: HelpText.pick(
            da: "Kontrollér en plan (JSON): syntaks, skema og indhold.",
            en: "Check a plan (JSON): syntax, schema and meaning."),
        discussion: HelpText.pick(
            da: """
                Læser planen som alle andre kommandoer gør (en JSON-fejl angives med linje og \
                kolonne) og kontrollerer indholdet: indsatsområder (1–5 eller dem, planen \
                definerer), år inden for perioden, beløb i hele kroner på 0 eller derover, \
                unikke id'er og navne, medfinansieringens andele mellem 0 og 1, \
                kriminalitetsmål i overensstemmelse med basistallene, og at rammen ikke \
                overskrides. Den samme kontrol køres, hver gang en plan indlæses med --plan.

                Eksempel:
                  plansheet check-plan samples/tryghedsplan-2013.json

                Afslutningsstatus: 0 ingen fejl; 1 mindst én fejl; 2 planen kunne ikke læses.
                """,
            en: """
                Reads the plan as every other command does (a JSON error is given with its line \
                and column) and checks its meaning: focus areas (1–5 or those the plan \
                defines), years inside the period, amounts in whole kroner of 0 or more, unique \
                ids and names, co-financing shares between 0 and 1, crime targets consistent \
                with their baselines, and the frame not exceeded. The same check runs whenever \
                a plan is loaded with --plan.

                Example:
                  plansheet check-plan samples/tryghedsplan-2013.json

                Exit status: 0 no error; 1 at least one error; 2 the plan could not be read.
                """))

    @Argument(
        help: ArgumentHelp(HelpText.pick(da: "Planen (JSON, se schema/README.md).", en: "The plan (JSON, see schema/README.md)."), valueName: "plan.json"))
    var plan: String

    @OptionGroup var formatOptions: ReportFormatOptions
    @OptionGroup var languageOptions: LanguageOptions

    func run() throws {
        let language = languageOptions.language
        let loaded = try CommandSupport.readPlan(plan, language: language)
        let report = Validator().validate(plan: loaded, file: plan)
        switch formatOptions.format {
        case .text: print(report.text(language: language, width: 80), terminator: "")
        case .json: print(report.json(), terminator: "")
        }
        if report.hasErrors { throw ExitCode(1) }
    }
}
