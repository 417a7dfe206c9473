/// Which part of an activity, its co-financing or a crime target changed.
public enum ChangeField: String, Sendable, Hashable, CaseIterable, Codable {
    // Names (activity-renamed).
    /// The area-table name.
    case name
    /// The overview's short name.
    case shortName = "short-name"

    // Details (detail-changed).
    /// Målgruppe.
    case targetGroup = "target-group"
    /// Tidsplan.
    case timeline
    /// Leverancer.
    case deliverables
    /// Ansvarlig for implementering.
    case responsible
    /// Bidrager til følgende øvrige indsatsområder.
    case otherFocusAreas = "other-areas"
    /// The description.
    case description
    /// Økonomi (the plan's text on the economy).
    case economy

    // Co-financing (cofinancing-changed).
    /// The whole cost of the co-financed activity.
    case totalCost = "total-cost"
    /// The partnership's own share in kroner.
    case ownShare = "own-share"
    /// The own share as the plan states it ("1/3").
    case statedOwnShare = "stated-own-share"
    /// An external financer's share (the financer is ``PlanChange/subject``).
    case externalShare = "external-share"
    /// The least own share a financer requires.
    case minimumOwnShare = "minimum-own-share"

    // Crime targets (crime-target-changed).
    /// The offence is tracked in one version only.
    case offence
    /// The baseline count.
    case baseline
    /// The year of the baseline.
    case baselineYear = "baseline-year"
    /// The reduction in whole percent for a year.
    case reduction
    /// The target count for a year.
    case target
}
