/// Something the CSV reader decided without good grounds, which the user should see:
/// the file is read, but perhaps not as its author meant.
///
/// `description` is an English sentence and ``danishDescription`` a Danish one, e.g.
/// "line 1: the first line has 3332 ';' but the lines do not split alike on them:
/// every line is read as one field (give the delimiter if it is ;)."
public struct CSVWarning: Hashable, Sendable, BilingualMessage {
    /// What was noticed.
    public enum Kind: Hashable, Sendable {
        /// No delimiter splits the lines alike, so every line is read as one field, while
        /// the first line holds `count` of `delimiter` (it looks like a header of columns).
        case oneFieldPerLine(delimiter: Unicode.Scalar, count: Int)
    }

    /// What was noticed.
    public var kind: Kind
    /// The line (from 1) it concerns.
    public var line: Int

    public init(_ kind: Kind, line: Int) {
        self.kind = kind
        self.line = line
    }

    /// The sentence in English or Danish.
    public func render(english en: Bool) -> String {
        switch kind {
        case .oneFieldPerLine(let delimiter, let count):
            let shown = Self.name(delimiter)
            return en
                ? "line \(line): the first line has \(count) '\(shown)' but the lines do not split alike on them: "
                    + "every line is read as one field (give the delimiter if it is \(shown))."
                : "linje \(line): første linje har \(count) '\(shown)', men linjerne deles ikke ens af dem: "
                    + "hver linje læses som ét felt (angiv skilletegnet, hvis det er \(shown))."
        }
    }

    private static func name(_ delimiter: Unicode.Scalar) -> String {
        delimiter == "\t" ? "tab" : String(delimiter)
    }
}
