import GRDB

/// What a person may do on the server.
public enum Role: String, Sendable, Hashable, Codable, CaseIterable, DatabaseValueConvertible {
    /// The partnership's secretariat: sees every submission, accepts them into the plan.
    case admin
    /// A partner (the municipality, the police, a housing association): hands in sheets
    /// and sees only their own submissions.
    case partner
}
