import PlanModel
import Spreadsheet

/// Builds the "Diagram" sheet: funding per focus area and year, as a small table of
/// live `SUMIF` formulas over the overview, and a clustered column chart drawn from it
/// (categories = years, one series per focus area).
///
/// ```
///    A                 B                                                C     …
/// 1  Finansiering pr. indsatsområde og år
/// 2  Indsatsområde     2013                                             2014  …
/// 3  Indsatsområde 1   =SUMIF(Oversigt!$A$4:$A$12,1,Oversigt!C$4:C$12)  …
/// …
/// 8  I alt             =SUM(B3:B7)                                      …
/// 10 [chart]
/// ```
struct ChartSheetBuilder {
    static let sheetName = "Diagram"
    static let title = "Finansiering pr. indsatsområde og år"

    let plan: Plan
    let overview: OverviewSheetBuilder.Layout

    func build() -> ExportSheet {
        let areas = ExportOrder.areaNumbers(of: plan)
        let headerRow = 1
        var rows: [ExportRow] = [ExportRow(.title, [.text(0, Self.title, .title)])]
        var header: [ExportCell] = [.text(0, ExportHeading.focusArea, .header)]
        for (offset, entry) in overview.yearColumns.enumerated() {
            header.append(.text(1 + offset, String(entry.year), .header))
        }
        rows.append(ExportRow(.header, header))

        let oversigt = FormulaText.sheetPrefix(OverviewSheetBuilder.sheetName)
        for area in areas {
            var cells: [ExportCell] = [.text(0, ExportHeading.areaSheet(area))]
            for (offset, entry) in overview.yearColumns.enumerated() {
                let cached = plan.total(inFocusArea: area, year: entry.year)
                if let activityRows = overview.activityRows {
                    let criteria = oversigt + FormulaText.absoluteColumnRange(overview.areaColumn, rows: activityRows)
                    let values = oversigt + FormulaText.rowAnchoredRange(entry.column, rows: activityRows)
                    cells.append(.computed(1 + offset, "SUMIF(\(criteria),\(area),\(values))", cached: cached, .amount))
                } else {
                    cells.append(.amount(1 + offset, .zero))
                }
            }
            rows.append(ExportRow(.data, cells))
        }
        var total: [ExportCell] = [.text(0, ExportHeading.total, .totalLabel)]
        let dataRows = areas.isEmpty ? nil : (headerRow + 1)...(headerRow + areas.count)
        for (offset, entry) in overview.yearColumns.enumerated() {
            if let dataRows {
                total.append(
                    .computed(
                        1 + offset, "SUM(\(FormulaText.columnRange(1 + offset, rows: dataRows)))",
                        cached: plan.total(in: entry.year), .totalAmount))
            } else {
                total.append(.amount(1 + offset, .zero, .totalAmount))
            }
        }
        rows.append(ExportRow(.total, total))

        var sheet = ExportSheet(name: Self.sheetName, rows: rows, frozenRows: 0)
        sheet.fitColumns(minimum: 12, maximum: 20)

        let yearCount = overview.yearColumns.count
        if let dataRows, yearCount > 0 {
            let firstChartRow = rows.count + 1
            let lastColumn = max(7, yearCount)
            let categories = SheetReference(
                sheet: Self.sheetName,
                range: CellRange(
                    start: CellAddress(row: headerRow, column: 1), end: CellAddress(row: headerRow, column: yearCount)))
            let series = dataRows.map { row in
                ExportChart.Series(
                    name: SheetReference(sheet: Self.sheetName, cell: CellAddress(row: row, column: 0)),
                    values: SheetReference(
                        sheet: Self.sheetName,
                        range: CellRange(
                            start: CellAddress(row: row, column: 1), end: CellAddress(row: row, column: yearCount))))
            }
            sheet.charts.append(
                ExportChart(
                    kind: .clusteredColumn, title: Self.title, categories: categories, series: series,
                    categoryAxisTitle: ExportHeading.year, valueAxisTitle: "Finansiering (kr.)",
                    anchor: CellRange(
                        start: CellAddress(row: firstChartRow, column: 0),
                        end: CellAddress(row: firstChartRow + 19, column: lastColumn))))
        }
        return sheet
    }
}
