import PlanModel

/// Rule 1's check of a submission as a whole: tables were found, but no activity row has
/// an amount other than zero and no crime target has a figure (an empty template, or a
/// sheet whose numbers were lost). One `submission-empty` warning at the first table.
enum EmptySubmission {
    /// The warning for `submission`, or `nil` when it has no tables or holds a figure.
    static func finding(_ submission: Submission) -> Finding? {
        let rows = submission.areaTables.flatMap(\.rows) + submission.overviewTables.flatMap(\.rows)
        let first =
            submission.overviewTables.first?.location ?? submission.areaTables.first?.location
            ?? submission.crimeTables.first?.location
        guard let first else { return nil }
        let hasAmount = rows.contains { row in
            row.amounts.values.contains { $0.value.map { $0 != .zero } ?? !$0.raw.isEmpty }
        }
        let hasCount = submission.crimeTables.contains { table in
            table.rows.contains { row in row.baseline.value != nil || row.targets.contains { $0.count.value != nil } }
        }
        guard !hasAmount, !hasCount else { return nil }
        return Finding(
            rule: .submissionEmpty, location: first,
            message: LocalizedText(
                da: "Der er fundet tabeller, men ikke et eneste beløb i dem: er det en tom skabelon, eller er tallene gået tabt?",
                en: "Tables were found, but not one amount in them: is this an empty template, or were the figures lost?"))
    }
}
