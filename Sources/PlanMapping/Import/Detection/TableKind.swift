/// The kinds of table a partner's sheet holds.
public enum TableKind: String, Hashable, Sendable, Codable, CaseIterable {
    /// The overview of all activities (section 10 of the plan): area, activity, one
    /// column per year, "I alt" and "Resterende beløb pr. år".
    case overview
    /// One focus area's table ("Aktiviteter under indsatsområde N – økonomisk ramme").
    case area
    /// Crime targets: offence, baseline, one column per year.
    case crimeTargets = "crime-targets"
    /// A long layout: one row per activity and year, with a year column and an amount column.
    case long

    /// A name for people: `oversigt` / `overview`, `områdetabel` / `area table`, …
    public func name(danish: Bool) -> String {
        switch self {
        case .overview: return danish ? "oversigt" : "overview"
        case .area: return danish ? "områdetabel" : "area table"
        case .crimeTargets: return danish ? "kriminalitetsmål" : "crime targets"
        case .long: return danish ? "lang tabel (én række pr. aktivitet og år)" : "long table (one row per activity and year)"
        }
    }
}
