import ArgumentParser
import PlanModel

/// Languages on the command line.
enum LanguageOption: String, ExpressibleByArgument, CaseIterable, Sendable {
    case da, en

    /// The language meant.
    var language: Language { self == .da ? .danish : .english }
}

/// `--lang da|en`: the language of messages and reports (Danish unless `--lang en`).
struct LanguageOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            HelpText.pick(
                da: "Sproget i meddelelser og rapporter: da (standard) eller en.",
                en: "Language of messages and reports: da (the default) or en."),
            valueName: "da|en"))
    var lang: LanguageOption = .da

    /// The language chosen.
    var language: Language { lang.language }
}
