import PlanModel

/// The changes between two versions of one activity (paired by ``PlanDiffer``), in
/// reading order: name, focus area, funding year by year, co-financing, details.
struct ActivityComparison {
    let old: Activity
    let new: Activity
    let match: ChangeMatch

    func changes() -> [PlanChange] {
        var out: [PlanChange] = []
        func add(
            _ kind: PlanChange.Kind, year: Int? = nil, field: ChangeField? = nil, subject: String? = nil,
            _ before: ChangeValue?, _ after: ChangeValue?
        ) {
            guard before != after else { return }
            // Focus areas are numbers, but their difference means nothing.
            let difference =
                kind == .activityMoved
                ? nil : before?.integer.flatMap { x in after?.integer.flatMap { y in ChangeValue.difference(y, x) } }
            out.append(
                PlanChange(
                    kind: kind, activity: new.id, activityName: new.name, focusArea: new.focusArea, subject: subject,
                    year: year, field: field, old: before, new: after, difference: difference, match: match))
        }
        // A rename is one change: the area-table name, or the short name when only that changed.
        if old.name != new.name {
            add(.activityRenamed, field: .name, .text(old.name), .text(new.name))
        } else if old.shortName != new.shortName {
            add(.activityRenamed, field: .shortName, .text(old.shortName), .text(new.shortName))
        }
        if old.focusArea != new.focusArea {
            add(.activityMoved, .number(old.focusArea), .number(new.focusArea))
        }
        for year in Set(old.funding.years).union(new.funding.years).sorted() where old.funding[year] != new.funding[year] {
            out.append(
                PlanChange(
                    kind: .fundingChanged, activity: new.id, activityName: new.name, focusArea: new.focusArea, year: year,
                    old: .amount(old.funding[year]), new: .amount(new.funding[year]),
                    difference: new.funding[year].subtracting(old.funding[year])?.value, match: match))
        }
        coFinancing(add)
        add(.detailChanged, field: .targetGroup, Self.text(old.targetGroup), Self.text(new.targetGroup))
        add(.detailChanged, field: .timeline, Self.text(old.timeline), Self.text(new.timeline))
        add(.detailChanged, field: .deliverables, Self.list(old.deliverables), Self.list(new.deliverables))
        add(.detailChanged, field: .responsible, Self.list(old.responsible), Self.list(new.responsible))
        add(.detailChanged, field: .otherFocusAreas, Self.areas(old.otherFocusAreas), Self.areas(new.otherFocusAreas))
        add(.detailChanged, field: .description, Self.text(old.description), Self.text(new.description))
        add(.detailChanged, field: .economy, Self.text(old.economy), Self.text(new.economy))
        return out
    }

    private func coFinancing(_ add: (PlanChange.Kind, Int?, ChangeField?, String?, ChangeValue?, ChangeValue?) -> Void) {
        let a = old.coFinancing
        let b = new.coFinancing
        guard a != b else { return }
        add(.coFinancingChanged, nil, .totalCost, nil, a.map { .amount($0.totalCost) }, b.map { .amount($0.totalCost) })
        add(.coFinancingChanged, nil, .ownShare, nil, a.map { .amount($0.ownShare) }, b.map { .amount($0.ownShare) })
        add(.coFinancingChanged, nil, .statedOwnShare, nil, Self.fraction(a?.statedOwnShare), Self.fraction(b?.statedOwnShare))
        var sources: [String] = []
        for share in (a?.externalShares ?? []) + (b?.externalShares ?? []) where !sources.contains(share.source) {
            sources.append(share.source)
        }
        for source in sources {
            let x = a?.externalShares.first { $0.source == source }
            let y = b?.externalShares.first { $0.source == source }
            add(.coFinancingChanged, nil, .externalShare, source, x.map { .amount($0.amount) }, y.map { .amount($0.amount) })
        }
        add(.coFinancingChanged, nil, .minimumOwnShare, nil, Self.fraction(a?.minimumOwnShare), Self.fraction(b?.minimumOwnShare))
    }

    static func text(_ value: String?) -> ChangeValue? {
        guard let value, !value.isEmpty else { return nil }
        return .text(value)
    }

    static func list(_ values: [String]) -> ChangeValue? { values.isEmpty ? nil : .list(values) }

    /// "all" for every other area, else the numbers ("1", "3").
    static func areas(_ areas: OtherFocusAreas) -> ChangeValue? {
        switch areas {
        case .all: return .text("all")
        case .areas(let numbers): return numbers.isEmpty ? nil : .list(numbers.map(String.init))
        }
    }

    static func fraction(_ fraction: Fraction?) -> ChangeValue? {
        fraction.map { .text("\($0.numerator)/\($0.denominator)") }
    }
}
