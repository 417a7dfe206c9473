/// How two activity names were matched.
public enum MatchMethod: String, Sendable, Hashable, Codable, CaseIterable {
    /// Both rows carry the same activity id (e.g. `"1.1"`).
    case id
    /// The names are equal after normalisation (case, punctuation, dashes, quotes).
    case exactName = "exact-name"
    /// Both names are names the plan knows the same activity by (name, short name, alias).
    case alias
    /// The names are alike (word overlap, character bigrams, or one contained in the other).
    case similarity
    /// The only unmatched pair left in a focus area, alike enough to be taken as a pair.
    case lastInArea = "last-in-area"
}
