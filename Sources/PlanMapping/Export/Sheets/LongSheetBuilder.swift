import PlanModel
import Spreadsheet

/// Builds the long table: one row per activity and year, for filtering and pivot
/// tables.
///
/// ```
///    A              B    C                                     D     E
/// 1  Indsatsområde  Id   Aktivitet                             År    Beløb
/// 2  1              1.1  Indbrudskampagne i Tingbjerg-Husum    2013  40000
/// 3  1              1.1  Indbrudskampagne i Tingbjerg-Husum    2014
/// ```
///
/// Every activity has a row for every year of the export (the plan period and any
/// other funded year), so that no activity is left out; "Beløb" is empty for a year the
/// activity is not funded in, and 0 for a year funded with zero. Activities are named
/// by their area-table name and sorted like the overview; the headings are in row 1.
struct LongSheetBuilder {
    static let sheetName = "Aktiviteter pr. år"
    static let headings = [
        ExportHeading.focusArea, ExportHeading.id, ExportHeading.activity,
        ExportHeading.year, ExportHeading.amount,
    ]

    let plan: Plan
    let years: [Int]

    func build() -> ExportSheet {
        var rows: [ExportRow] = [
            ExportRow(.header, Self.headings.enumerated().map { .text($0.offset, $0.element, .header) })
        ]
        for activity in ExportOrder.activities(of: plan) {
            for year in years {
                var cells: [ExportCell] = [
                    .integer(0, activity.focusArea, .areaNumber), .text(1, activity.id, .identifier),
                    .text(2, activity.name), .integer(3, year, .year),
                ]
                if let amount = activity.funding.amounts[year] { cells.append(.amount(4, amount)) }
                rows.append(ExportRow(.activity(id: activity.id), cells))
            }
        }
        var sheet = ExportSheet(
            name: Self.sheetName, rows: rows, frozenRows: 1, printTitleRows: 0...0,
            autoFilter: CellRange(
                start: CellAddress(row: 0, column: 0),
                end: CellAddress(row: rows.count - 1, column: Self.headings.count - 1)))
        sheet.fitColumns(maximumByColumn: [2: 60])
        return sheet
    }
}
