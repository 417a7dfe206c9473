/// The layouts `plansheet export` writes a plan's figures in.
public enum ExportLayout: String, Hashable, Sendable, CaseIterable {
    /// The overview table ("Oversigt", section 10 of the plan): one row per activity,
    /// a column per year, "I alt" and "Resterende beløb pr. år".
    case overview
    /// The area tables ("Aktiviteter under indsatsområde N – økonomisk ramme"): one
    /// sheet per focus area in XLSX; stacked one after the other in CSV.
    case areas
    /// One row per activity and year: Indsatsområde, Id, Aktivitet, År, Beløb.
    case long
    /// The crime targets ("Kriminalitetsmål").
    case crime
}
