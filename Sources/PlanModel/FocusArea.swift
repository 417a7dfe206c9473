/// A focus area (indsatsområde) of the plan: a number (1–5 in the 2013 plan) and a title.
///
/// JSON: `{"number": 1, "title": "Indsats for at øge den oplevede tryghed og mindske kriminaliteten", …}`.
public struct FocusArea: Hashable, Sendable, Codable {
    /// The focus area's number, 1–5 in the 2013 plan.
    public var number: Int
    /// The Danish title as the plan lists it.
    public var title: String
    /// A shorter Danish title, as used under "Bidrager til følgende øvrige indsatsområder".
    public var shortTitle: String?
    /// An English title for English reports.
    public var englishTitle: String?
    /// A remark from the plan, e.g. that activities are still to be proposed.
    public var note: String?

    /// Creates a focus area.
    public init(number: Int, title: String, shortTitle: String? = nil, englishTitle: String? = nil, note: String? = nil) {
        self.number = number
        self.title = title
        self.shortTitle = shortTitle
        self.englishTitle = englishTitle
        self.note = note
    }

    private enum CodingKeys: String, CodingKey { case number, title, shortTitle, englishTitle, note }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        number = try c.decodeLocated(Int.self, forKey: .number)
        title = try c.decode(String.self, forKey: .title)
        shortTitle = try c.decodeIfPresent(String.self, forKey: .shortTitle)
        englishTitle = try c.decodeIfPresent(String.self, forKey: .englishTitle)
        note = try c.decodeIfPresent(String.self, forKey: .note)
    }
}
