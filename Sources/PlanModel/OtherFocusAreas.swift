/// The other focus areas an activity contributes to ("Bidrager til følgende øvrige
/// indsatsområder"): a list of focus-area numbers, or all of them ("Alle").
///
/// JSON: a list of integers (`[2, 3]`) or the string `"all"`.
public enum OtherFocusAreas: Hashable, Sendable, Codable, ExpressibleByArrayLiteral {
    /// Every other focus area ("Alle").
    case all
    /// The listed focus areas, in the plan's order.
    case areas([Int])

    /// No other focus area.
    public static let none = OtherFocusAreas.areas([])

    /// Creates a list from a literal: `[2, 3]`.
    public init(arrayLiteral elements: Int...) { self = .areas(elements) }

    /// The numbers listed (`nil` for ``all``).
    public var listed: [Int]? {
        if case .areas(let numbers) = self { return numbers }
        return nil
    }

    /// The other areas an activity of `ownArea` contributes to, given the plan's areas.
    public func resolved(ownArea: Int, among numbers: [Int]) -> [Int] {
        switch self {
        case .all: return numbers.filter { $0 != ownArea }
        case .areas(let listed): return listed
        }
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let text = try? container.decode(String.self) {
            guard text == "all" else {
                throw DecodingError.dataCorruptedError(
                    in: container, debugDescription: "expected \"all\" or a list of focus-area numbers, found \"\(text)\"")
            }
            self = .all
        } else {
            self = .areas(try container.decodeLocated([Int].self))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .all: try container.encode("all")
        case .areas(let numbers): try container.encode(numbers)
        }
    }
}
