import BudgetRules
import PlanModel

/// Builds a plan from partners' sheets.
///
/// Area tables and long tables are read first (they carry the activities' full names),
/// then overview tables. Each table's rows are matched to the activities known so far
/// (the base plan's, then those made from earlier tables) with `ActivityMatcher`: by
/// id, by a name or alias the plan knows, by similarity, within the row's focus area. A
/// row that matches nothing becomes a new activity with the next free id of its area
/// (`"3.5"`). An activity's funding is the first sheet's that gives it; a later sheet that
/// disagrees is reported. With a base plan, names, ids and details stay the base plan's,
/// activities no sheet mentions keep their funding, and crime targets are replaced offence
/// by offence.
///
/// ```swift
/// let files = try paths.map { try FileScanner().scan(path: $0) }
/// let result = PlanImporter(options: ImportOptions(basePlan: plan)).importPlan(from: files)
/// try result.plan.jsonData().write(to: url)
/// ```
public struct PlanImporter: Sendable {
    /// The settings.
    public var options: ImportOptions

    /// Creates an importer.
    public init(options: ImportOptions = ImportOptions()) {
        self.options = options
    }

    /// Builds the plan from `files` (in the order given).
    public func importPlan(from files: [ScannedFile]) -> ImportResult {
        var state = State(base: options.basePlan)
        for file in files {
            // What reading found and assumed, and what the formula engine filled in or found
            // stale, each with its rule id's severity (validate reports them from here too).
            for finding in ReadingFindings(file: file).findings + FormulaFindings(file: file).valueFindings {
                state.problems.append(ImportProblem(finding))
            }
        }
        var queue: [(file: ScannedFile, table: SheetTable)] = []
        for file in files {
            for table in file.tables where table.table.kind == .area || table.table.kind == .long { queue.append((file, table)) }
        }
        for file in files {
            for table in file.tables where table.table.kind == .overview { queue.append((file, table)) }
        }
        for file in files {
            state.problems += file.layoutProblems
            for table in file.tables { state.problems += table.problems }
        }
        for (file, table) in queue { take(table, from: file, into: &state) }
        for file in files {
            for table in file.tables where table.table.kind == .crimeTargets { takeCrime(table, into: &state) }
        }
        noteAssumedFrame(files, into: &state)
        let plan = assemble(state, files: files)
        let untouched = (options.basePlan?.activities ?? []).map(\.id).filter { state.funded[$0] == nil }
        let order = Dictionary(uniqueKeysWithValues: files.enumerated().map { ($1.path, $0) })
        let matches = state.matches.enumerated().sorted { a, b in
            let x = order[a.element.file] ?? 0
            let y = order[b.element.file] ?? 0
            return x != y ? x < y : a.offset < b.offset
        }.map(\.element)
        return ImportResult(plan: plan, files: files, matches: matches, problems: state.problems, untouched: untouched)
    }

    // MARK: - State

    /// A row taken for an activity.
    struct Resolution {
        var activityID: String
        var method: MatchMethod
        var confidence: Double
    }

    struct State {
        var base: Plan?
        var activities: [Activity]
        var created = Set<String>()
        /// The first source of each activity's funding: its row's name cell.
        var funded: [String: SourceLocation] = [:]
        /// The amount each activity's funding for a year was taken from, and its table's kind.
        var fundedYears: [String: [Int: (amount: ParsedAmount, kind: TableKind)]] = [:]
        var crimeTargets: [CrimeTarget]
        var crimeSeen = Set<String>()
        var matches: [ImportMatch] = []
        var problems: [ImportProblem] = []
        var years = Set<Int>()
        var frame: Kroner?
        /// The sheets and years whose figures were left out for lying outside the period (told once each).
        var outsidePeriod = Set<String>()
        /// Per activity, the years whose amount is the base plan's because no table read so far
        /// has a column for them (a later table's column replaces it).
        var keptFromBase: [String: Set<Int>] = [:]

        /// The index of each activity in ``activities``.
        private(set) var indexByID: [String: Int] = [:]
        /// The highest ordinal used per focus area (ids are never reused).
        private var highestOrdinal: [Int: Int] = [:]

