import ArgumentParser

/// `plansheet`: read, convert, import, validate and generate the plan's spreadsheets.
@main
struct PlanSheetCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plansheet",
        abstract: HelpText.pick(
            da: "Læs, konvertér og kontrollér partnerskabets planregneark (XLSX og CSV).",
            en: "Read, convert and check the partnership's plan spreadsheets (XLSX and CSV)."),
        version: PlanSheetVersion.current,
        subcommands: [
            InspectCommand.self,
            DumpCommand.self,
            ConvertCommand.self,
            RecalcCommand.self,
            ImportCommand.self,
            ValidateCommand.self,
            CheckPlanCommand.self,
            OverviewCommand.self,
            ExportCommand.self,
            DiffCommand.self,
            ServeCommand.self,
        ]
    )
}
