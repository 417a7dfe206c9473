import BudgetRules
import Foundation
import PlanModel
import Spreadsheet
import Testing

@testable import PlanMapping

/// Random plans rendered in random layouts (shape, column order, unit, year labels,
/// headings, subtotals, totals, actuals beside the budget, extra columns, a hidden draft
/// sheet, XLSX or CSV): import gives back the plan and validate gives no error; with one
/// fault planted at a random cell, validate finds it at that cell. Seeded, a fixed number
/// of iterations.
@Suite("Import: random plans in random layouts")
struct ImportLayoutPropertyTests {
    static let iterations = 40
    static let seed: UInt64 = 0x5EED_1A40

    static let activityWords = [
        "Nattevandring", "Lektiecafé", "Sommerfest", "Nyhedsbrev", "Skolebesøg", "Beboermøde", "Fodboldturnering",
        "Kunstværksted", "Gadebelysning", "Rådgivning", "Mentorordning", "Gadeteam", "Madklub", "Cykelværksted",
    ]
    static let places = ["Husum", "Tingbjerg", "Voldparken", "Gadelandet", "Bystævnet"]

    /// A plan of two to four focus areas with one to three activities each, over one to four
    /// years starting anywhere in the century; amounts in whole thousands, some years unfunded.
    static func randomPlan(_ generator: inout SeededGenerator) -> Plan {
        let first = Int.random(in: 2000...2085, using: &generator)
        let period = PlanPeriod(firstYear: first, lastYear: first + Int.random(in: 0...3, using: &generator))
        let areas = Array((1...5).shuffled(using: &generator).prefix(Int.random(in: 2...4, using: &generator))).sorted()
        var names = Set<String>()
        var activities: [Activity] = []
        for area in areas {
            for ordinal in 1...Int.random(in: 1...3, using: &generator) {
                var name: String
                repeat {
                    name = "\(activityWords.randomElement(using: &generator)!) i \(places.randomElement(using: &generator)!)"
                } while !names.insert(name).inserted
                var funding = Funding()
                for year in period.years where Bool.random(using: &generator) {
                    funding[year] = Kroner(Int64.random(in: 1...400, using: &generator) * 1000)
                }
                if funding.isEmpty { funding[period.firstYear] = Kroner(Int64.random(in: 1...400, using: &generator) * 1000) }
                activities.append(
                    Activity(id: "\(area).\(ordinal)", name: name, shortName: name, focusArea: area, funding: funding))
            }
        }
        return Plan(
            partnership: Partnership(name: "Tilfældigt partnerskab"), period: period, annualFrame: 5_000_000,
            focusAreas: (1...5).map { FocusArea(number: $0, title: "Område \($0)") }, activities: activities)
    }

    /// Random rendering options.
    static func randomOptions(_ generator: inout SeededGenerator) -> LayoutRenderer.Options {
        var options = LayoutRenderer.Options()
        options.shape = LayoutRenderer.Shape.allCases.randomElement(using: &generator)!
        // A CSV file holds one sheet: one sheet per year is a workbook.
        options.xlsx = options.shape == .sheetPerYear || Bool.random(using: &generator)
        options.yearForm = LayoutRenderer.YearForm.allCases.filter { options.xlsx || $0 != .date }
            .randomElement(using: &generator)!
        options.thousands = Bool.random(using: &generator)
        options.areaColumn = Bool.random(using: &generator)
        options.subtotals = Bool.random(using: &generator)
        options.total = LayoutRenderer.TotalPosition.allCases.randomElement(using: &generator)!
        options.actualsBeside = Bool.random(using: &generator)
        options.extraColumns = Bool.random(using: &generator)
        options.shuffleSeed = Bool.random(using: &generator) ? UInt64.random(in: 1...UInt64.max, using: &generator) : 0
        options.zeroAs = [CellValue.empty, .integer(0), .string("-")].randomElement(using: &generator)!
        return options
    }

    /// A hidden sheet holding last spring's draft (other figures): never read by default.
    static func draft(of plan: Plan) -> SheetGrid {
        var sheet = SheetBuilder(name: "Kladde (gl.)")
        sheet.set(0, 0, .string("Indsatsområde"))
        sheet.set(0, 1, .string("Aktivitet"))
        for (offset, year) in plan.period.years.enumerated() { sheet.set(0, 2 + offset, .integer(Int64(year))) }
        for (index, activity) in plan.activities.enumerated() {
            sheet.set(index + 1, 0, .integer(Int64(activity.focusArea)))
            sheet.set(index + 1, 1, .string(activity.name))
            for offset in plan.period.years.indices { sheet.set(index + 1, 2 + offset, .integer(999_000)) }
        }
        return sheet.grid
    }

