import PlanModel

/// Why a file in a report was not checked: it could not be read (a PDF, an empty file, a
/// damaged workbook, no table found…), or it was passed over on purpose (an Office lock
/// file). The report lists such a file in its place, with the reason and what to do.
///
/// JSON: `{"kind": "pdf", "skipped": false, "message": {"da": "…", "en": "…"}}`.
public struct FileProblem: Hashable, Sendable {
    /// A stable id of the kind of problem (`pdf`, `image`, `empty`, `lock-file`, `ods`,
    /// `xls`, `binary`, `missing`, `no-tables`, `unreadable`).
    public var kind: String
    /// What is wrong and what to do, in Danish and English.
    public var message: LocalizedText
    /// Whether the file was passed over with a note (not counted as unreadable).
    public var isSkipped: Bool

    /// Creates a problem.
    public init(kind: String, message: LocalizedText, isSkipped: Bool = false) {
        self.kind = kind
        self.message = message
        self.isSkipped = isSkipped
    }
}
