import Foundation
import PlanModel
import Testing

@testable import BudgetRules

typealias Loc = BudgetRules.SourceLocation

/// Files of this repository, found from this source file's path.
enum Repository {
    static let root = URL(fileURLWithPath: TestEnvironment.packageRoot)

    /// The shipped 2013 plan.
    static func samplePlan() throws -> Plan {
        try Plan(jsonData: Data(contentsOf: root.appendingPathComponent("samples/tryghedsplan-2013.json")))
    }
}

/// A submission as the mapping layer would read it from a workbook laid out like the
/// seed: sheets "Område 1"–"Område 4" (area tables), "Oversigt" (the overview) and
/// "Måltal" (crime targets). Columns: A area, B name, C–F the years 2013–2016.
enum Fixture {
    static let file = "budget-2013.xlsx"
    static let years = [2013, 2014, 2015, 2016]
    static let columns = ["C", "D", "E", "F"]

    /// area, area-table name, overview name, amounts 2013–2016 (0 = blank cell).
    static let activities: [(area: Int, name: String, short: String, amounts: [Kroner])] = [
        (1, "Indbrudskampagne i Tingbjerg-Husum", "Indbrudsindsats", [40_000, 0, 0, 0]),
        (1, "Skoleindsats ”Det gode valg”", "Det gode valg", [220_000, 180_000, 0, 0]),
        (1, "Belysning på Volden", "Belysning på Volden", [340_000, 0, 0, 0]),
        (2, "Kommunikationsmedarbejder (25 timer pr. uge)", "Kommunikationsindsats", [450_000, 450_000, 450_000, 450_000]),
        (3, "Dialog med beboerne om deres holdninger og ønsker til tryghed i området", "Dialog med beboerne", [30_000, 30_000, 0, 0]),
        (3, "Akutpulje til understøttelse af beboerdrevne initiativer for tryghed og mod kriminalitet", "Akutpulje", [20_000, 20_000, 20_000, 20_000]),
        (3, "Fysisk ramme for borgerdeltagelse og engagement", "Beboercentrum", [200_000, 200_000, 0, 0]),
        (
            3, "Tovholder for dialog og aktivt medborgerskab – (12 timer pr. uge)", "Tovholder for dialog og aktivt medborgerskab",
            [150_000, 150_000, 150_000, 150_000]
        ),
        (
            4, "Udarbejdelse af forløb for de ansatte i Tingbjerg-Husum samt fyraftensmøde",
            "Fyraftensmøde og udarbejdelse af forløb for de ansatte i Tingbjerg-Husum", [40_000, 0, 0, 0]
        ),
    ]

    static let overviewTotal: [Kroner] = [1_490_000, 1_030_000, 620_000, 620_000]
    static let remaining: [Kroner] = [510_000, 970_000, 1_380_000, 1_380_000]

    static func loc(_ sheet: String, _ cell: String) -> Loc { Loc(file: file, sheet: sheet, cell: cell) }

    static func amount(_ value: Kroner, _ sheet: String, _ cell: String, raw: String? = nil) -> ParsedAmount {
        .clean(value, raw: raw, at: loc(sheet, cell))
    }

    /// Amounts of a row: blank cells (zero) are left out.
    static func amounts(_ values: [Kroner], sheet: String, row: Int) -> [Int: ParsedAmount] {
        var out: [Int: ParsedAmount] = [:]
        for (index, value) in values.enumerated() where value != 0 {
            out[years[index]] = amount(value, sheet, "\(columns[index])\(row)")
        }
        return out
    }

    static func areaSheet(_ area: Int) -> String { "Område \(area)" }

    /// The area table of `area` on sheet "Område N": title A1, headings row 2, rows from 3, "I alt" after.
    static func areaTable(_ area: Int) -> AreaTable {
        let sheet = areaSheet(area)
        let members = activities.filter { $0.area == area }
        var rows: [ActivityRow] = []
        for (offset, activity) in members.enumerated() {
            let row = 3 + offset
            rows.append(
                ActivityRow(
                    area: area, areaLocation: loc(sheet, "A\(row)"), name: activity.name, location: loc(sheet, "B\(row)"),
                    amounts: amounts(activity.amounts, sheet: sheet, row: row)))
        }
        let totals = years.indices.map { index in Kroner.sum(members.map { $0.amounts[index] })! }
        let totalRow = 3 + members.count
        return AreaTable(
            area: area, title: "Aktiviteter under indsatsområde \(area) – økonomisk ramme", location: loc(sheet, "A1"),
            rows: rows,
            total: TotalRow(label: "I alt", location: loc(sheet, "A\(totalRow)"), amounts: amounts(totals, sheet: sheet, row: totalRow)))
    }

    static let overviewSheet = "Oversigt"

