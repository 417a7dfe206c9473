import PlanModel

/// Pairs activity names from two lists (e.g. the overview's rows and the area tables'
/// rows), or names from a sheet with a plan's activities.
///
/// Pairs are only made within a focus area (when both sides know their area). In order
/// of preference: the same activity id; the same name after normalisation (case-folded,
/// æ/ø/å kept, punctuation, dashes and quotes stripped); two names the plan knows the
/// same activity by (its name, short name or aliases); then similarity (the best of
/// word Jaccard, bigram Dice and word containment). Pairs are taken greedily, most
/// confident first, each entry at most once; an entry needs ``minimumConfidence``.
/// Finally, when a focus area has exactly one unpaired entry on each side and they are
/// at least ``lastInAreaMinimum`` alike, they are paired (``MatchMethod/lastInArea``).
public struct ActivityMatcher: Sendable {
    /// A name to match: its focus area (when known), an id (when the sheet has one) and
    /// one or more names.
    public struct Entry: Hashable, Sendable {
        /// The focus area, when known.
        public var area: Int?
        /// The activity id, when known.
        public var id: String?
        /// The names; the first is the main one.
        public var names: [String]

        /// Creates an entry with several names.
        public init(area: Int?, id: String? = nil, names: [String]) {
            self.area = area
            self.id = id
            self.names = names
        }

        /// Creates an entry with one name.
        public init(area: Int?, id: String? = nil, name: String) {
            self.init(area: area, id: id, names: [name])
        }
    }

    /// A pair of entries: indices into the left and right lists, how they were matched
    /// and how sure the matcher is (0...1).
    public struct Pair: Hashable, Sendable {
        /// Index into the left list.
        public var left: Int
        /// Index into the right list.
        public var right: Int
        /// How the names were matched.
        public var method: MatchMethod
        /// How sure the matcher is, 0...1 (1 for ids and equal names, 0.95 for plan aliases).
        public var confidence: Double
    }

    /// A sheet entry resolved to a plan activity.
    public struct Resolution: Hashable, Sendable {
        /// The plan activity's id.
        public var activityID: String
        /// Index of the activity in `plan.activities`.
        public var planIndex: Int
        /// How the entry was matched to it.
        public var method: MatchMethod
        /// How sure the matcher is, 0...1.
        public var confidence: Double
    }

    /// The plan whose names and aliases help matching, if any.
    public var plan: Plan?
    /// The least similarity for a pair (default 0.6).
    public var minimumConfidence: Double
    /// The least similarity for the last unpaired entries of an area (default 0.25).
    public var lastInAreaMinimum: Double

    private let planNames: [(activity: Activity, names: Set<String>)]
    private let planProfiles: [String: [DanishText.Profile]]

    /// Creates a matcher, using `plan`'s names and aliases when given.
    public init(plan: Plan? = nil, minimumConfidence: Double = 0.6, lastInAreaMinimum: Double = 0.25) {
        self.plan = plan
        self.minimumConfidence = minimumConfidence
        self.lastInAreaMinimum = lastInAreaMinimum
        let planNames = (plan?.activities ?? []).map { activity in
            (activity: activity, names: Set(activity.allNames.map(DanishText.normalize).filter { !$0.isEmpty }))
        }
        self.planNames = planNames
        var profiles: [String: [DanishText.Profile]] = [:]
        for entry in planNames where profiles[entry.activity.id] == nil {
            profiles[entry.activity.id] = entry.names.sorted().map(DanishText.Profile.init(normalized:))
        }
        self.planProfiles = profiles
    }

    /// The normalised form of a name (see the type's documentation).
    public static func normalize(_ name: String) -> String { DanishText.normalize(name) }

    /// How alike two names are, 0...1, after normalisation.
    public static func similarity(_ a: String, _ b: String) -> Double {
        DanishText.similarity(DanishText.normalize(a), DanishText.normalize(b))
    }

    /// The plan activity that `entry` names exactly (by id, or by a name the plan knows
    /// it by, within its area); `nil` when none or more than one.
    public func planActivity(naming entry: Entry) -> Activity? {
        planActivity(naming: Prepared(entry))
    }

