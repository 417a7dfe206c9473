import PlanModel

/// How serious a finding is.
public enum Severity: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    /// The sheet or plan breaks a budget rule.
    case error
    /// Something is probably wrong or was read with a guess.
    case warning
    /// Worth knowing; nothing is wrong.
    case info

    /// Errors first, then warnings, then information.
    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }

    private var rank: Int {
        switch self {
        case .error: return 0
        case .warning: return 1
        case .info: return 2
        }
    }

    /// The label in a text report: `FEJL` / `ERROR`, `ADVARSEL` / `WARNING`, `INFO`.
    public func label(_ language: Language) -> String {
        switch (self, language) {
        case (.error, .danish): return "FEJL"
        case (.error, .english): return "ERROR"
        case (.warning, .danish): return "ADVARSEL"
        case (.warning, .english): return "WARNING"
        case (.info, _): return "INFO"
        }
    }
}
