import Foundation
import PlanModel
import Spreadsheet
import Yams

/// A small file that says where the tables are when detection cannot find them: which
/// file and sheet, which header row, which column holds what, and the unit. JSON or
/// YAML; see `docs/mapping-file.md`.
///
/// ```yaml
/// tables:
///   - file: budget.xlsx        # optional: the files it applies to (name or *-pattern)
///     sheet: Ark1              # optional: the first sheet when absent
///     kind: area               # overview | area | crime-targets | long
///     headerRow: 3             # 1-based, as the spreadsheet shows it
///     area: 1                  # area tables: the focus area
///     unit: t.kr.              # kr. | t.kr. | mio. kr.
///     columns:
///       area: A
///       activity: B
///       years: {"2013": C, "2014": D, "2015": E, "2016": F}
///       responsible: G
/// ```
public struct MappingFile: Hashable, Sendable, Codable {
    /// The tables, in any order.
    public var tables: [TableMapping]

    /// Creates a mapping.
    public init(tables: [TableMapping]) {
        self.tables = tables
    }

    /// Reads a mapping from JSON or YAML text (JSON is YAML, so one reader serves both;
    /// a text starting with `{` is read as JSON for exact error positions).
    public init(text: String, path: String = "mapping") throws(MappingError) {
        let trimmed = text.drop { $0.isWhitespace }
        do {
            if trimmed.first == "{" {
                self = try JSONDecoder().decode(MappingFile.self, from: Data(text.utf8))
            } else {
                self = try YAMLDecoder().decode(MappingFile.self, from: text)
            }
        } catch let error as MappingError {
            throw error
        } catch let error as DecodingError {
            throw MappingError(file: path, decoding: error)
        } catch {
            throw MappingError(
                file: path, da: "filen kan ikke læses som JSON eller YAML (\(error))",
                en: "the file cannot be read as JSON or YAML (\(error))")
        }
        try validate(path: path)
    }

    /// Reads the mapping file at `path`.
    public init(path: String) throws(MappingError) {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw MappingError(file: path, da: "filen kan ikke åbnes", en: "the file cannot be opened")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw MappingError(file: path, da: "filen er ikke UTF-8-tekst", en: "the file is not UTF-8 text")
        }
        try self.init(text: text, path: path)
    }

    /// The tables that apply to the file at `path`.
    public func tables(for path: String) -> [TableMapping] {
        tables.filter { $0.applies(to: path) }
    }

    private func validate(path: String) throws(MappingError) {
        for (index, table) in tables.enumerated() {
            let at = "tables[\(index)]"
            guard table.headerRow >= 1 else {
                throw MappingError(file: path, da: "\(at).headerRow skal være 1 eller mere", en: "\(at).headerRow must be 1 or more")
            }
            if let first = table.firstRow, first <= table.headerRow {
                throw MappingError(
                    file: path, da: "\(at).firstRow skal ligge under headerRow", en: "\(at).firstRow must lie below headerRow")
            }
            if let last = table.lastRow, last < (table.firstRow ?? table.headerRow + 1) {
                throw MappingError(
                    file: path, da: "\(at).lastRow ligger før tabellens første række", en: "\(at).lastRow lies before the table's first row")
            }
            if let unit = table.unit, TableMapping.unit(named: unit) == nil {
                throw MappingError(
                    file: path, da: "\(at).unit \"\(unit)\" er ikke kr., t.kr. eller mio. kr.",
                    en: "\(at).unit \"\(unit)\" is not kr., t.kr. or mio. kr.")
            }
            do {
                _ = try table.columns.resolved(kind: table.kind)
            } catch {
                throw MappingError(file: path, da: "\(at).columns: \(error.text.da)", en: "\(at).columns: \(error.text.en)")
            }
        }
    }
}