        init(base: Plan?) {
            self.base = base
            activities = []
            crimeTargets = base?.crimeTargets ?? []
            for activity in base?.activities ?? [] { append(activity) }
        }

        /// Adds an activity.
        mutating func append(_ activity: Activity) {
            indexByID[activity.id] = activities.count
            activities.append(activity)
            let parts = activity.id.split(separator: ".")
            if parts.count == 2, let area = Int(parts[0]), let ordinal = Int(parts[1]) {
                highestOrdinal[area] = max(highestOrdinal[area] ?? 0, ordinal)
            }
        }

        /// Notes a problem at `location`, with its message in Danish and English.
        mutating func report(
            _ severity: ImportProblem.Severity, at location: SourceLocation, da: String, en: String, rule: RuleID? = nil
        ) {
            problems.append(ImportProblem(severity: severity, location: location, message: LocalizedText(da: da, en: en), rule: rule))
        }

        /// The next free id of `area`: one more than the highest ordinal used.
        func nextID(area: Int) -> String {
            "\(area).\((highestOrdinal[area] ?? 0) + 1)"
        }
    }

    // MARK: - Activities

    private func take(_ table: SheetTable, from file: ScannedFile, into state: inout State) {
        let kind = table.table.kind
        let validAreas = Set((options.basePlan?.focusAreas.map(\.number)).flatMap { $0.isEmpty ? nil : $0 } ?? Array(1...5))
        state.years.formUnion(table.yearHeadings.map(\.year))
        if kind == .overview { noteFrame(table, into: &state) }
        func area(of row: ActivityRow) -> Int? {
            if kind == .area, let area = table.table.area, validAreas.contains(area) { return area }
            return row.area.flatMap { validAreas.contains($0) ? $0 : nil }
        }
        let matcher = ActivityMatcher(plan: knownPlan(state), minimumConfidence: options.minimumMatchConfidence)
        let entries = table.rows.map { ActivityMatcher.Entry(area: area(of: $0.row), id: $0.row.id, name: $0.row.name) }
        var resolved = matcher.resolve(entries).mapValues {
            Resolution(activityID: $0.activityID, method: $0.method, confidence: $0.confidence)
        }
        pairByAmounts(table.rows, areas: entries.map(\.area), resolved: &resolved, state: state)
        checkUnit(table, file: file, resolved: resolved, into: &state)
        for (index, item) in table.rows.enumerated() {
            let row = item.row
            let rowArea = area(of: row)
            let id: String
            var method: MatchMethod?
            var confidence = 1.0
            if let resolution = resolved[index] {
                id = resolution.activityID
                method = resolution.method
                confidence = resolution.confidence
                if kind == .overview, state.created.contains(id),
                    let i = state.indexByID[id],
                    state.activities[i].shortName == state.activities[i].name, row.name != state.activities[i].name
                {
                    state.activities[i].shortName = row.name
                }
            } else if let repeated = matcher.planActivity(naming: entries[index]) {
                let first = resolved.first { $0.value.activityID == repeated.id }.map { table.rows[$0.key].row }
                let conflicts = first.map { Self.conflicts(between: $0, and: row) } ?? []
                if conflicts.isEmpty {
                    state.report(
                        .warning, at: row.location,
                        da:
                            "“\(row.name)” står to gange i tabellen med de samme beløb; rækken er sprunget over (aktivitet \(repeated.id) er taget fra den første).",
                        en:
                            "“\(row.name)” appears twice in the table with the same amounts; the row was skipped (activity \(repeated.id) is taken from the first)."
                    )
                }
                for (year, a, b) in conflicts {
                    for (here, there) in [(a, b), (b, a)] {
                        state.report(
                            .error, at: here.location,
                            da:
                                "“\(row.name)” står to gange i tabellen med forskellige beløb for \(year): \(Self.amountText(here, .danish)) her og \(Self.amountText(there, .danish)) i \(there.location.cell ?? "?"); hvilket beløb gælder?",
                            en:
                                "“\(row.name)” appears twice in the table with different amounts for \(year): \(Self.amountText(here, .english)) here and \(Self.amountText(there, .english)) in \(there.location.cell ?? "?"); which amount holds?",
                            rule: .conflictingFigures)
                    }
                }
                continue
            } else {
                guard let rowArea else {
                    let raw = row.areaRaw.map { " (“\($0)”)" } ?? ""
                    state.report(
                        .error, at: row.areaLocation ?? row.location,
                        da: "“\(row.name)” har intet gyldigt indsatsområde\(raw) og passer ikke med nogen kendt aktivitet.",
                        en: "“\(row.name)” has no valid focus area\(raw) and matches no known activity.")
                    continue
                }
                guard !row.name.isEmpty else {
                    state.report(
                        .error, at: row.location,
                        da: "en række med beløb har intet aktivitetsnavn.",
                        en: "a row with amounts has no activity name.")
                    continue
                }
                id = state.nextID(area: rowArea)
                state.append(
                    Activity(
                        id: id, name: row.name, shortName: row.name, focusArea: rowArea, funding: Funding(),
                        responsible: item.responsible.map { [$0] } ?? []))
                state.created.insert(id)
            }
            guard let activityIndex = state.indexByID[id] else { continue }
            state.matches.append(
                ImportMatch(
                    file: file.path, tableKind: kind, location: row.location, area: rowArea ?? state.activities[activityIndex].focusArea,
                    name: row.name, activityID: id, activityName: state.activities[activityIndex].name, method: method,
                    confidence: confidence))
            if let method, confidence < options.certainMatchConfidence {
                let percent = Int((confidence * 100).rounded())
                let target = state.activities[activityIndex]
                state.report(
                    .warning, at: row.location,
                    da:
                        "“\(row.name)” er parret med aktivitet \(target.id) “\(target.name)” ved \(method.label(.danish)) med kun \(percent) % sikkerhed; kontrollér at det er den samme aktivitet.",
                    en:
                        "“\(row.name)” was matched to activity \(target.id) “\(target.name)” by \(method.label(.english)) with only \(percent) % certainty; check that it is the same activity.",
                    rule: .matchUncertain)
            }
            fund(activityIndex, from: row, kind: kind, file: file.path, state: &state)
        }
    }

