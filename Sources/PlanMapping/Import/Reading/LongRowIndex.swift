import BudgetRules

/// A long layout's (or ledger's) activities seen so far, by area, normalised name and id,
/// with each name normalised once: a ledger repeats the same few names on every line.
struct LongRowIndex {
    /// The row of each activity key in the table's rows.
    var rows: [String: Int] = [:]
    /// Names as written, normalised (``ActivityMatcher/normalize(_:)``).
    private var names: [String: String] = [:]

    /// `name` normalised, from the cache when it was seen before.
    mutating func normalized(_ name: String) -> String {
        if let known = names[name] { return known }
        let value = ActivityMatcher.normalize(name)
        names[name] = value
        return value
    }
}
