/// Something the XLSX reader did to read a sheet that the file does not say as written,
/// which the user should see: the sheet is read, but perhaps not as its author's program
/// numbered it (``XLSXWorkbook/readSheetNoting(at:)``).
///
/// `description` is an English sentence and ``danishDescription`` a Danish one, e.g.
/// "rows numbered from 0: read as if numbered from 1 (row 0 is read as row 1, and every
/// row one further down)."
public struct XLSXReadNote: Hashable, Sendable, BilingualMessage {
    /// What was noticed.
    public enum Kind: Hashable, Sendable {
        /// The sheet numbers its rows from 0 (`<row r="0">`, `A0`), as some zero-based
        /// tools write them: every row was read one further down, so that row 0 is the
        /// first row (1) instead of a row before it.
        case rowsNumberedFromZero
    }

    /// What was noticed.
    public var kind: Kind
    /// The sheet it concerns.
    public var sheet: String

    public init(_ kind: Kind, sheet: String) {
        self.kind = kind
        self.sheet = sheet
    }

    /// The sentence in English or Danish.
    public func render(english en: Bool) -> String {
        switch kind {
        case .rowsNumberedFromZero:
            return en
                ? "rows numbered from 0: read as if numbered from 1 (row 0 is read as row 1, and every row one further down)."
                : "rækkerne er nummereret fra 0: læst som om de var nummereret fra 1 (række 0 læses som række 1, og hver række én længere nede)."
        }
    }
}
