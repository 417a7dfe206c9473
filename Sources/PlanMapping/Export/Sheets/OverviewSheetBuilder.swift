import PlanModel
import Spreadsheet

/// Builds the "Oversigt" sheet: section 10 of the plan.
///
/// ```
///    A                  B                    C                   …  F                   G
/// 1  Oversigt over aktiviteter i Tingbjerg-Husum Partnerskab i 2013 og frem
/// 2  Årlig ramme        2.000.000
/// 3  Indsatsområde      Aktivitet            Finansiering 2013   …  Finansiering 2016   Id
/// 4  1                  Indbrudsindsats      40.000                                     1.1
/// …
/// 13 I alt                                   =SUM(C4:C12)        …  =SUM(F4:F12)
/// 14 Resterende beløb pr. år                 =$B$2-C13           …  =$B$2-F13
/// ```
///
/// Activities are sorted by focus area (the plan's order within an area) and named by
/// their short name. A year an activity is not funded in is left empty; a year funded
/// with zero shows `-`. "I alt" and "Resterende beløb pr. år" are live formulas whose
/// cached values are the plan's figures; with no activities at all they are plain values.
struct OverviewSheetBuilder {
    static let sheetName = "Oversigt"

    /// Where things are on the sheet, for formulas on other sheets.
    struct Layout {
        var frameCell: CellAddress
        var headerRow: Int
        /// The activity rows (nil when there are none).
        var activityRows: ClosedRange<Int>?
        var totalRow: Int
        var remainingRow: Int
        var areaColumn: Int
        var nameColumn: Int
        /// The column of each year, in year order.
        var yearColumns: [(year: Int, column: Int)]
        var idColumn: Int
    }

    let plan: Plan
    let years: [Int]

    func layout() -> Layout {
        let headerRow = 2
        let count = plan.activities.count
        let activityRows = count > 0 ? (headerRow + 1)...(headerRow + count) : nil
        let totalRow = headerRow + count + 1
        return Layout(
            frameCell: CellAddress(row: 1, column: 1), headerRow: headerRow, activityRows: activityRows,
            totalRow: totalRow, remainingRow: totalRow + 1, areaColumn: 0, nameColumn: 1,
            yearColumns: years.enumerated().map { ($0.element, 2 + $0.offset) }, idColumn: 2 + years.count)
    }

    func build() -> ExportSheet {
        let layout = layout()
        var rows: [ExportRow] = []
        rows.append(ExportRow(.title, [.text(0, ExportHeading.overviewTitle(plan), .title)]))
        rows.append(
            ExportRow(
                .frame,
                [
                    .text(0, ExportHeading.annualFrame, .frameLabel),
                    .amount(layout.frameCell.column, plan.annualFrame, .frameAmount),
                ]))

        var header: [ExportCell] = [
            .text(layout.areaColumn, ExportHeading.focusArea, .header),
            .text(layout.nameColumn, ExportHeading.activity, .header),
        ]
        for (year, column) in layout.yearColumns { header.append(.text(column, ExportHeading.funding(year), .header)) }
        header.append(.text(layout.idColumn, ExportHeading.id, .header))
        rows.append(ExportRow(.header, header))

        for activity in ExportOrder.activities(of: plan) {
            var cells: [ExportCell] = [
                .integer(layout.areaColumn, activity.focusArea, .areaNumber),
                .text(layout.nameColumn, activity.shortName),
            ]
            for (year, column) in layout.yearColumns {
                if let amount = activity.funding.amounts[year] { cells.append(.amount(column, amount)) }
            }
            cells.append(.text(layout.idColumn, activity.id, .identifier))
            rows.append(ExportRow(.activity(id: activity.id), cells))
        }

        var total: [ExportCell] = [.text(layout.areaColumn, ExportHeading.total, .totalLabel)]
        var remaining: [ExportCell] = [.text(layout.areaColumn, ExportHeading.remaining, .remainingLabel)]
        let totalRowA1 = layout.totalRow + 1
        for (year, column) in layout.yearColumns {
            let sum = plan.total(in: year)
            if let activityRows = layout.activityRows {
                total.append(
                    .computed(
                        column, "SUM(\(FormulaText.columnRange(column, rows: activityRows)))",
                        cached: sum, .totalAmount))
            } else {
                total.append(.amount(column, .zero, .totalAmount))
            }
            let left = sum.flatMap { plan.annualFrame.subtracting($0) }
            let formula = FormulaText.absolute(layout.frameCell) + "-" + CellAddress.columnName(column) + String(totalRowA1)
            remaining.append(.computed(column, formula, cached: left, .remainingAmount))
        }
        rows.append(ExportRow(.total, total))
        rows.append(ExportRow(.remaining, remaining))

        var sheet = ExportSheet(
            name: Self.sheetName, rows: rows, frozenRows: layout.headerRow + 1,
            printTitleRows: layout.headerRow...layout.headerRow)
        var limits: [Int: Double] = [layout.areaColumn: 15, layout.nameColumn: 50]
        for (_, column) in layout.yearColumns { limits[column] = 14 }
        sheet.fitColumns(maximumByColumn: limits)
        return sheet
    }
}
