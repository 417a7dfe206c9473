import PlanModel

/// The Danish headings and labels of exported sheets: the plan's own words, which the
/// importer recognises when a sheet comes back.
public enum ExportHeading {
    /// "Indsatsområde".
    public static let focusArea = "Indsatsområde"
    /// "Aktivitet".
    public static let activity = "Aktivitet"
    /// "Id".
    public static let id = "Id"
    /// "I alt".
    public static let total = "I alt"
    /// "Resterende beløb pr. år".
    public static let remaining = "Resterende beløb pr. år"
    /// "Årlig ramme".
    public static let annualFrame = "Årlig ramme"
    /// "Gerningstype".
    public static let offence = "Gerningstype"
    /// "År".
    public static let year = "År"
    /// "Beløb".
    public static let amount = "Beløb"

    /// "Finansiering 2013".
    public static func funding(_ year: Int) -> String { "Finansiering \(year)" }

    /// "Basis 2012".
    public static func baseline(_ year: Int) -> String { "Basis \(year)" }

    /// "2013 (-10 %)": a target year with its reduction.
    public static func target(_ year: Int, reduction: Int) -> String { "\(year) (-\(reduction) %)" }

    /// "Indsatsområde 1": the name of an area's sheet and of its chart series.
    public static func areaSheet(_ number: Int) -> String { "Indsatsområde \(number)" }

    /// "Aktiviteter under indsatsområde 1 – økonomisk ramme".
    public static func areaTitle(_ number: Int) -> String {
        "Aktiviteter under indsatsområde \(number) – økonomisk ramme"
    }

    /// "Oversigt over aktiviteter i Tingbjerg-Husum Partnerskab i 2013 og frem".
    public static func overviewTitle(_ plan: Plan) -> String {
        "Oversigt over aktiviteter i \(plan.partnership.name) i \(plan.period.firstYear) og frem"
    }

    /// The line shown above an area table without activities: the plan's fact, in no
    /// particular year's words (the area's own note, when the plan has one, follows it).
    public static func noActivities(_ number: Int) -> String {
        "Planen har ingen aktiviteter under indsatsområde \(number)."
    }
}