/// One table of a ``MappingFile``.
public struct TableMapping: Hashable, Sendable, Codable {
    /// The file name (or a pattern with `*`) the table is in; every file when absent.
    public var file: String?
    /// The sheet's name; the first sheet (the CSV's only one) when absent.
    public var sheet: String?
    /// The kind of table.
    public var kind: TableKind
    /// The header row, 1-based (the lower row when the header has two).
    public var headerRow: Int
    /// The first row of the body, 1-based; the row after the header when absent.
    public var firstRow: Int?
    /// The last row of the body, 1-based; found like a detected table's when absent.
    public var lastRow: Int?
    /// The focus area of an area table (else from its title or the sheet's name).
    public var area: Int?
    /// The unit of amounts: `kr.`, `t.kr.` or `mio. kr.` (also `DKK`, `DKK thousands`…);
    /// found like a detected table's when absent.
    public var unit: String?
    /// Which column holds what.
    public var columns: ColumnMapping

    /// Creates a table mapping.
    public init(
        file: String? = nil, sheet: String? = nil, kind: TableKind, headerRow: Int, firstRow: Int? = nil,
        lastRow: Int? = nil, area: Int? = nil, unit: String? = nil, columns: ColumnMapping
    ) {
        self.file = file
        self.sheet = sheet
        self.kind = kind
        self.headerRow = headerRow
        self.firstRow = firstRow
        self.lastRow = lastRow
        self.area = area
        self.unit = unit
        self.columns = columns
    }

    /// Whether the mapping applies to the file at `path` (its name, or the path, matches ``file``).
    public func applies(to path: String) -> Bool {
        guard let pattern = file else { return true }
        let name = path.split(separator: "/").last.map(String.init) ?? path
        return Glob.matches(pattern, name) || Glob.matches(pattern, path)
    }

    /// The unit a mapping names.
    static func unit(named text: String) -> AmountUnit? {
        let trimmed = text.trimmingCharacters(in: .whitespaces).lowercased()
        if ["kr", "kr.", "dkk", "kroner"].contains(trimmed) { return .kroner }
        return HeaderVocabulary.scale(in: text)
    }
}

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

/// A mapping file that cannot be used, with the reason in Danish and English.
public struct MappingError: Error, Hashable, Sendable, CustomStringConvertible {
    /// A reason without the file.
    public struct Reason: Error, Hashable, Sendable {
        /// The reason.
        public var text: LocalizedText
        init(da: String, en: String) { text = LocalizedText(da: da, en: en) }
    }

    /// The mapping file's path.
    public var file: String
    /// Why it cannot be used.
    public var reason: LocalizedText

    /// Creates an error.
    public init(file: String, da: String, en: String) {
        self.file = file
        self.reason = LocalizedText(da: da, en: en)
    }

    init(file: String, decoding error: DecodingError) {
        func path(_ context: DecodingError.Context) -> String {
            let keys = context.codingPath.map { key in key.intValue.map { "[\($0)]" } ?? "." + key.stringValue }
            let joined = keys.joined()
            return joined.hasPrefix(".") ? String(joined.dropFirst()) : joined
        }
        switch error {
        case .keyNotFound(let key, let context):
            let at = path(context)
            let full = at.isEmpty ? key.stringValue : "\(at).\(key.stringValue)"
            self.init(file: file, da: "\(full) mangler", en: "\(full) is missing")
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
            let at = path(context)
            self.init(
                file: file, da: "\(at.isEmpty ? "filen" : at): ugyldig værdi (\(context.debugDescription))",
                en: "\(at.isEmpty ? "the file" : at): invalid value (\(context.debugDescription))")
        @unknown default:
            self.init(file: file, da: "ugyldig fil", en: "invalid file")
        }
    }

    /// `file: reason` in English.
    public var description: String { "\(file): \(reason.en)" }
}

/// File-name patterns with `*` (any run of characters) and `?` (one character).
enum Glob {
    static func matches(_ pattern: String, _ text: String) -> Bool {
        let p = Array(pattern)
        let t = Array(text)
        var pi = 0
        var ti = 0
        var star = -1
        var mark = 0
        while ti < t.count {
            if pi < p.count, p[pi] == "?" || p[pi] == t[ti] {
                pi += 1
                ti += 1
            } else if pi < p.count, p[pi] == "*" {
                star = pi
                mark = ti
                pi += 1
            } else if star >= 0 {
                pi = star + 1
                mark += 1
                ti = mark
            } else {
                return false
            }
        }
        while pi < p.count, p[pi] == "*" { pi += 1 }
        return pi == p.count
    }
}
