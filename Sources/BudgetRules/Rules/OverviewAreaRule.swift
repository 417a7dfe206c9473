import PlanModel

/// Rule 5: each activity's amounts in the overview equal those in its area table.
///
/// The overview and the area tables name activities differently ("Indbrudsindsats" and
/// "Indbrudskampagne i Tingbjerg-Husum"); the rows are paired by the
/// ``Reconciliation`` (area, id, the plan's names and aliases, similarity). Differences
/// are reported at the overview's cell (`overview-area-mismatch`, expected = the area
/// table's amount). A row that could not be paired (when the submission has both kinds
/// of table; an overview row only when its area has an area table), or that matches no
/// activity of the approved plan (when there is one), gives
/// `activity-unmatched` (warning), once per row. Rows that repeat an earlier row are
/// left to rule 8.
public struct OverviewAreaRule: BudgetRule {
    public let number = 5
    public let ruleIDs: [RuleID] = [.overviewAreaMismatch, .activityUnmatched]

    /// Creates the rule.
    public init() {}

    public func check(submission: Submission, in context: RuleContext) -> [Finding] {
        guard let reconciliation = context.reconciliation else { return [] }
        var findings: [Finding] = []
        for pair in reconciliation.pairs {
            let overview = reconciliation.overviewRows[pair.left].row
            let area = reconciliation.areaRows[pair.right].row
            for year in yearsIn([overview.amounts, area.amounts]) where context.covers(year) {
                guard let found = overview.amounts.usable(year), let expected = area.amounts.usable(year), found != expected
                else { continue }
                let other = Phrase.quoted(area.name) + Phrase.at(area.amounts[year]?.location ?? area.location)
                findings.append(
                    Finding(
                        rule: .overviewAreaMismatch, location: overview.amounts[year]?.location ?? overview.location,
                        activity: overview.name, expected: Phrase.figure(expected), found: Phrase.figure(found),
                        message: LocalizedText(
                            da:
                                "\(Phrase.quoted(overview.name)) har \(Phrase.da(found)) for \(year) i oversigten, men \(Phrase.da(expected)) i områdetabellen (\(other)).",
                            en:
                                "\(Phrase.quoted(overview.name)) has \(Phrase.en(found)) for \(year) in the overview, but \(Phrase.en(expected)) in the area table (\(other))."
                        )))
            }
        }
        let bothKinds = !reconciliation.overviewRows.isEmpty && !reconciliation.areaRows.isEmpty
        let pairedOverview = Dictionary(reconciliation.pairs.map { ($0.left, $0.right) }, uniquingKeysWith: { a, _ in a })
        let pairedArea = Dictionary(reconciliation.pairs.map { ($0.right, $0.left) }, uniquingKeysWith: { a, _ in a })
        // An overview row is expected to pair only when its area has an area table.
        let coveredAreas = Set(reconciliation.areaRows.map(\.area)).union(submission.areaTables.map(\.area))
        for (index, entry) in reconciliation.overviewRows.enumerated() where reconciliation.overviewDuplicates[index] == nil {
            let partner = pairedOverview[index]
            let unpaired = bothKinds && partner == nil && (entry.area == nil || coveredAreas.contains(entry.area))
            let inPlan = reconciliation.overviewPlan[index] != nil || partner.flatMap { reconciliation.areaPlan[$0] } != nil
            if let finding = unmatched(entry, overview: true, unpaired: unpaired, notInPlan: reconciliation.hasPlan && !inPlan) {
                findings.append(finding)
            }
        }
        for (index, entry) in reconciliation.areaRows.enumerated() where reconciliation.areaDuplicates[index] == nil {
            let partner = pairedArea[index]
            let unpaired = bothKinds && partner == nil
            let inPlan = reconciliation.areaPlan[index] != nil || partner.flatMap { reconciliation.overviewPlan[$0] } != nil
            if let finding = unmatched(entry, overview: false, unpaired: unpaired, notInPlan: reconciliation.hasPlan && !inPlan) {
                findings.append(finding)
            }
        }
        return findings
    }

    private func unmatched(_ entry: Reconciliation.Entry, overview: Bool, unpaired: Bool, notInPlan: Bool) -> Finding? {
        guard unpaired || notInPlan else { return nil }
        let name = Phrase.quoted(entry.row.name)
        let area = entry.area.map { (" (indsatsområde \($0))", " (focus area \($0))") } ?? ("", "")
        let place = overview ? ("i oversigten", "in the overview") : ("i områdetabellen", "in the area table")
        let other =
            overview
            ? ("en aktivitet i områdetabellerne", "an activity in the area tables")
            : ("en række i oversigten", "a row in the overview")
        let what: (String, String)
        switch (unpaired, notInPlan) {
        case (true, true):
            what = ("\(other.0) eller i den godkendte plan", "\(other.1) or in the approved plan")
        case (true, false):
            what = other
        default:
            what = ("en aktivitet i den godkendte plan", "an activity of the approved plan")
        }
        return Finding(
            rule: .activityUnmatched, location: entry.row.location, activity: entry.row.name,
            message: LocalizedText(
                da: "Aktiviteten \(name)\(area.0) \(place.0) kunne ikke parres med \(what.0).",
                en: "The activity \(name)\(area.1) \(place.1) could not be matched with \(what.1)."))
    }
}
