import BudgetRules
import PlanModel
import Spreadsheet

/// What reading a file found, as the report's ``FileReading``: the tables with their
/// units and where the units came from, the rows taken for plan activities, what was set
/// aside (grouped by sheet and reason), and every figure's fate.
struct ReadingNotes {
    /// The file.
    var file: ScannedFile
    /// The import's matches (of every file; this file's are taken).
    var matches: [ImportMatch]
    /// The plan the rows were matched to, when there is one (to tell names it knows).
    var plan: Plan? = nil

    /// The reading: tables, what was set aside, matches and every figure.
    var reading: FileReading {
        let coverage = file.coverage
        return FileReading(
            tables: tables, setAside: setAside(coverage), matches: matchLines(), figures: figures(coverage))
    }

    /// The tables read, with their units and where the units came from.
    var tables: [FileReading.Table] {
        var tables: [FileReading.Table] = []
        for table in file.tables {
            let unitCell = table.table.unitCell.map(table.table.sheetAddress).map {
                SheetCell(sheet: file.file.format == .csv ? nil : table.table.sheet, address: $0).location(in: file.path)
            }
            tables.append(
                FileReading.Table(
                    summary: LocalizedText(
                        da: ImportSummary.describe(table, file: file, danish: true),
                        en: ImportSummary.describe(table, file: file, danish: false)),
                    location: table.location, kind: table.table.kind.rawValue,
                    units: table.table.units.sorted().map(\.danishText), unitSource: table.table.unitSource.rawValue,
                    unitCell: unitCell))
        }
        return tables
    }

    /// What was set aside, one line per sheet and reason; hidden sheets without a table too.
    func setAside(_ coverage: Coverage) -> [LocalizedText] {
        var lines: [LocalizedText] = []
        var groups: [String: (sheet: String?, reason: SetAsideReason, cells: [SheetCell])] = [:]
        var order: [String] = []
        for entry in coverage.setAside {
            guard case .setAside(let reason) = entry.disposition else { continue }
            let key = "\(entry.cell.sheet ?? "")|\(reason)"
            if groups[key] == nil {
                order.append(key)
                groups[key] = (entry.cell.sheet, reason, [])
            }
            groups[key]?.cells.append(entry.cell)
        }
        for sheet in file.skippedSheets where !coverage.setAside.contains(where: { $0.cell.sheet == sheet }) {
            lines.append(
                LocalizedText(
                    da: "ark “\(sheet)”: skjult, ikke læst (ingen tabel i det)",
                    en: "sheet “\(sheet)”: hidden, not read (no table in it)"))
        }
        for key in order {
            guard let group = groups[key] else { continue }
            let first = group.cells.min()!.address.a1
            let last = group.cells.max()!.address.a1
            let span = first == last ? first : "\(first)–\(last)"
            let sheet = group.sheet.map { ("ark “\($0)”, ", "sheet “\($0)”, ") } ?? ("", "")
            let count = group.cells.count
            lines.append(
                LocalizedText(
                    da: "\(sheet.0)\(count) \(count == 1 ? "tal" : "tal") (\(span)): \(group.reason.text.da)",
                    en: "\(sheet.1)\(count) \(count == 1 ? "figure" : "figures") (\(span)): \(group.reason.text.en)"))
        }
        return lines
    }

    /// The file's rows taken for activities.
    func matchLines() -> [FileReading.Match] {
        let known = Dictionary(
            (plan?.activities ?? []).map { ($0.id, Set($0.allNames.map(ActivityMatcher.normalize))) },
            uniquingKeysWith: { a, _ in a })
        return matches.filter { $0.file == file.path }.map { match in
            FileReading.Match(
                location: match.location, name: match.name, activityID: match.activityID, activityName: match.activityName,
                method: match.method?.rawValue ?? "new", confidence: match.isNew ? nil : match.confidence,
                nameIsKnown: known[match.activityID]?.contains(ActivityMatcher.normalize(match.name)) ?? false)
        }
    }

    /// Every figure and what became of it.
    func figures(_ coverage: Coverage) -> [FileReading.Figure] {
        coverage.entries.map { entry in
            let location = entry.cell.location(in: file.path)
            switch entry.disposition {
            case .used(let use):
                return FileReading.Figure(location: location, raw: entry.raw, status: "used", kind: use.code, year: use.year, why: nil)
            case .setAside(let reason):
                var year: Int?
                if case .outsidePlanPeriod(let y, _) = reason { year = y }
                return FileReading.Figure(location: location, raw: entry.raw, status: "set-aside", kind: reason.code, year: year, why: reason.text)
            case .notUnderstood(let why):
                return FileReading.Figure(location: location, raw: entry.raw, status: "not-understood", kind: nil, year: nil, why: why)
            }
        }
    }
}
