/// Text matching with wildcards: `*` any run of characters, `?` one character. Excel's
/// criteria (COUNTIF, MATCH, VLOOKUP, SEARCH) ignore case and let `~` escape the next
/// character; file-name patterns (a mapping file's `file:`) take the characters as they are.
public struct WildcardPattern: Sendable {
    private enum Piece: Equatable, Sendable {
        case character(Character)
        case any, one
    }
    private let pieces: [Piece]
    /// Set when the pattern has no wildcard: plain comparison.
    private let literal: String?
    private let ignoresCase: Bool

    /// A pattern from `text`.
    ///
    /// - Parameters:
    ///   - text: The pattern as written.
    ///   - ignoringCase: Whether case does not matter (Excel's criteria).
    ///   - tildeEscapes: Whether `~` makes the next character literal (`~*` is a star).
    public init(_ text: String, ignoringCase: Bool = true, tildeEscapes: Bool = true) {
        var pieces: [Piece] = []
        var escaped = false
        var hasWildcard = false
        for ch in ignoringCase ? text.lowercased() : text {
            if escaped {
                pieces.append(.character(ch))
                escaped = false
                continue
            }
            switch ch {
            case "~" where tildeEscapes: escaped = true
            case "*":
                pieces.append(.any)
                hasWildcard = true
            case "?":
                pieces.append(.one)
                hasWildcard = true
            default: pieces.append(.character(ch))
            }
        }
        if escaped { pieces.append(.character("~")) }
        self.pieces = pieces
        self.ignoresCase = ignoringCase
        literal = hasWildcard ? nil : String(pieces.compactMap { if case .character(let c) = $0 { return c } else { return nil } })
    }

    /// Whether the pattern contains `*` or `?`.
    public var hasWildcards: Bool { literal == nil }

    /// Whether `text` matches the whole pattern.
    public func matches(_ text: String) -> Bool {
        let s = Array(ignoresCase ? text.lowercased() : text)
        if let literal { return String(s) == literal }
        // Greedy matching with backtracking on the last `*`.
        var i = 0
        var p = 0
        var star = -1
        var mark = 0
        while i < s.count {
            if p < pieces.count, pieces[p] == .one || pieces[p] == .character(s[i]) {
                i += 1
                p += 1
            } else if p < pieces.count, pieces[p] == .any {
                star = p
                mark = i
                p += 1
            } else if star >= 0 {
                p = star + 1
                mark += 1
                i = mark
            } else {
                return false
            }
        }
        while p < pieces.count && pieces[p] == .any { p += 1 }
        return p == pieces.count
    }
}
