/// Something the CSV reader decided without good grounds, which the user should see:
/// the file is read, but perhaps not as its author meant.
///
/// `description` is an English sentence and ``danishDescription`` a Danish one, e.g.
/// "line 1: the first line has 3,999 ';' but the other lines do not split on them:
/// every line is read as one field."
public struct CSVWarning: Hashable, Sendable, CustomStringConvertible {
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

    public var description: String {
        switch kind {
        case .oneFieldPerLine(let delimiter, let count):
            return "line \(line): the first line has \(count) '\(Self.name(delimiter))' but the lines do not split "
                + "alike on them: every line is read as one field (give the delimiter if it is \(Self.name(delimiter)))."
        }
    }

    /// The warning in Danish.
    public var danishDescription: String {
        switch kind {
        case .oneFieldPerLine(let delimiter, let count):
            return "linje \(line): første linje har \(count) '\(Self.name(delimiter))', men linjerne deles ikke ens "
                + "af dem: hver linje læses som ét felt (angiv skilletegnet, hvis det er \(Self.name(delimiter)))."
        }
    }

    private static func name(_ delimiter: Unicode.Scalar) -> String {
        delimiter == "\t" ? "tab" : String(delimiter)
    }
}
