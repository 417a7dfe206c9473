/// What a column's figures are when they are not the budget: accounts or a forecast.
/// Such columns are set aside (with this as the reason), never read as funding.
public enum FigureBasis: String, Hashable, Sendable, Codable {
    /// Spent money: "Forbrug", "Regnskab", "Actual", "R2012".
    case actuals
    /// Expected spending: "Prognose", "Forecast", "Skøn".
    case forecast

    /// Why the column is set aside, in Danish and English.
    public var reason: (da: String, en: String) {
        switch self {
        case .actuals: return ("forbrug/regnskab, ikke budget", "actuals, not budget")
        case .forecast: return ("prognose, ikke budget", "forecast, not budget")
        }
    }
}
