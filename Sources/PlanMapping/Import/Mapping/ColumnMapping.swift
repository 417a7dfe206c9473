import Foundation
import PlanModel
import Spreadsheet

/// Which column of a mapped table holds what: column letters (`"B"`) or 1-based numbers.
public struct ColumnMapping: Hashable, Sendable, Codable {
    /// The focus-area column.
    public var area: String?
    /// The activity-name column.
    public var activity: String?
    /// The activity-id column.
    public var id: String?
    /// The responsible column.
    public var responsible: String?
    /// The per-year columns: `{"2013": "C", "2014": "D"}` (overview, area and crime-target tables).
    public var years: [String: String]?
    /// Long layout: the year column.
    public var year: String?
    /// Long layout: the amount column.
    public var amount: String?
    /// Crime targets: the offence column.
    public var offence: String?
    /// Crime targets: the baseline column.
    public var baseline: String?
    /// Crime targets: the baseline's year.
    public var baselineYear: Int?
    /// Crime targets: the reduction per year in whole percent, `{"2013": 10}`.
    public var reductions: [String: Int]?

    /// Creates a column mapping.
    public init(
        area: String? = nil, activity: String? = nil, id: String? = nil, responsible: String? = nil,
        years: [String: String]? = nil, year: String? = nil, amount: String? = nil, offence: String? = nil,
        baseline: String? = nil, baselineYear: Int? = nil, reductions: [String: Int]? = nil
    ) {
        self.area = area
        self.activity = activity
        self.id = id
        self.responsible = responsible
        self.years = years
        self.year = year
        self.amount = amount
        self.offence = offence
        self.baseline = baseline
        self.baselineYear = baselineYear
        self.reductions = reductions
    }

    /// The column map, checked for `kind`.
    func resolved(kind: TableKind) throws(MappingError.Reason) -> TableColumns {
        func column(_ text: String?, _ key: String) throws(MappingError.Reason) -> Int? {
            guard let text else { return nil }
            let trimmed = text.trimmingCharacters(in: .whitespaces)
            if let number = Int(trimmed), number >= 1, number <= CellAddress.maxColumn + 1 { return number - 1 }
            if let index = CellAddress.columnIndex(trimmed) { return index }
            throw MappingError.Reason(
                da: "\(key): \"\(text)\" er hverken et kolonnebogstav eller et kolonnenummer",
                en: "\(key): \"\(text)\" is neither a column letter nor a column number")
        }
        func required(_ value: Int?, _ key: String) throws(MappingError.Reason) -> Int {
            guard let value else {
                throw MappingError.Reason(
                    da: "\(key) mangler (kræves for \(kind.rawValue))", en: "\(key) is missing (required for \(kind.rawValue))")
            }
            return value
        }
        var columns = TableColumns(
            area: try column(area, "area"), activity: try column(activity, "activity"), id: try column(id, "id"),
            responsible: try column(responsible, "responsible"), year: try column(year, "year"),
            amount: try column(amount, "amount"), offence: try column(offence, "offence"),
            baseline: try column(baseline, "baseline"), baselineYear: baselineYear)
        for (key, letter) in (years ?? [:]).sorted(by: { $0.key < $1.key }) {
            guard let year = Int(key), (1000...9999).contains(year) else {
                throw MappingError.Reason(da: "years: \"\(key)\" er ikke et årstal", en: "years: \"\(key)\" is not a year")
            }
            let index = try required(try column(letter, "years.\(key)"), "years.\(key)")
            columns.years.append(TableColumns.YearColumn(year: year, column: index, reduction: reductions?[key]))
        }
        columns.years.sort { $0.column < $1.column }
        switch kind {
        case .overview, .area:
            _ = try required(columns.activity, "activity")
            if columns.years.isEmpty {
                throw MappingError.Reason(da: "years mangler", en: "years is missing")
            }
        case .long:
            _ = try required(columns.activity, "activity")
            _ = try required(columns.year, "year")
            _ = try required(columns.amount, "amount")
        case .crimeTargets:
            _ = try required(columns.offence, "offence")
            if columns.years.isEmpty && columns.baseline == nil {
                throw MappingError.Reason(da: "years eller baseline mangler", en: "years or baseline is missing")
            }
        }
        return columns
    }
}
