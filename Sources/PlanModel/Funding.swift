/// An activity's funding per year, in whole kroner.
///
/// JSON: an object whose keys are years: `{"2013": 220000, "2014": 180000}`. A year
/// that is absent is funded with zero.
public struct Funding: Hashable, Sendable, Codable, ExpressibleByDictionaryLiteral {
    /// The amount per year, as given (years with zero may be present or absent).
    public var amounts: [Int: Kroner]

    /// Creates funding from amounts per year.
    public init(_ amounts: [Int: Kroner] = [:]) { self.amounts = amounts }

    /// Creates funding from a literal: `[2013: 220_000, 2014: 180_000]`.
    public init(dictionaryLiteral elements: (Int, Kroner)...) {
        self.amounts = Dictionary(elements, uniquingKeysWith: { _, last in last })
    }

    /// The amount for `year`; zero when the year is not funded.
    public subscript(year: Int) -> Kroner {
        get { amounts[year] ?? .zero }
        set { amounts[year] = newValue }
    }

    /// The funded years in increasing order (including years given as zero).
    public var years: [Int] { amounts.keys.sorted() }

    /// The sum over all years, or `nil` when it does not fit in 64 bits.
    public var total: Kroner? { Kroner.sum(amounts.values) }

    /// Whether no year is funded with more than zero.
    public var isEmpty: Bool { amounts.values.allSatisfy { $0 == .zero } }

    /// Decodes an object keyed by year; a key that is not a year is refused with its key path.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: YearKey.self)
        var amounts: [Int: Kroner] = [:]
        for key in container.allKeys {
            guard let year = key.intValue else {
                throw DecodingError.dataCorruptedError(
                    forKey: key, in: container, debugDescription: "the key \"\(key.stringValue)\" is not a year")
            }
            amounts[year] = try container.decode(Kroner.self, forKey: key)
        }
        self.amounts = amounts
    }

    /// Encodes an object keyed by year (`"2013"`).
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: YearKey.self)
        for year in years {
            try container.encode(amounts[year] ?? .zero, forKey: YearKey(year))
        }
    }
}

/// A coding key that is a year written in decimal, e.g. `"2013"`.
struct YearKey: CodingKey {
    let stringValue: String
    let intValue: Int?

    init(_ year: Int) {
        stringValue = String(year)
        intValue = year
    }

    init?(stringValue: String) {
        self.stringValue = stringValue
        // Only plain decimal digits are years: no sign, no spaces, 1 to 6 digits.
        if !stringValue.isEmpty, stringValue.utf8.count <= 6, stringValue.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }) {
            intValue = Int(stringValue)
        } else {
            intValue = nil
        }
    }

    init?(intValue: Int) { self.init(intValue) }
}
