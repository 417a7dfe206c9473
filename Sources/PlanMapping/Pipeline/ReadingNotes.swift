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

    /// The reading.
    var reading: FileReading {
        var reading = FileReading()
        for table in file.tables {
            let unitCell = table.table.unitCell.map {
                SheetCell(sheet: file.file.format == .csv ? nil : table.table.sheet, address: $0).location(in: file.path)
            }
            reading.tables.append(
                FileReading.Table(
                    summary: LocalizedText(
                        da: ImportSummary.describe(table, file: file, danish: true),
                        en: ImportSummary.describe(table, file: file, danish: false)),
                    location: table.location, kind: table.table.kind.rawValue,
                    units: table.table.units.sorted().map(\.danishText), unitSource: table.table.unitSource.rawValue,
                    unitCell: unitCell))
        }
        let coverage = file.coverage
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
            reading.setAside.append(
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
            reading.setAside.append(
                LocalizedText(
                    da: "\(sheet.0)\(count) \(count == 1 ? "tal" : "tal") (\(span)): \(group.reason.text.da)",
                    en: "\(sheet.1)\(count) \(count == 1 ? "figure" : "figures") (\(span)): \(group.reason.text.en)"))
        }
        reading.matches = matches.filter { $0.file == file.path }.map { match in
            FileReading.Match(
                location: match.location, name: match.name, activityID: match.activityID, activityName: match.activityName,
                method: match.method?.rawValue ?? "new", confidence: match.isNew ? nil : match.confidence)
        }
        reading.figures = coverage.entries.map { entry in
            let location = entry.cell.location(in: file.path)
            switch entry.disposition {
            case .used(let use):
                return FileReading.Figure(location: location, raw: entry.raw, status: "used", kind: use.code, year: use.year, why: nil)
            case .setAside(let reason):
                var year: Int?
                if case .outsidePlanPeriod(let y) = reason { year = y }
                return FileReading.Figure(location: location, raw: entry.raw, status: "set-aside", kind: reason.code, year: year, why: reason.text)
            case .notUnderstood(let why):
                return FileReading.Figure(location: location, raw: entry.raw, status: "not-understood", kind: nil, year: nil, why: why)
            }
        }
        return reading
    }
}
