/// The document properties of a workbook (`docProps/core.xml` and `docProps/app.xml`),
/// which spreadsheet programs show under File > Info or Properties.
///
/// Nothing here defaults to the current time: the same input gives the same file.
public struct DocumentProperties: Sendable, Hashable {
    /// The title.
    public var title: String?
    /// The subject.
    public var subject: String?
    /// The author.
    public var creator: String?
    /// Keywords.
    public var keywords: String?
    /// A description or comment.
    public var description: String?
    /// Who saved the file last.
    public var lastModifiedBy: String?
    /// The company.
    public var company: String?
    /// When the document was created (UTC); omitted when `nil`.
    public var created: DateTimeComponents?
    /// When the document was last modified (UTC); `created` when `nil`.
    public var modified: DateTimeComponents?
    /// The application name recorded in `docProps/app.xml`.
    public var application: String

    /// Creates document properties.
    public init(
        title: String? = nil, subject: String? = nil, creator: String? = nil, keywords: String? = nil,
        description: String? = nil, lastModifiedBy: String? = nil, company: String? = nil,
        created: DateTimeComponents? = nil, modified: DateTimeComponents? = nil,
        application: String = "PlanSheets"
    ) {
        self.title = title
        self.subject = subject
        self.creator = creator
        self.keywords = keywords
        self.description = description
        self.lastModifiedBy = lastModifiedBy
        self.company = company
        self.created = created
        self.modified = modified
        self.application = application
    }
}
