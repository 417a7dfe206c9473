import PlanModel
import Spreadsheet

/// Builds the sheet of one focus area ("Indsatsområde 1"): the plan's table
/// "Aktiviteter under indsatsområde N – økonomisk ramme".
///
/// ```
///    A               B                                    C                  …  G
/// 1  Aktiviteter under indsatsområde 1 – økonomisk ramme
/// 2  Indsats for at øge den oplevede tryghed og mindske kriminaliteten
/// 3  Indsatsområde   Aktivitet                            Finansiering 2013  …  Id
/// 4  1               Indbrudskampagne i Tingbjerg-Husum   40.000                1.1
/// …
/// 7  I alt                                                =SUM(C4:C6)        …
/// ```
///
/// Activities are named by their area-table name (``Activity/name``). Any remark of
/// the plan on the area is a note row above the headings.
///
/// **An area without activities** has no activity rows: a note above the headings
/// says that none are proposed yet (followed by the plan's own remark, if any), and its
/// "I alt" row holds 0 for every year (shown as `-`), written as plain values because
/// there is nothing to sum. No text is put inside the table, so that a reader of the
/// sheet does not mistake the remark for an activity.
struct AreaSheetBuilder {
    let plan: Plan
    let area: Int
    let years: [Int]

    static func sheetName(_ area: Int) -> String { ExportHeading.areaSheet(area) }

    func build() -> ExportSheet {
        let activities = plan.activities(inFocusArea: area)
        let focusArea = plan.focusArea(area)
        var rows: [ExportRow] = [ExportRow(.title, [.text(0, ExportHeading.areaTitle(area), .title)])]
        if let title = focusArea?.title, !title.isEmpty {
            rows.append(ExportRow(.subtitle, [.text(0, title, .subtitle)]))
        }
        if activities.isEmpty {
            rows.append(ExportRow(.note, [.text(0, ExportHeading.noActivities(area), .note)]))
        }
        if let note = focusArea?.note, !note.isEmpty {
            rows.append(ExportRow(.note, [.text(0, note, .note)]))
        }

        let headerRow = rows.count
        let yearColumns = years.enumerated().map { (year: $0.element, column: 2 + $0.offset) }
        let idColumn = 2 + years.count
        var header: [ExportCell] = [.text(0, ExportHeading.focusArea, .header), .text(1, ExportHeading.activity, .header)]
        for (year, column) in yearColumns { header.append(.text(column, ExportHeading.funding(year), .header)) }
        header.append(.text(idColumn, ExportHeading.id, .header))
        rows.append(ExportRow(.header, header))

        for activity in activities {
            var cells: [ExportCell] = [.integer(0, activity.focusArea, .areaNumber), .text(1, activity.name)]
            for (year, column) in yearColumns {
                if let amount = activity.funding.amounts[year] { cells.append(.amount(column, amount)) }
            }
            cells.append(.text(idColumn, activity.id, .identifier))
            rows.append(ExportRow(.activity(id: activity.id), cells))
        }

        var total: [ExportCell] = [.text(0, ExportHeading.total, .totalLabel)]
        let activityRows = activities.isEmpty ? nil : (headerRow + 1)...(headerRow + activities.count)
        for (year, column) in yearColumns {
            if let activityRows {
                let sum = plan.total(inFocusArea: area, year: year)
                total.append(
                    .computed(
                        column, "SUM(\(FormulaText.columnRange(column, rows: activityRows)))",
                        cached: sum, .totalAmount))
            } else {
                total.append(.amount(column, .zero, .totalAmount))
            }
        }
        rows.append(ExportRow(.total, total))

        var sheet = ExportSheet(
            name: Self.sheetName(area), rows: rows, frozenRows: headerRow + 1,
            printTitleRows: headerRow...headerRow)
        var limits: [Int: Double] = [0: 15, 1: 50]
        for (_, column) in yearColumns { limits[column] = 14 }
        sheet.fitColumns(maximumByColumn: limits)
        // Every area sheet gets the same name column, wide enough for the longest name
        // of the plan, so the sheets look alike (also the one without activities).
        let longest = plan.activities.map { $0.name.count }.max() ?? 0
        if sheet.columnWidths.count > 1 {
            sheet.columnWidths[1] = min(max(Double(longest) + ColumnWidthEstimator.padding, 20), 50)
        }
        return sheet
    }
}
