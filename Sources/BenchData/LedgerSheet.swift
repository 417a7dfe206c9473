/// An accounting extract for the import benchmark: one posting line per row, several
/// lines per activity and year (voucher, date, account, focus area, activity, year,
/// amount), as a finance system exports it. Every value is a pure function of the line's
/// index, so any tool can regenerate and check it.
public enum LedgerSheet {
    /// The column headings.
    public static let header = ["Bilagsnr", "Dato", "Konto", "Indsatsområde", "Aktivitet", "År", "Beløb"]

    /// The activities the lines are posted to: focus area and name.
    public static let activities: [(area: Int, name: String)] = [
        (1, "Indbrudskampagne i Tingbjerg-Husum"), (1, "Skoleindsats ”Det gode valg”"), (1, "Belysning på Volden"),
        (2, "Kommunikationsmedarbejder (25 timer pr. uge)"),
        (3, "Dialog med beboerne om deres holdninger og ønsker til tryghed i området"),
        (3, "Akutpulje til understøttelse af beboerdrevne initiativer for tryghed og mod kriminalitet"),
        (4, "Udarbejdelse af forløb for de ansatte i Tingbjerg-Husum samt fyraftensmøde"),
    ]

    /// One posting line.
    public struct Line: Hashable, Sendable {
        /// The voucher number.
        public var voucher: Int
        /// The posting date, `YYYY-MM-DD`.
        public var date: String
        /// The account number.
        public var account: Int
        /// The activity's focus area.
        public var area: Int
        /// The activity's name.
        public var activity: String
        /// The year.
        public var year: Int
        /// The amount in whole kroner (100 to 9.000).
        public var amount: Int
    }

    /// The line at `index` (0-based), posted in one of the four years from `firstYear`.
    public static func line(_ index: Int, firstYear: Int) -> Line {
        let hash = SplitMix64.hash(UInt64(index))
        let activity = activities[index % activities.count]
        let year = firstYear + (index / activities.count) % 4
        let month = Int(hash % 12) + 1
        let day = Int((hash >> 8) % 28) + 1
        return Line(
            voucher: 100_000 + index, date: "\(year)-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day)",
            account: 4400 + Int((hash >> 16) % 20), area: activity.area, activity: activity.name, year: year,
            amount: (Int((hash >> 24) % 90) + 1) * 100)
    }
}