    /// The years in which two rows of the same activity give different readable amounts,
    /// with both amounts (years only one of them has a column for are not compared).
    static func conflicts(between first: ActivityRow, and second: ActivityRow) -> [(Int, ParsedAmount, ParsedAmount)] {
        var out: [(Int, ParsedAmount, ParsedAmount)] = []
        // Only the years both rows have a cell for: a table without a year's column says nothing about it.
        for year in Set(first.amounts.keys).intersection(second.amounts.keys).sorted() {
            guard let a = first.amounts[year], let b = second.amounts[year], let x = a.readableValue,
                let y = b.readableValue, x != y
            else { continue }
            out.append((year, a, b))
        }
        return out
    }

    /// Warns (`unit-implausible`) when the table's unit makes most of its amounts a factor
    /// of about 1,000 off from the base plan's for the same activities and years: a
    /// "t.kr." note above a table of whole kroner, or kroner where thousands were meant.
    private func checkUnit(_ table: SheetTable, file: ScannedFile, resolved: [Int: Resolution], into state: inout State) {
        guard let base = options.basePlan else { return }
        let planned = Dictionary(base.activities.map { ($0.id, $0.funding) }, uniquingKeysWith: { a, _ in a })
        var compared = 0
        var tooLarge = 0
        var tooSmall = 0
        for (index, resolution) in resolved {
            guard let funding = planned[resolution.activityID] else { continue }
            for (year, amount) in table.rows[index].row.amounts {
                guard let value = amount.usableValue?.value, value > 0 else { continue }
                let approved = funding[year].value
                guard approved > 0 else { continue }
                compared += 1
                if value / approved >= 500, value / approved <= 2000 { tooLarge += 1 }
                if approved / value >= 500, approved / value <= 2000 { tooSmall += 1 }
            }
        }
        guard compared >= 2, max(tooLarge, tooSmall) * 2 > compared else { return }
        let t = table.table
        let units = t.units.sorted().map(\.danishText).joined(separator: "/")
        let source: (String, String)
        switch t.unitSource {
        case .header: source = ("overskriften", "the header")
        case .title: source = ("titlen", "the title")
        case .note: source = ("en note", "a note")
        case .mapping: source = ("mappingfilen", "the mapping file")
        case .assumed: source = ("intet (kroner er antaget)", "nothing (kroner were assumed)")
        }
        let location =
            t.unitCell.map {
                SheetCell(sheet: file.file.format == .csv ? nil : t.sheet, address: $0).location(in: file.path)
            } ?? table.location
        let direction = tooLarge > tooSmall ? ("ca. 1.000 gange større", "about 1,000 times larger") : ("ca. 1.000 gange mindre", "about 1,000 times smaller")
        state.report(
            .warning, at: location,
            da:
                "enheden \(units) (fra \(source.0)) gør \(max(tooLarge, tooSmall)) af \(compared) beløb \(direction.0) end i den godkendte plan; kontrollér enheden.",
            en:
                "the unit \(units) (from \(source.1)) makes \(max(tooLarge, tooSmall)) of \(compared) amounts \(direction.1) than in the approved plan; check the unit.",
            rule: .unitImplausible)
    }

