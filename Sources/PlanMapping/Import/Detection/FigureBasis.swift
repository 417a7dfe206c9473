import PlanModel

/// What a column's figures are when they are not the budget: accounts or a forecast.
/// Such columns are set aside (``SetAsideReason``), never read as funding.
public enum FigureBasis: String, Hashable, Sendable, Codable {
    /// Spent money: "Forbrug", "Regnskab", "Actual", "R2012".
    case actuals
    /// Expected spending: "Prognose", "Forecast", "Skøn".
    case forecast

    /// Why a column headed `heading` holding these figures is set aside.
    func reason(heading: String) -> SetAsideReason {
        switch self {
        case .actuals: return .actualsColumn(heading: heading)
        case .forecast:
            return .other(
                LocalizedText(
                    da: "kolonnen “\(heading)” er en prognose, ikke budget",
                    en: "the column “\(heading)” is a forecast, not budget"))
        }
    }
}
