import BudgetRules

extension MatchMethod {
    /// The method as the Danish summary names it: "id", "navn", "alias", "lighed", "sidste i omr.".
    var danishName: String {
        switch self {
        case .id: return "id"
        case .exactName: return "navn"
        case .alias: return "alias"
        case .similarity: return "lighed"
        case .lastInArea: return "sidste i omr."
        }
    }

    /// The method as the English summary names it: "id", "name", "alias", "similarity", "last in area".
    var englishName: String {
        switch self {
        case .id: return "id"
        case .exactName: return "name"
        case .alias: return "alias"
        case .similarity: return "similarity"
        case .lastInArea: return "last in area"
        }
    }
}