    /// Pairs entries of `left` with entries of `right`; the pairs are ordered by `left`.
    public func match(_ left: [Entry], _ right: [Entry]) -> [Pair] {
        let l = left.map(Prepared.init)
        let r = right.map(Prepared.init)
        let lPlan = l.map { planActivity(naming: $0)?.id }
        let rPlan = r.map { planActivity(naming: $0)?.id }
        // Only entries of the same area (or of an unknown area) can pair.
        var byArea: [Int?: [Int]] = [:]
        for j in r.indices { byArea[r[j].area, default: []].append(j) }
        var candidates: [Pair] = []
        var scores: [Int: [Int: Pair]] = [:]
        for i in l.indices {
            let rightIndices = l[i].area.map { (byArea[$0] ?? []) + (byArea[nil] ?? []) } ?? Array(r.indices)
            for j in rightIndices {
                guard let pair = score(l[i], lPlan[i], r[j], rPlan[j], i, j) else { continue }
                scores[i, default: [:]][j] = pair
                candidates.append(pair)
            }
        }
        candidates.sort {
            if $0.confidence != $1.confidence { return $0.confidence > $1.confidence }
            if $0.left != $1.left { return $0.left < $1.left }
            return $0.right < $1.right
        }
        var usedLeft = Set<Int>()
        var usedRight = Set<Int>()
        var pairs: [Pair] = []
        for pair in candidates where pair.confidence >= minimumConfidence {
            guard !usedLeft.contains(pair.left), !usedRight.contains(pair.right) else { continue }
            usedLeft.insert(pair.left)
            usedRight.insert(pair.right)
            pairs.append(pair)
        }
        // The last unpaired entry on each side of an area.
        let areas = Set(l.compactMap(\.area)).intersection(r.compactMap(\.area))
        for area in areas.sorted() {
            let openLeft = l.indices.filter { l[$0].area == area && !usedLeft.contains($0) }
            let openRight = r.indices.filter { r[$0].area == area && !usedRight.contains($0) }
            guard openLeft.count == 1, openRight.count == 1,
                let pair = scores[openLeft[0]]?[openRight[0]], pair.confidence >= lastInAreaMinimum
            else { continue }
            usedLeft.insert(pair.left)
            usedRight.insert(pair.right)
            pairs.append(Pair(left: pair.left, right: pair.right, method: .lastInArea, confidence: pair.confidence))
        }
        return pairs.sorted { $0.left < $1.left }
    }

    /// Pairs sheet entries with the plan's activities (one to one, like ``match(_:_:)``):
    /// for each entry index that could be resolved, the plan activity. Empty without a plan.
    public func resolve(_ entries: [Entry]) -> [Int: Resolution] {
        guard let plan else { return [:] }
        let planEntries = plan.activities.map { Entry(area: $0.focusArea, id: $0.id, names: $0.allNames) }
        var out: [Int: Resolution] = [:]
        for pair in match(entries, planEntries) {
            out[pair.left] = Resolution(
                activityID: plan.activities[pair.right].id, planIndex: pair.right, method: pair.method,
                confidence: pair.confidence)
        }
        return out
    }

    // MARK: - Internals

    struct Prepared {
        let area: Int?
        let id: String?
        let names: [String]
        let profiles: [DanishText.Profile]

        init(_ entry: Entry) {
            area = entry.area
            let trimmed = entry.id?.trimmingSpaces
            id = (trimmed?.isEmpty ?? true) ? nil : trimmed
            names = entry.names.map(DanishText.normalize).filter { !$0.isEmpty }
            profiles = names.map(DanishText.Profile.init(normalized:))
        }
    }

    private func planActivity(naming entry: Prepared) -> Activity? {
        if let id = entry.id, let activity = planNames.first(where: { $0.activity.id == id })?.activity,
            entry.area == nil || entry.area == activity.focusArea
        {
            return activity
        }
        let named = planNames.filter { candidate in
            (entry.area == nil || entry.area == candidate.activity.focusArea)
                && entry.names.contains(where: candidate.names.contains)
        }
        return named.count == 1 ? named[0].activity : nil
    }

    private func score(_ a: Prepared, _ aPlan: String?, _ b: Prepared, _ bPlan: String?, _ i: Int, _ j: Int) -> Pair? {
        if let x = a.area, let y = b.area, x != y { return nil }
        if let x = a.id, let y = b.id, x == y { return Pair(left: i, right: j, method: .id, confidence: 1) }
        if a.names.contains(where: b.names.contains) {
            return Pair(left: i, right: j, method: .exactName, confidence: 1)
        }
        if let aPlan, let bPlan {
            if aPlan == bPlan { return Pair(left: i, right: j, method: .alias, confidence: 0.95) }
            // Both name different plan activities exactly: they are not the same activity.
            return nil
        }
        // Compare with every name the plan knows either side by.
        var namesA = a.profiles
        var namesB = b.profiles
        if let aPlan, let known = planProfiles[aPlan] { namesA += known }
        if let bPlan, let known = planProfiles[bPlan] { namesB += known }
        var best = 0.0
        for x in namesA {
            for y in namesB { best = max(best, DanishText.similarity(x, y)) }
        }
        return best > 0 ? Pair(left: i, right: j, method: .similarity, confidence: best) : nil
    }
}

extension String {
    var trimmingSpaces: String {
        var scalars = Substring(self)
        while let first = scalars.first, first.isWhitespace { scalars.removeFirst() }
        while let last = scalars.last, last.isWhitespace { scalars.removeLast() }
        return String(scalars)
    }
}
