import BudgetRules
import Foundation
import PlanModel
import Spreadsheet
import Testing

@testable import PlanMapping

/// A version of the plan given as partner sheets (``SheetDiffSide``): the same revision in
/// different layouts gives the same changes.
@Suite("Plan diff from sheets")
struct DiffSheetTests {
    static let revision: Plan = {
        let data = FileManager.default.contents(atPath: Fixtures.path("samples/tryghedsplan-2014.json"))!
        return try! Plan(jsonData: data)
    }()

    /// A change as the tests compare it: everything but the match and the names.
    struct Seen: Hashable, CustomStringConvertible {
        var kind: PlanChange.Kind
        var activity: String?
        var year: Int?
        var field: ChangeField?
        var old: ChangeValue?
        var new: ChangeValue?
        var difference: Int64?

        init(_ change: PlanChange) {
            (kind, activity, year, field) = (change.kind, change.activity, change.year, change.field)
            (old, new, difference) = (change.old, change.new, change.difference)
        }

        var description: String { "\(kind.rawValue) \(activity ?? "-") \(year.map(String.init) ?? "-") \(difference.map(String.init) ?? "-")" }
    }

    static func diff(_ paths: [String], base: Plan = Fixtures.plan) throws -> PlanDiff {
        let files = try paths.map { try FileScanner().scan(path: $0) }
        let side = SheetDiffSide(files: files, base: base)
        #expect(!side.result.hasErrors, "\(side.result.problems)")
        return PlanDiffer().diff(DiffSide(plan: Fixtures.plan), side.side)
    }

    @Test("The 2014 revision as its overview workbook, as a long CSV and as area tables in CSV gives the same changes")
    func layouts() throws {
        let folder = try TemporaryFolder()
        let exporter = PlanExporter(plan: Self.revision)
        try exporter.write(.long, to: folder.file("lang.csv"))
        try exporter.write(.areas, to: folder.file("omraader.csv"))
        try exporter.write(.long, to: folder.file("lang.xlsx"))
        let workbook = try Self.diff([Fixtures.path("samples/overview-2014.xlsx")])
        let expected = [
            "funding-changed 1.2 2015 180000", "funding-changed 2.1 2016 -150000", "activity-renamed 3.3 - -",
            "activity-added 5.1 - 400000", "activity-added 5.2 - 360000",
        ]
        #expect(workbook.changes.map { Seen($0).description } == expected)
        let renamed = try #require(workbook.changes.first { $0.kind == .activityRenamed })
        #expect(renamed.new == .text("Beboercentrum på Ruten – fysisk ramme for borgerdeltagelse og engagement"))
        #expect(renamed.match?.method == .id)
        for other in ["lang.csv", "omraader.csv", "lang.xlsx"] {
            let diff = try Self.diff([folder.file(other)])
            #expect(diff.changes.map(Seen.init) == workbook.changes.map(Seen.init), "\(other)")
            #expect(diff.totals == workbook.totals, "\(other)")
        }
        // The revision as plan JSON gives these changes too (and the details that sheets do not carry).
        let fromJSON = PlanDiffer().diff(Fixtures.plan, Self.revision).changes.filter { $0.kind != .detailChanged }
        #expect(fromJSON.map(Seen.init) == workbook.changes.map(Seen.init))
    }

    @Test("Activities no sheet mentions are removed; the frame is the one the overview states")
    func removedAndFrame() throws {
        var plan = Fixtures.plan
        plan.activities.removeAll { $0.id == "4.1" }
        plan.annualFrame = 2_200_000
        let folder = try TemporaryFolder()
        try PlanExporter(plan: plan).writeOverviewWorkbook(to: folder.file("oversigt.xlsx"))
        let diff = try Self.diff([folder.file("oversigt.xlsx")])
        #expect(diff.changes.map { Seen($0).description } == ["frame-changed - - 200000", "activity-removed 4.1 - -40000"])
    }

    @Test("A name the sheet gives that the plan does not know renames the activity, with the row's match")
    func renameFromSheet() throws {
        let folder = try TemporaryFolder()
        try PlanExporter(plan: Fixtures.plan).write(.overview, to: folder.file("oversigt.csv"))
        let text = try String(contentsOfFile: folder.file("oversigt.csv"), encoding: .utf8)
        // The row keeps its id; its name in the overview is new.
        let renamed = text.replacingOccurrences(of: ";Akutpulje;", with: ";Akutpuljen til beboerinitiativer;")
        #expect(renamed != text)
        try renamed.write(toFile: folder.file("oversigt.csv"), atomically: true, encoding: .utf8)
        let diff = try Self.diff([folder.file("oversigt.csv")])
        #expect(diff.changes.map { Seen($0).description } == ["activity-renamed 3.2 - -"])
        #expect(diff.changes.first?.field == .shortName)
        #expect(diff.changes.first?.new == .text("Akutpuljen til beboerinitiativer"))
    }

    @Test("From sheets: an activity under another focus area is moved; changed crime targets are found")
    func movedAndCrimeTargets() throws {
        let folder = try TemporaryFolder()
        try PlanExporter(plan: Fixtures.plan).write(.overview, to: folder.file("oversigt.csv"))
        let text = try String(contentsOfFile: folder.file("oversigt.csv"), encoding: .utf8)
        let moved = text.replacingOccurrences(of: "\n4;Fyraftensmøde", with: "\n2;Fyraftensmøde")
        #expect(moved != text)
        try moved.write(toFile: folder.file("oversigt.csv"), atomically: true, encoding: .utf8)
        let diff = try Self.diff([folder.file("oversigt.csv")])
        #expect(diff.changes.map { Seen($0).description } == ["activity-moved 4.1 - -"])
        #expect(diff.changes.first?.old == .number(4) && diff.changes.first?.new == .number(2))

        let crime = try String(contentsOfFile: Fixtures.path("samples/partners/ssp-kriminalitetsmaal.csv"), encoding: .utf8)
            .replacingOccurrences(of: "Indbrud;154;139;131;123;116", with: "Indbrud;150;139;128;120;113")
        try crime.write(toFile: folder.file("maal.csv"), atomically: true, encoding: .utf8)
        let targets = try Self.diff([folder.file("maal.csv")])
        #expect(
            targets.changes.map { "\($0.subject ?? "") \($0.field?.rawValue ?? "") \($0.year.map(String.init) ?? "-") \($0.difference ?? 0)" }
                == ["Indbrud baseline - -4", "Indbrud target 2014 -3", "Indbrud target 2015 -3", "Indbrud target 2016 -3"])
    }

    @Test("Without a base plan the ids are made up and not trusted")
    func withoutBase() throws {
        let file = try FileScanner().scan(path: Fixtures.path("samples/overview-2013.xlsx"))
        let side = SheetDiffSide(files: [file], base: nil)
        #expect(!side.side.idsAreStable)
        #expect(side.side.plan.activities.count == Fixtures.plan.activities.count)
        let diff = PlanDiffer().diff(side.side, SheetDiffSide(files: [file], base: side.side.plan).side)
        #expect(diff.isEmpty, "\(diff.changes)")
    }
}
