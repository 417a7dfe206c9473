import PlanMapping

/// How accepting a submission into the plan went.
public enum AcceptOutcome: Sendable {
    /// A new plan version was made.
    case accepted(PlanVersionRecord)
    /// The submission is already in this plan version.
    case alreadyAccepted(Int)
    /// The file cannot be read.
    case unreadable
    /// The import has errors; nothing was stored.
    case importErrors([ImportProblem])
    /// The plan changed since the match table was shown (the version it was made against).
    case planChanged(Int?)
}

extension PlanServerState {
    /// Imports `record` into the current plan and keeps the result as a new plan version,
    /// recording who accepted it and when. With `shownBase`, refuses when the current plan
    /// is no longer the version the approved match table was made against.
    public func accept(_ record: SubmissionRecord, by person: Person, shownBase: Int?? = nil) async throws -> AcceptOutcome {
        if let version = record.acceptedVersion { return .alreadyAccepted(version) }
        let base = try await store.latestPlanVersion()?.version
        if let shownBase, shownBase != base { return .planChanged(base) }
        guard let result = try await importPreview(of: record) else { return .unreadable }
        if result.hasErrors { return .importErrors(result.problems) }
        let json = String(decoding: result.plan.jsonData(), as: UTF8.self)
        guard let version = try await store.accept(submissionID: record.id!, by: person, planJSON: json, base: base) else {
            let now = try await store.submission(id: record.id!, visibleTo: person)
            if let accepted = now?.acceptedVersion { return .alreadyAccepted(accepted) }
            return .planChanged(try await store.latestPlanVersion()?.version)
        }
        return .accepted(version)
    }
}
