import ArgumentParser

/// `plansheet`: read, convert, import, validate and generate the plan's spreadsheets.
@main
struct PlanSheetCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plansheet",
        abstract: "Read, convert and check the partnership's plan spreadsheets (XLSX and CSV).",
        subcommands: [
            InspectCommand.self,
            DumpCommand.self,
            ConvertCommand.self,
            RecalcCommand.self,
            ImportCommand.self,
            ValidateCommand.self,
            OverviewCommand.self,
            ExportCommand.self,
        ]
    )
}