    /// Rows the matcher could not place, paired by their amounts: when a row's focus area
    /// has exactly one activity that no other row of the table took and that has the
    /// same funding, the row is taken for it (``MatchMethod/lastInArea``, confidence 0.5).
    /// This pairs an overview's "Beboercentrum" with an area table's "Fysisk ramme for
    /// borgerdeltagelse og engagement" when no plan knows they are the same.
    private func pairByAmounts(
        _ rows: [SheetActivityRow], areas: [Int?], resolved: inout [Int: Resolution], state: State
    ) {
        let taken = Set(resolved.values.map(\.activityID))
        // Per focus area: the activities no row of the table took, and the rows left over.
        var openActivities: [Int: [Activity]] = [:]
        for activity in state.activities where !taken.contains(activity.id) {
            openActivities[activity.focusArea, default: []].append(activity)
        }
        var openRows: [Int: [Int]] = [:]
        for index in rows.indices where resolved[index] == nil {
            if let area = areas[index] { openRows[area, default: []].append(index) }
        }
        for (area, indices) in openRows where indices.count == 1 {
            guard let open = openActivities[area], open.count == 1 else { continue }
            let index = indices[0]
            var funding = Funding()
            var readable = true
            for (year, amount) in rows[index].row.amounts {
                guard let value = amount.usableValue else {
                    readable = false
                    break
                }
                if value != .zero { funding[year] = value }
            }
            guard readable, !funding.isEmpty, open[0].funding == funding else { continue }
            resolved[index] = Resolution(activityID: open[0].id, method: .lastInArea, confidence: 0.5)
        }
    }

    /// The activities known so far as a plan, for the matcher.
    private func knownPlan(_ state: State) -> Plan {
        // The matcher looks at names and areas only; the period and frame are placeholders.
        var plan =
            options.basePlan
            ?? Plan(
                partnership: Partnership(name: options.partnershipName),
                period: PlanPeriod(firstYear: state.years.min() ?? 0, lastYear: state.years.max() ?? 0),
                annualFrame: .zero, focusAreas: [], activities: [])
        plan.activities = state.activities
        return plan
    }

