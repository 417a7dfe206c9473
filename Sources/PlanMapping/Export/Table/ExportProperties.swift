import Spreadsheet

/// The document properties of an exported workbook (File > Info).
///
/// ``created`` is never the current time: it is derived from the plan (see
/// ``ExportOptions/created``), so the same plan always gives the same bytes.
public struct ExportProperties: Hashable, Sendable {
    /// The title.
    public var title: String
    /// The subject.
    public var subject: String?
    /// The author: the partnership.
    public var author: String
    /// Keywords.
    public var keywords: String?
    /// When the workbook counts as created (UTC).
    public var created: DateTimeComponents

    /// Creates document properties.
    public init(
        title: String, subject: String? = nil, author: String, keywords: String? = nil,
        created: DateTimeComponents
    ) {
        self.title = title
        self.subject = subject
        self.author = author
        self.keywords = keywords
        self.created = created
    }
}
