import ArgumentParser

/// Report formats.
enum ReportFormat: String, ExpressibleByArgument, CaseIterable, Sendable {
    case text, json
}

/// `--format text|json`: how a report is printed.
struct ReportFormatOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            HelpText.pick(
                da: "Rapportens form: text (til læsning) eller json (til programmer).",
                en: "Report format: text (for reading) or json (for programs)."),
            valueName: "text|json"))
    var format: ReportFormat = .text
}