    /// Sets an activity's funding from a row, year by year: a year no earlier table gave is
    /// taken (one sheet per year, or tables for different years, merge per activity and
    /// year); a year an earlier table gave with another amount is an error at this cell
    /// naming the earlier one (`conflicting-figures`; an overview against an area table of
    /// the same file is the budget rules' `overview-area-mismatch`, so validate reports it
    /// under that id), never "first wins".
    private func fund(_ index: Int, from row: ActivityRow, kind: TableKind, file: String, state: inout State) {
        let id = state.activities[index].id
        var given = state.fundedYears[id] ?? [:]
        let isFirst = state.funded[id] == nil
        var funding = isFirst ? Funding() : state.activities[index].funding
        if isFirst, let base = state.base?.activities.first(where: { $0.id == id }) {
            // A table without a year's column says nothing about that year: the base plan's
            // amount stays, and the summary says so (a heading "2104" for 2014 drops nothing).
            let kept = base.funding.years.filter { row.amounts[$0] == nil && base.funding[$0] != .zero }
            for year in kept { funding[year] = base.funding[year] }
            if !kept.isEmpty {
                state.keptFromBase[id] = Set(kept)
                let amounts = (
                    kept.map { "\($0): \(base.funding[$0].phrase(.danish))" }.joined(separator: ", "),
                    kept.map { "\($0): \(base.funding[$0].phrase(.english))" }.joined(separator: ", ")
                )
                let years = kept.map(String.init).joined(separator: ", ")
                state.report(
                    .info, at: row.location,
                    da:
                        "tabellen har ingen kolonne for \(years); \(id) “\(state.activities[index].name)” beholder grundplanens beløb (\(amounts.0)).",
                    en:
                        "the table has no column for \(years); \(id) “\(state.activities[index].name)” keeps the base plan's amounts (\(amounts.1))."
                )
            }
        }
        for year in row.amounts.keys.sorted() {
            let amount = row.amounts[year]!
            guard !leavesOut(year, at: amount.location, raw: amount.raw, state: &state) else { continue }
            guard let value = amount.usableValue else {
                // The reason is a sentence of its own, with its full stop.
                func ending(_ text: String?) -> String {
                    guard let text else { return "." }
                    return ": " + text + (text.hasSuffix(".") ? "" : ".")
                }
                let reason = (ending(amount.quality.reason?.da), ending(amount.quality.reason?.en))
                state.report(
                    .error, at: amount.location,
                    da: "beløbet “\(amount.raw)” for \(year) kan ikke læses som hele kroner\(reason.0)",
                    en: "the amount “\(amount.raw)” for \(year) cannot be read as whole kroner\(reason.1)")
                continue
            }
            state.years.insert(year)
            if let earlier = given[year] {
                if funding[year] != value {
                    let rulesReport = earlier.amount.location.file == file && kind == .overview && earlier.kind != .overview
                    let place = earlier.amount.location.description
                    state.report(
                        .error, at: amount.location,
                        da:
                            "“\(row.name)” har \(Self.amountText(amount, .danish)) for \(year) her, men \(Self.amountText(earlier.amount, .danish)) i \(place); beløbene er modstridende.",
                        en:
                            "“\(row.name)” has \(Self.amountText(amount, .english)) for \(year) here, but \(Self.amountText(earlier.amount, .english)) in \(place); the figures conflict.",
                        rule: rulesReport ? nil : .conflictingFigures)
                }
                continue
            }
            given[year] = (amount, kind)
            if value != .zero {
                funding[year] = value
            } else if state.keptFromBase[id]?.contains(year) == true {
                funding.amounts.removeValue(forKey: year)
            }
            state.keptFromBase[id]?.remove(year)
        }
        state.activities[index].funding = funding
        state.fundedYears[id] = given
        if isFirst { state.funded[id] = row.location }
    }

    /// The period figures are taken for: `--period`'s, else the base plan's; `nil` without either.
    private var period: PlanPeriod? { options.period ?? options.basePlan?.period }

    /// Whether a figure for `year` at `location` lies outside the period and is left out of
    /// the plan (coverage sets it aside with the same reason); tells it once per sheet and
    /// year, at the first cell that holds something (`raw`).
    private func leavesOut(_ year: Int, at location: SourceLocation, raw: String, state: inout State) -> Bool {
        guard let period, !period.contains(year) else { return false }
        guard !SheetText.trim(raw).isEmpty,
            state.outsidePeriod.insert("\(location.file)|\(location.sheet ?? "")|\(year)").inserted
        else { return true }
        state.report(
            .warning, at: location,
            da: "tallene for \(year) ligger uden for planperioden \(period) og er ikke taget med i planen.",
            en: "the figures for \(year) lie outside the plan period \(period) and were not taken into the plan.")
        return true
    }

    /// An amount as a message names it: "40.000 kr.", or the cell's text when unreadable.
    static func amountText(_ amount: ParsedAmount, _ style: Kroner.Style) -> String {
        amount.readableValue.map { $0.phrase(style) } ?? "“\(amount.raw)”"
    }

