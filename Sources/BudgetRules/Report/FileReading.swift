import PlanModel

/// What reading a submitted file found, for the report: its tables with their units and
/// where each unit came from, which rows were taken for which plan activity and how, and
/// what became of every figure (used, set aside with a reason, not understood). The
/// mapping layer fills it in; the text report shows a short block per file (tables,
/// what was set aside, matches under another name), the JSON report all of it.
public struct FileReading: Hashable, Sendable {
    /// A table read: a line for people, and its unit for programs.
    public struct Table: Hashable, Sendable {
        /// "Oversigt, ark “Oversigt”, rækker 4–16: 9 aktiviteter, enhed kr. (note B20)".
        public var summary: LocalizedText
        /// Where the table is (its title or first header cell).
        public var location: SourceLocation
        /// The kind: `"overview"`, `"area"`, `"long"`, `"crimeTargets"`.
        public var kind: String
        /// The units of its amounts, e.g. `["kr."]`, `["t.kr."]`.
        public var units: [String]
        /// Where the unit came from: `"header"`, `"title"`, `"note"`, `"cell"`, `"mapping"`, `"assumed"`.
        public var unitSource: String
        /// The cell that names the unit, when one does.
        public var unitCell: SourceLocation?

        /// Creates a table line.
        public init(
            summary: LocalizedText, location: SourceLocation, kind: String, units: [String], unitSource: String,
            unitCell: SourceLocation? = nil
        ) {
            self.summary = summary
            self.location = location
            self.kind = kind
            self.units = units
            self.unitSource = unitSource
            self.unitCell = unitCell
        }
    }

    /// A row taken for a plan activity.
    public struct Match: Hashable, Sendable {
        /// The row's name cell.
        public var location: SourceLocation
        /// The name as written in the sheet.
        public var name: String
        /// The plan activity's id.
        public var activityID: String
        /// The plan activity's name.
        public var activityName: String
        /// How: `"id"`, `"exact-name"`, `"alias"`, `"similarity"`, `"last-in-area"`, or `"new"`.
        public var method: String
        /// How sure, 0...1; `nil` for a new activity.
        public var confidence: Double?

        /// Creates a match line.
        public init(
            location: SourceLocation, name: String, activityID: String, activityName: String, method: String,
            confidence: Double?
        ) {
            self.location = location
            self.name = name
            self.activityID = activityID
            self.activityName = activityName
            self.method = method
            self.confidence = confidence
        }
    }

    /// One figure and what became of it.
    public struct Figure: Hashable, Sendable {
        /// The cell.
        public var location: SourceLocation
        /// The value as shown.
        public var raw: String
        /// `"used"`, `"set-aside"` or `"not-understood"`.
        public var status: String
        /// What it was used as (`"amount"`, `"total"`, …) or why it was set aside
        /// (`"hidden-sheet"`, `"actuals-column"`, …); `nil` when not understood.
        public var kind: String?
        /// The year it is for, when it has one.
        public var year: Int?
        /// Why it was set aside or not understood.
        public var why: LocalizedText?

        /// Creates a figure.
        public init(location: SourceLocation, raw: String, status: String, kind: String?, year: Int?, why: LocalizedText?) {
            self.location = location
            self.raw = raw
            self.status = status
            self.kind = kind
            self.year = year
            self.why = why
        }
    }

    /// The tables read, in sheet order.
    public var tables: [Table]
    /// What was set aside, grouped: one line per reason and sheet.
    public var setAside: [LocalizedText]
    /// The rows taken for activities.
    public var matches: [Match]
    /// Every figure inside the tables.
    public var figures: [Figure]

    /// Creates a reading.
    public init(tables: [Table] = [], setAside: [LocalizedText] = [], matches: [Match] = [], figures: [Figure] = []) {
        self.tables = tables
        self.setAside = setAside
        self.matches = matches
        self.figures = figures
    }
}
