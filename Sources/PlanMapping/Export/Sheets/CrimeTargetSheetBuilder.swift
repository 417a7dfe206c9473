import PlanModel
import Spreadsheet

/// Builds the "Kriminalitetsmål" sheet: the plan's crime targets.
///
/// ```
///    A              B            C              …  F
/// 1  Måltal for kriminaliteten (antal anmeldelser pr. år)
/// 2  Gerningstype   Basis 2012   2013 (-10 %)   …  2016 (-25 %)
/// 3  Indbrud        154          139            …  116
/// ```
///
/// The headings carry the baseline year and each year's reduction when every offence
/// shares them, as in the plan. When offences differ, the baseline column is headed
/// "Basis" and preceded by a "Basisår" column, and a year whose reductions differ is
/// headed "Måltal 2013" and followed by a "Reduktion 2013 (%)" column, so that no
/// figure is lost. A year an offence has no target for is left empty.
struct CrimeTargetSheetBuilder {
    static let sheetName = "Kriminalitetsmål"
    static let title = "Måltal for kriminaliteten (antal anmeldelser pr. år)"

    let plan: Plan

    func build() -> ExportSheet {
        let targets = plan.crimeTargets
        var rows: [ExportRow] = [ExportRow(.title, [.text(0, Self.title, .title)])]
        if targets.isEmpty {
            rows.append(ExportRow(.note, [.text(0, "Planen har ingen kriminalitetsmål.", .note)]))
        }

        let baselineYears = Set(targets.map(\.baselineYear))
        let sharedBaselineYear = baselineYears.count == 1 ? baselineYears.first : nil
        let years = Set(targets.flatMap { $0.targets.map(\.year) }).sorted()

        // Columns.
        var header: [ExportCell] = [.text(0, ExportHeading.offence, .header)]
        var column = 1
        var baselineYearColumn: Int?
        if sharedBaselineYear == nil && !targets.isEmpty {
            baselineYearColumn = column
            header.append(.text(column, "Basisår", .header))
            column += 1
        }
        let baselineColumn = column
        header.append(.text(column, sharedBaselineYear.map(ExportHeading.baseline) ?? "Basis", .header))
        column += 1
        var yearColumns: [(year: Int, count: Int, reduction: Int?)] = []
        for year in years {
            let reductions = Set(targets.compactMap { target in target.targets.first { $0.year == year }?.reduction })
            if reductions.count == 1, let reduction = reductions.first {
                header.append(.text(column, ExportHeading.target(year, reduction: reduction), .header))
                yearColumns.append((year, column, nil))
                column += 1
            } else {
                header.append(.text(column, "Måltal \(year)", .header))
                header.append(.text(column + 1, "Reduktion \(year) (%)", .header))
                yearColumns.append((year, column, column + 1))
                column += 2
            }
        }
        let headerRow = rows.count
        rows.append(ExportRow(.header, header))

        for target in targets {
            var cells: [ExportCell] = [.text(0, target.offence)]
            if let baselineYearColumn { cells.append(.integer(baselineYearColumn, target.baselineYear, .year)) }
            cells.append(.integer(baselineColumn, target.baseline, .count))
            for (year, countColumn, reductionColumn) in yearColumns {
                guard let yearly = target.targets.first(where: { $0.year == year }) else { continue }
                cells.append(.integer(countColumn, yearly.count, .count))
                if let reductionColumn { cells.append(.integer(reductionColumn, yearly.reduction, .count)) }
            }
            rows.append(ExportRow(.data, cells))
        }

        var sheet = ExportSheet(
            name: Self.sheetName, rows: rows, frozenRows: headerRow + 1, printTitleRows: headerRow...headerRow)
        sheet.fitColumns(minimum: 8, maximum: 40)
        return sheet
    }
}