    /// "2013: 40.000, 2014: 0"
    static func describe(_ funding: Funding, _ style: Kroner.Style) -> String {
        let years = funding.years.filter { funding[$0] != .zero }
        guard !years.isEmpty else { return style == .danish ? "ingen beløb" : "no amounts" }
        return years.map { "\($0): \(funding[$0].formatted(style))" }.joined(separator: ", ")
    }

    /// Notes the annual frame an overview shows (total + remaining).
    private func noteFrame(_ table: SheetTable, into state: inout State) {
        guard state.frame == nil, let total = table.total, let remaining = table.remaining else { return }
        for year in total.amounts.keys.sorted() {
            guard let t = total.amounts[year]?.usableValue, let r = remaining.amounts[year]?.readableValue,
                let frame = t.adding(r)
            else { continue }
            state.frame = frame
            return
        }
    }

    // MARK: - Crime targets

    private func takeCrime(_ table: SheetTable, into state: inout State) {
        if table.crimeRows.isEmpty {
            state.report(
                .error, at: table.location,
                da: "tabellen med kriminalitetsmål har ingen rækker, der kan læses (gerningstype med basistal eller måltal).",
                en: "the crime-target table has no row that can be read (an offence with a baseline or targets).",
                rule: .crimeTableUnreadable)
        }
        for row in table.crimeRows {
            let key = ActivityMatcher.normalize(row.offence)
            guard !key.isEmpty else { continue }
            let planned = options.basePlan?.crimeTargets.first { ActivityMatcher.normalize($0.offence) == key }
            guard let baseline = row.baseline.value else {
                let raw =
                    row.baseline.raw.isEmpty ? ("ingen basiskolonne fundet", "no baseline column found") : ("“\(row.baseline.raw)”", "“\(row.baseline.raw)”")
                state.report(
                    .error, at: row.baseline.location,
                    da: "basistallet for “\(row.offence)” (\(raw.0)) kan ikke læses.",
                    en: "the baseline of “\(row.offence)” (\(raw.1)) cannot be read.",
                    rule: .crimeTableUnreadable)
                continue
            }
            var targets: [CrimeTarget.Target] = []
            for cell in row.targets.sorted(by: { $0.year < $1.year }) {
                guard !leavesOut(cell.year, at: cell.count.location, raw: cell.count.raw, state: &state) else { continue }
                guard let count = cell.count.value else {
                    state.report(
                        .error, at: cell.count.location,
                        da: "måltallet for “\(row.offence)” i \(cell.year) (“\(cell.count.raw)”) kan ikke læses.",
                        en: "the target of “\(row.offence)” in \(cell.year) (“\(cell.count.raw)”) cannot be read.",
                        rule: .crimeTableUnreadable)
                    continue
                }
                let reduction =
                    cell.reduction
                    ?? planned?.targets.first { $0.year == cell.year }?.reduction
                    ?? Self.inferredReduction(baseline: baseline, count: count)
                guard let reduction else {
                    state.report(
                        .error, at: cell.count.location,
                        da: "reduktionen for “\(row.offence)” i \(cell.year) står ikke i arket og kan ikke udledes af \(baseline) og \(count).",
                        en: "the reduction of “\(row.offence)” in \(cell.year) is not in the sheet and cannot be derived from \(baseline) and \(count).")
                    continue
                }
                targets.append(CrimeTarget.Target(year: cell.year, reduction: reduction, count: count))
                state.years.insert(cell.year)
            }
            let baselineYear =
                row.baselineYear ?? planned?.baselineYear
                ?? ((options.basePlan?.period.firstYear ?? options.period?.firstYear
                    ?? targets.map(\.year).min() ?? state.years.min() ?? 1) - 1)
            let target = CrimeTarget(offence: planned?.offence ?? row.offence, baselineYear: baselineYear, baseline: baseline, targets: targets)
            if let index = state.crimeTargets.firstIndex(where: { ActivityMatcher.normalize($0.offence) == key }) {
                if state.crimeSeen.contains(key), state.crimeTargets[index] != target {
                    state.report(
                        .warning, at: row.location,
                        da: "“\(row.offence)” har andre måltal her end i en tidligere tabel; de første er brugt.",
                        en: "“\(row.offence)” has other targets here than in an earlier table; the first are used.")
                    continue
                }
                state.crimeTargets[index] = target
            } else {
                state.crimeTargets.append(target)
            }
            state.crimeSeen.insert(key)
        }
    }

