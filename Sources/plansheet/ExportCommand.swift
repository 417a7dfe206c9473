import ArgumentParser
import PlanMapping
import PlanModel

extension ExportLayout: ExpressibleByArgument {}

/// `plansheet export plan.json -o out.xlsx --layout overview|areas|long|crime`.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write a plan's figures in one layout, as XLSX or CSV.",
        discussion: """
            Layouts: overview (the Oversigt table), areas (one table per focus area; \
            stacked in one CSV), long (one row per activity and year: Indsatsområde, Id, \
            Aktivitet, År, Beløb), crime (the crime targets). The format follows the \
            output's extension; CSV is written as Danish Excel writes it (;, UTF-8 with \
            byte-order mark, CR LF), amounts as plain whole numbers.
            """)

    @Argument(help: "The plan (JSON, see schema/README.md).")
    var plan: String

    @Option(name: .shortAndLong, help: "The file to write (.xlsx or .csv).")
    var output: String

    @Option(help: "The layout: \(ExportLayout.allCases.map(\.rawValue).joined(separator: ", ")).")
    var layout: ExportLayout = .overview

    func validate() throws {
        guard ExportFormat(path: output) != nil else {
            throw ValidationError("the output must end in .xlsx or .csv (filen skal ende på .xlsx eller .csv): \(output)")
        }
    }

    func run() throws {
        do {
            let plan = try PlanFileInput.load(self.plan)
            do {
                try PlanExporter(plan: plan).write(layout, to: output)
            } catch {
                throw CommandFailure(da: error.message.da, en: error.message.en)
            }
        } catch let failure as CommandFailure {
            failure.report()
            throw ExitCode.failure
        }
    }
}
