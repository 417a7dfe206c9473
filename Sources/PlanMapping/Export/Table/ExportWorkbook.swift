/// An exported workbook as pure data: its sheets in order and its document properties.
public struct ExportWorkbook: Hashable, Sendable {
    /// The sheets, in workbook order; the first is shown when the file opens.
    public var sheets: [ExportSheet]
    /// The document properties.
    public var properties: ExportProperties

    /// Creates a workbook.
    public init(sheets: [ExportSheet], properties: ExportProperties) {
        self.sheets = sheets
        self.properties = properties
    }

    /// The sheet named `name`, if any.
    public func sheet(named name: String) -> ExportSheet? {
        sheets.first { $0.name == name }
    }
}