    /// The whole-percent reduction that gives `count` from `baseline` (rounded half up),
    /// preferring multiples of 5; `nil` when none does.
    static func inferredReduction(baseline: Int, count: Int) -> Int? {
        let candidates = stride(from: 0, through: 100, by: 5).map { $0 } + (0...100).filter { $0 % 5 != 0 }
        return candidates.first { CrimeTarget.expectedCount(baseline: baseline, reduction: $0) == count }
    }

    // MARK: - The plan

    private func assemble(_ state: State, files: [ScannedFile]) -> Plan {
        var activities = state.activities
        if let base = options.basePlan {
            // New activities go after the last activity of their area.
            let baseIDs = Set(base.activities.map(\.id))
            let kept = activities.filter { baseIDs.contains($0.id) }
            var newByArea: [Int: [Activity]] = [:]
            var newAreas: [Int] = []
            for activity in activities where !baseIDs.contains(activity.id) {
                if newByArea[activity.focusArea] == nil { newAreas.append(activity.focusArea) }
                newByArea[activity.focusArea, default: []].append(activity)
            }
            var lastOfArea: [Int: Int] = [:]
            for (index, activity) in kept.enumerated() { lastOfArea[activity.focusArea] = index }
            var ordered: [Activity] = []
            ordered.reserveCapacity(activities.count)
            for (index, activity) in kept.enumerated() {
                ordered.append(activity)
                if lastOfArea[activity.focusArea] == index, let added = newByArea.removeValue(forKey: activity.focusArea) {
                    ordered += added
                }
            }
            for area in newAreas { ordered += newByArea[area] ?? [] }
            activities = ordered
            var plan = base
            plan.activities = activities
            plan.crimeTargets = state.crimeTargets
            if let frame = options.annualFrame { plan.annualFrame = frame }
            if let period = options.period { plan.period = period }
            return plan
        }
        activities = activities.enumerated().sorted { a, b in
            a.element.focusArea != b.element.focusArea ? a.element.focusArea < b.element.focusArea : a.offset < b.offset
        }.map(\.element)
        let period = options.period ?? PlanPeriod(firstYear: state.years.min() ?? 0, lastYear: state.years.max() ?? 0)
        let highest = max(5, activities.map(\.focusArea).max() ?? 5)
        let areas = (1...highest).map { FocusArea(number: $0, title: "Indsatsområde \($0)") }
        return Plan(
            partnership: Partnership(name: options.partnershipName), period: period,
            annualFrame: options.annualFrame ?? state.frame ?? Self.largestYearTotal(activities), focusAreas: areas,
            activities: activities, crimeTargets: state.crimeTargets)
    }

    /// The largest total of any year: the frame of a new plan when neither the options nor
    /// an overview give one (the summary says so).
    static func largestYearTotal(_ activities: [Activity]) -> Kroner {
        var totals: [Int: Kroner] = [:]
        for activity in activities {
            for year in activity.funding.years {
                totals[year] = Kroner.sum([totals[year] ?? .zero, activity.funding[year]]) ?? totals[year]
            }
        }
        return totals.values.max() ?? .zero
    }

    /// Tells, as a warning, that a new plan's frame is the largest yearly total because
    /// neither the options nor an overview (total + remaining) give one.
    private func noteAssumedFrame(_ files: [ScannedFile], into state: inout State) {
        guard options.basePlan == nil, options.annualFrame == nil, state.frame == nil, let first = files.first else { return }
        let frame = Self.largestYearTotal(state.activities)
        state.report(
            .warning, at: SourceLocation(file: first.path),
            da:
                "ingen ramme er givet (--frame) eller står i en oversigt (i alt + resterende); planens årlige ramme er sat til det største årlige i alt, \(frame.phrase(.danish)).",
            en:
                "no frame is given (--frame) or shown by an overview (total + remaining); the plan's annual frame is set to the largest yearly total, \(frame.phrase(.english))."
        )
    }
}