    /// The overview on sheet "Oversigt": headings row 1, activities rows 2–10, "I alt" row 11, remaining row 12.
    static func overview() -> OverviewTable {
        let sheet = overviewSheet
        let rows = activities.enumerated().map { offset, activity in
            let row = 2 + offset
            return ActivityRow(
                area: activity.area, areaLocation: loc(sheet, "A\(row)"), name: activity.short, location: loc(sheet, "B\(row)"),
                amounts: amounts(activity.amounts, sheet: sheet, row: row))
        }
        return OverviewTable(
            location: loc(sheet, "A1"), rows: rows,
            total: TotalRow(label: "I alt", location: loc(sheet, "A11"), amounts: amounts(overviewTotal, sheet: sheet, row: 11)),
            remaining: TotalRow(
                label: "Resterende beløb pr. år", location: loc(sheet, "A12"), amounts: amounts(remaining, sheet: sheet, row: 12)))
    }

    static let crimeSheet = "Måltal"

    /// offence, baseline 2012, targets 2013–2016.
    static let crime: [(String, Int, [Int])] = [
        ("Indbrud", 154, [139, 131, 123, 116]), ("Tyverier", 462, [416, 393, 370, 347]),
        ("Vold/Trusler", 65, [59, 55, 52, 49]), ("Hærværk", 73, [66, 62, 58, 55]),
        ("Narkotika", 20, [18, 17, 16, 15]), ("Chikane", 32, [29, 27, 26, 24]),
    ]
    static let reductions = [10, 15, 20, 25]

    /// The crime targets on sheet "Måltal": headings row 1, offences rows 2–7 (A offence, B baseline, C–F targets).
    static func crimeTable(withReductions: Bool = true) -> CrimeTargetTable {
        let sheet = crimeSheet
        let rows = crime.enumerated().map { offset, entry in
            let row = 2 + offset
            return CrimeTargetRow(
                offence: entry.0, location: loc(sheet, "A\(row)"), baselineYear: 2012,
                baseline: ParsedCount(value: entry.1, location: loc(sheet, "B\(row)")),
                targets: years.indices.map { index in
                    CrimeTargetCell(
                        year: years[index],
                        count: ParsedCount(
                            value: entry.2[index], raw: "\(entry.2[index]) (-\(reductions[index]) %)",
                            location: loc(sheet, "\(columns[index])\(row)")),
                        reduction: withReductions ? reductions[index] : nil)
                })
        }
        return CrimeTargetTable(location: loc(sheet, "A1"), rows: rows)
    }

    /// Year headings C–F of every sheet.
    static func headings(sheets: [(String, Int)]) -> [YearHeading] {
        sheets.flatMap { sheet, row in
            years.indices.map { YearHeading(year: years[$0], location: loc(sheet, "\(columns[$0])\(row)")) }
        }
    }

    /// The whole clean submission.
    static func submission() -> Submission {
        Submission(
            file: file, areaTables: (1...4).map(areaTable), overviewTables: [overview()], crimeTables: [crimeTable()],
            years: headings(sheets: (1...4).map { (areaSheet($0), 2) } + [(overviewSheet, 1), (crimeSheet, 1)]))
    }

    /// The submission as the seed writes it: "30.000." for Dialog med beboerne in 2013 in the overview.
    static func seedSubmission() -> Submission {
        var submission = submission()
        submission.overviewTables[0].rows[4].amounts[2013] = ParsedAmount(
            value: 30_000, raw: "30.000.", quality: .sloppy(LocalizedText(da: "punktum til sidst", en: "trailing full stop")),
            location: loc(overviewSheet, "C6"))
        return submission
    }
}

/// Runs every rule except `focus-area-empty` (which the seed's empty area 5 always gives).
func faults(_ submission: Submission, against plan: Plan? = nil, options: ValidationOptions = .init()) -> [Finding] {
    Validator(ruleSet: RuleSet.standard.excluding([.focusAreaEmpty, .periodAssumed, .frameAssumed, .frameUnknown]))
        .validate(submission: submission, against: plan, options: options).findings
}

/// Runs every rule except `focus-area-empty` over a plan.
func faults(_ plan: Plan) -> [Finding] {
    Validator(ruleSet: RuleSet.standard.excluding([.focusAreaEmpty])).validate(plan: plan, file: "plan.json").findings
}

/// Expects exactly one finding, with this rule, place, expected and found.
func expectOnly(
    _ findings: [Finding], _ rule: RuleID, sheet: String? = nil, cell: String? = nil, file: String = Fixture.file,
    activity: String? = nil, expected: String?, found: String?, sourceLocation: Testing.SourceLocation = #_sourceLocation
) {
    #expect(findings.count == 1, "expected one finding, got \(findings.map { "\($0.rule.rawValue) \($0.location)" })", sourceLocation: sourceLocation)
    guard let finding = findings.first else { return }
    #expect(finding.rule == rule, sourceLocation: sourceLocation)
    #expect(finding.severity == rule.severity, sourceLocation: sourceLocation)
    #expect(finding.file == file, sourceLocation: sourceLocation)
    #expect(finding.sheet == sheet, sourceLocation: sourceLocation)
    #expect(finding.cell == cell, sourceLocation: sourceLocation)
    #expect(finding.activity == activity, sourceLocation: sourceLocation)
    #expect(finding.expected == expected, sourceLocation: sourceLocation)
    #expect(finding.found == found, sourceLocation: sourceLocation)
    #expect(!finding.message.da.isEmpty && !finding.message.en.isEmpty && finding.message.da != finding.message.en, sourceLocation: sourceLocation)
}
