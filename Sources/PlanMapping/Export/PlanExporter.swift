import PlanModel
import Spreadsheet

/// Turns a plan into sheets: the overview workbook and the export layouts.
///
/// The exporter first builds each sheet as a table model (``ExportSheet``: rows of
/// cells with values, live formulas with cached results, and roles), then a renderer
/// writes it as XLSX or CSV.
///
/// ```swift
/// let exporter = PlanExporter(plan: plan)
/// try exporter.writeOverviewWorkbook(to: "overview.xlsx")
/// try exporter.write(.long, format: .csv, to: "plan-long.csv")
/// let oversigt = exporter.overviewSheet()          // the table model, for tests or other renderers
/// ```
///
/// The same plan always gives the same sheets and the same bytes.
public struct PlanExporter: Sendable {
    /// The plan exported.
    public var plan: Plan
    /// The options.
    public var options: ExportOptions

    /// Creates an exporter for `plan`.
    public init(plan: Plan, options: ExportOptions = ExportOptions()) {
        self.plan = plan
        self.options = options
    }

    /// The years the sheets have a column (or row) for: the plan period and every
    /// other funded year, in increasing order.
    public var years: [Int] { ExportYears.years(of: plan) }

    // MARK: Sheets

    /// "Oversigt": section 10 of the plan, with live "I alt" and "Resterende beløb pr. år".
    public func overviewSheet() -> ExportSheet {
        OverviewSheetBuilder(plan: plan, years: years).build()
    }

    /// One sheet per focus area ("Indsatsområde 1" …), in area order: the plan's focus
    /// areas and any other area an activity names.
    public func areaSheets() -> [ExportSheet] {
        let years = years
        return ExportOrder.areaNumbers(of: plan).map { AreaSheetBuilder(plan: plan, area: $0, years: years).build() }
    }

    /// "Kriminalitetsmål": the crime targets.
    public func crimeTargetSheet() -> ExportSheet {
        CrimeTargetSheetBuilder(plan: plan).build()
    }

    /// "Aktiviteter": target group, timeline, deliverables, responsible, other areas,
    /// co-financing of each activity.
    public func activitySheet() -> ExportSheet {
        ActivitySheetBuilder(plan: plan).build()
    }

    /// "Diagram": funding per focus area and year (formulas over "Oversigt") and a
    /// clustered column chart of it.
    public func chartSheet() -> ExportSheet {
        let overview = OverviewSheetBuilder(plan: plan, years: years).layout()
        return ChartSheetBuilder(plan: plan, overview: overview).build()
    }

    /// "Aktiviteter pr. år": one row per activity and year.
    public func longSheet() -> ExportSheet {
        LongSheetBuilder(plan: plan, years: years).build()
    }

    // MARK: Workbooks

    /// The overview workbook: Oversigt, one sheet per focus area, Kriminalitetsmål,
    /// Aktiviteter and Diagram, with document properties.
    public func overviewWorkbook() -> ExportWorkbook {
        ExportWorkbook(
            sheets: [overviewSheet()] + areaSheets() + [crimeTargetSheet(), activitySheet(), chartSheet()],
            properties: properties)
    }

    /// The sheets of one export layout, with document properties.
    public func workbook(for layout: ExportLayout) -> ExportWorkbook {
        ExportWorkbook(sheets: sheets(for: layout), properties: properties)
    }

    /// The sheets of one export layout.
    public func sheets(for layout: ExportLayout) -> [ExportSheet] {
        switch layout {
        case .overview: return [overviewSheet()]
        case .areas: return areaSheets()
        case .long: return [longSheet()]
        case .crime: return [crimeTargetSheet()]
        }
    }

    /// The document properties: the plan's title, the partnership as author, and a
    /// creation time derived from the plan (see ``ExportOptions/created``).
    public var properties: ExportProperties {
        let first = plan.period.firstYear
        let created =
            options.created
            ?? DateTimeComponents(year: (1...9999).contains(first) ? first : 2000, month: 1, day: 1)
        return ExportProperties(
            title: plan.title ?? "Tryghedsplan for \(plan.partnership.name)",
            subject: "Oversigt over aktiviteter og finansiering \(plan.period)",
            author: plan.partnership.name,
            keywords: "tryghedsplan; indsatsområder; finansiering; kriminalitetsmål",
            created: created)
    }
}
