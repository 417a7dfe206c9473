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
