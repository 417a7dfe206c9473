/// The partnership that owns a plan: its name, its partners and the area it covers.
///
/// JSON: `{"name": "Tingbjerg-Husum Partnerskab", "partners": ["Københavns Kommune", …], "area": "…"}`.
public struct Partnership: Hashable, Sendable, Codable {
    /// The partnership's name, e.g. "Tingbjerg-Husum Partnerskab".
    public var name: String
    /// The partners (organisations) in the order the plan lists them.
    public var partners: [String]
    /// The geographical area the partnership covers, as the plan words it.
    public var area: String?

    /// Creates a partnership.
    public init(name: String, partners: [String] = [], area: String? = nil) {
        self.name = name
        self.partners = partners
        self.area = area
    }

    private enum CodingKeys: String, CodingKey { case name, partners, area }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        name = try container.decode(String.self, forKey: .name)
        partners = try container.decodeIfPresent([String].self, forKey: .partners) ?? []
        area = try container.decodeIfPresent(String.self, forKey: .area)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(name, forKey: .name)
        if !partners.isEmpty { try container.encode(partners, forKey: .partners) }
        try container.encodeIfPresent(area, forKey: .area)
    }
}
