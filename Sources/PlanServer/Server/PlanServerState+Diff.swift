import BudgetRules
import PlanMapping
import PlanModel

/// Two plan versions compared, as `plansheet diff plan-vA.json plan-vB.json` compares
/// the plan JSON files the plans page hands out.
public struct PlanVersionDiff: Sendable {
    /// The older version's number (the one compared from).
    public var old: Int
    /// The newer version's number (the one compared to).
    public var new: Int
    /// What changed, found by the library's ``PlanDiffer``.
    public var diff: PlanDiff

    /// The old side as `plansheet diff` names it: the plan JSON the plans page hands out for the version.
    public var oldSource: DiffSource { DiffSource(kind: .plan, paths: [Self.fileName(old)]) }
    /// The new side, named the same way.
    public var newSource: DiffSource { DiffSource(kind: .plan, paths: [Self.fileName(new)]) }

    /// `plan-v3.json`: the name of a version's plan JSON download.
    public static func fileName(_ version: Int) -> String { "plan-v\(version).json" }

    /// The JSON `plansheet diff plan-vA.json plan-vB.json --format json` prints (``DiffJSONRenderer``).
    public var json: String { DiffJSONRenderer().render(diff, old: oldSource, new: newSource) }

    /// The text `plansheet diff` prints in `language` (``DiffTextRenderer``).
    public func text(_ language: Language) -> String {
        DiffTextRenderer(language: language).render(diff, old: oldSource, new: newSource)
    }
}

extension PlanServerState {
    /// What changed from plan version `old` to plan version `new`; nil when either version does not exist.
    public func planDiff(from old: Int, to new: Int) async throws -> PlanVersionDiff? {
        guard let oldPlan = try await plan(version: old), let newPlan = try await plan(version: new) else { return nil }
        let diff = try await threadPool.runIfActive { PlanDiffer().diff(oldPlan, newPlan) }
        return PlanVersionDiff(old: old, new: new, diff: diff)
    }

    /// The change workbook of `versions` in `language`, as `plansheet diff --workbook` writes it (``ChangeWorkbook``).
    public func changeWorkbook(of versions: PlanVersionDiff, language: Language) async throws -> [UInt8] {
        let diff = versions.diff
        return try await writeTemporary { path in try ChangeWorkbook(diff: diff, language: language).write(to: path) }
    }
}
