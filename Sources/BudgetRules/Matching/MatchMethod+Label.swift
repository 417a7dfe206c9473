import PlanModel

extension MatchMethod {
    /// The method as a report names it: "id", "navn"/"name", "alias", "lighed"/"similarity",
    /// "sidste i omr."/"last in area".
    public func label(_ language: Language) -> String {
        let danish = language == .danish
        switch self {
        case .id: return "id"
        case .exactName: return danish ? "navn" : "name"
        case .alias: return "alias"
        case .similarity: return danish ? "lighed" : "similarity"
        case .lastInArea: return danish ? "sidste i omr." : "last in area"
        }
    }
}
