import PlanModel

/// Small pieces of the findings' sentences, in Danish and English.
enum Phrase {
    /// `1.490.000 kr.` / `DKK 1,490,000`.
    static func da(_ amount: Kroner) -> String { amount.phrase(.danish) }
    static func en(_ amount: Kroner) -> String { amount.phrase(.english) }

    /// The value for `expected` / `found`: Danish grouping without currency.
    static func figure(_ amount: Kroner) -> String { amount.formatted(.danish) }

    /// `Oversigt!C7`, `C7`, or the sheet alone, or `nil` when there is neither.
    static func reference(_ location: SourceLocation) -> String? {
        switch (location.sheet, location.cell) {
        case (let sheet?, let cell?): return "\(sheet)!\(cell)"
        case (nil, let cell?): return cell
        case (let sheet?, nil): return sheet
        case (nil, nil): return nil
        }
    }

    /// ` (Oversigt!C7)` or nothing.
    static func at(_ location: SourceLocation) -> String {
        reference(location).map { " (\($0))" } ?? ""
    }

    /// `“Name”` with Danish-friendly quotes.
    static func quoted(_ text: String) -> String { "“\(text)”" }
}

extension Dictionary where Key == Int, Value == ParsedAmount {
    /// The value to compute with in `year`: zero when the year has no cell, `nil` when the
    /// cell is invalid or unreadable (so that rule 1's finding is not repeated).
    func usable(_ year: Int) -> Kroner? {
        guard let amount = self[year] else { return .zero }
        return amount.usableValue
    }
}

/// The sum of the rows' usable values in `year`; `nil` when one is unusable or on overflow.
func usableSum(_ rows: [ActivityRow], year: Int) -> Kroner? {
    var values: [Kroner] = []
    for row in rows {
        guard let value = row.amounts.usable(year) else { return nil }
        values.append(value)
    }
    return Kroner.sum(values)
}

/// Every year that has a cell in any of the amount maps, sorted.
func yearsIn(_ maps: [[Int: ParsedAmount]]) -> [Int] {
    var years = Set<Int>()
    for map in maps { years.formUnion(map.keys) }
    return years.sorted()
}
