/// An activity (aktivitet) of the plan, funded per year under exactly one focus area.
///
/// **Identifiers.** ``id`` is `"<focus area>.<ordinal>"`, e.g. `"1.1"` for the first
/// activity of focus area 1 in the order of the plan's area table. An id is given once
/// and then kept: it is not renumbered when activities are added, removed or moved
/// to another area, and a retired id is not reused. New activities take the next free
/// ordinal of their area.
///
/// **Names.** ``name`` is the name in the area table ("Aktiviteter under indsatsområde
/// N – økonomisk ramme"), ``shortName`` the name in the overview (section 10), and
/// ``aliases`` other names the plan uses (e.g. the heading of the activity's
/// description). Sheets name activities either way; reconciliation uses all three.
public struct Activity: Hashable, Sendable, Codable, Identifiable {
    /// The stable identifier, e.g. `"1.1"` (see the type's documentation).
    public var id: String
    /// The name in the area table.
    public var name: String
    /// The name in the overview.
    public var shortName: String
    /// Other names of the activity in the plan.
    public var aliases: [String]
    /// The focus area the activity is funded under.
    public var focusArea: Int
    /// The funding per year.
    public var funding: Funding
    /// The other focus areas the activity contributes to.
    public var otherFocusAreas: OtherFocusAreas
    /// The plan's description of the activity.
    public var description: String?
    /// The target group (Målgruppe).
    public var targetGroup: String?
    /// The timeline (Tidsplan).
    public var timeline: String?
    /// The deliverables (Leverancer), one per item.
    public var deliverables: [String]
    /// The plan's text on the economy (Økonomi).
    public var economy: String?
    /// Who is responsible for implementing it (Ansvarlig for implementering), one per item.
    public var responsible: [String]
    /// How the activity is co-financed, when others pay part of it.
    public var coFinancing: CoFinancing?

    /// Creates an activity.
    public init(
        id: String, name: String, shortName: String, aliases: [String] = [], focusArea: Int,
        funding: Funding, otherFocusAreas: OtherFocusAreas = .none, description: String? = nil,
        targetGroup: String? = nil, timeline: String? = nil, deliverables: [String] = [],
        economy: String? = nil, responsible: [String] = [], coFinancing: CoFinancing? = nil
    ) {
        self.id = id
        self.name = name
        self.shortName = shortName
        self.aliases = aliases
        self.focusArea = focusArea
        self.funding = funding
        self.otherFocusAreas = otherFocusAreas
        self.description = description
        self.targetGroup = targetGroup
        self.timeline = timeline
        self.deliverables = deliverables
        self.economy = economy
        self.responsible = responsible
        self.coFinancing = coFinancing
    }

    /// Every name the plan knows the activity by: name, short name, then aliases (without repeats).
    public var allNames: [String] {
        var seen = Set<String>()
        return ([name, shortName] + aliases).filter { seen.insert($0).inserted }
    }

    private enum CodingKeys: String, CodingKey {
        case id, name, shortName, aliases, focusArea, funding, otherFocusAreas, description
        case targetGroup, timeline, deliverables, economy, responsible, coFinancing
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        name = try c.decode(String.self, forKey: .name)
        shortName = try c.decode(String.self, forKey: .shortName)
        aliases = try c.decodeIfPresent([String].self, forKey: .aliases) ?? []
        focusArea = try c.decodeLocated(Int.self, forKey: .focusArea)
        funding = try c.decode(Funding.self, forKey: .funding)
        otherFocusAreas = try c.decode(OtherFocusAreas.self, forKey: .otherFocusAreas)
        description = try c.decodeIfPresent(String.self, forKey: .description)
        targetGroup = try c.decodeIfPresent(String.self, forKey: .targetGroup)
        timeline = try c.decodeIfPresent(String.self, forKey: .timeline)
        deliverables = try c.decodeIfPresent([String].self, forKey: .deliverables) ?? []
        economy = try c.decodeIfPresent(String.self, forKey: .economy)
        responsible = try c.decodeIfPresent([String].self, forKey: .responsible) ?? []
        coFinancing = try c.decodeIfPresent(CoFinancing.self, forKey: .coFinancing)
    }

    /// Encodes the activity; empty lists and absent values are left out.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(name, forKey: .name)
        try c.encode(shortName, forKey: .shortName)
        if !aliases.isEmpty { try c.encode(aliases, forKey: .aliases) }
        try c.encode(focusArea, forKey: .focusArea)
        try c.encode(funding, forKey: .funding)
        try c.encode(otherFocusAreas, forKey: .otherFocusAreas)
        try c.encodeIfPresent(description, forKey: .description)
        try c.encodeIfPresent(targetGroup, forKey: .targetGroup)
        try c.encodeIfPresent(timeline, forKey: .timeline)
        if !deliverables.isEmpty { try c.encode(deliverables, forKey: .deliverables) }
        try c.encodeIfPresent(economy, forKey: .economy)
        if !responsible.isEmpty { try c.encode(responsible, forKey: .responsible) }
        try c.encodeIfPresent(coFinancing, forKey: .coFinancing)
    }
}
