import Spreadsheet

/// Choices for exporting a plan.
public struct ExportOptions: Hashable, Sendable {
    /// The creation time recorded in a workbook's document properties (UTC). `nil`
    /// (the default) derives it from the plan: 1 January of the period's first year,
    /// 00:00. Never the current time, so the same plan always gives the same bytes.
    public var created: DateTimeComponents?

    /// Creates options.
    public init(created: DateTimeComponents? = nil) {
        self.created = created
    }
}