    /// The value of `cell` in the sheet `sheet`.
    static func value(at cell: CellAddress, sheet: String, in grids: [SheetGrid]) -> CellValue {
        grids.first { $0.name == sheet }?[cell] ?? .empty
    }

    /// A fault to plant: where, what, and the rule that must find it.
    struct Fault {
        var sheet: String
        var cell: CellAddress
        var value: CellValue
        var rule: RuleID
    }

    static func randomFault(_ rendering: LayoutRenderer.Rendering, _ generator: inout SeededGenerator) -> Fault {
        var candidates: [Fault] = []
        // An amount that cannot be read.
        let amounts = rendering.amountCells.keys.sorted().flatMap { id in
            rendering.amountCells[id]!.keys.sorted().flatMap { rendering.amountCells[id]![$0]! }
        }
        if let cell = amounts.randomElement(using: &generator) {
            candidates.append(Fault(sheet: cell.sheet, cell: cell.cell, value: .string("ca. 5.000"), rule: .amountInvalid))
        }
        // A total one off.
        func oneOff(_ place: (sheet: String, cell: CellAddress)) -> CellValue {
            switch value(at: place.cell, sheet: place.sheet, in: rendering.grids) {
            case .integer(let number): return .integer(number + 1)
            default: return .integer(1)
            }
        }
        if let year = rendering.totalCells.keys.sorted().randomElement(using: &generator) {
            let place = rendering.totalCells[year]!
            let rule: RuleID = rendering.kind == .area ? .areaTotalMismatch : .overviewTotalMismatch
            candidates.append(Fault(sheet: place.sheet, cell: place.cell, value: oneOff(place), rule: rule))
        }
        if let area = rendering.subtotalCells.keys.sorted().randomElement(using: &generator),
            let year = rendering.subtotalCells[area]!.keys.sorted().randomElement(using: &generator)
        {
            let place = rendering.subtotalCells[area]![year]!
            candidates.append(Fault(sheet: place.sheet, cell: place.cell, value: oneOff(place), rule: .subtotalMismatch))
        }
        return candidates.randomElement(using: &generator)!
    }

    @Test("Random plans in random layouts: import gives the plan back, validate finds no error; one planted fault is found at its cell")
    func randomLayouts() throws {
        var generator = SeededGenerator(seed: Self.seed)
        for iteration in 0..<Self.iterations {
            let plan = Self.randomPlan(&generator)
            let options = Self.randomOptions(&generator)
            let rendering = LayoutRenderer(plan: plan, options: options).render()
            let hidden = options.xlsx && Bool.random(using: &generator)
            let grids = rendering.grids + (hidden ? [Self.draft(of: plan)] : [])
            let hiddenNames: Set<String> = hidden ? ["Kladde (gl.)"] : []
            let context = "iteration \(iteration): \(options.shape) \(options.yearForm) xlsx=\(options.xlsx) period=\(plan.period)"

            let outcome = try ImportLayoutTests.run(grids, xlsx: options.xlsx, hidden: hiddenNames, plan: plan)
            #expect(outcome.unreadable.isEmpty, "\(context): \(outcome.unreadable)")
            let funding = Dictionary(uniqueKeysWithValues: outcome.result.plan.activities.map { ($0.id, $0.funding) })
            for activity in plan.activities {
                #expect(funding[activity.id] == activity.funding, "\(context): \(activity.id)")
            }
            #expect(!outcome.result.hasErrors, "\(context): \(outcome.result.problems.map(\.message.en))")
            #expect(outcome.errors.isEmpty, "\(context): \(outcome.errors.map(\.message.en))")
            #expect(ImportLayoutTests.notUnderstood(outcome).isEmpty, "\(context)")

            let fault = Self.randomFault(rendering, &generator)
            let faulty = ImportLayoutTests.plant(fault.value, at: fault.cell, sheet: fault.sheet, in: grids)
            let twin = try ImportLayoutTests.run(faulty, xlsx: options.xlsx, hidden: hiddenNames, plan: plan)
            #expect(
                twin.errors.map { [$0.rule.rawValue, $0.cell ?? "-"] } == [[fault.rule.rawValue, fault.cell.a1]],
                "\(context): planted \(fault.value) at \(fault.sheet)!\(fault.cell.a1)")
        }
    }
}
