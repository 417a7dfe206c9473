import PlanModel

/// What became of every figure inside the tables of a file (or of one table): each is
/// used, set aside with a reason, or not understood. A figure is recorded once; the
/// first record of a cell wins, so the reader records what it used and a final sweep
/// (`CoverageSweep`) marks whatever is left as not understood.
///
/// ```swift
/// var coverage = Coverage()
/// coverage.use(cell, raw: "40.000", as: .amount(year: 2014))
/// coverage.setAside(other, raw: "38.500", reason: .actualsColumn(heading: "Forbrug 2013"))
/// coverage.notUnderstood.isEmpty   // every figure accounted for
/// ```
public struct Coverage: Hashable, Sendable {
    /// The entries in the order recorded.
    public private(set) var entries: [CoverageEntry] = []
    private var index: [SheetCell: Int] = [:]

    /// An empty coverage.
    public init() {}

    /// Whether `cell` has been recorded.
    public func contains(_ cell: SheetCell) -> Bool { index[cell] != nil }

    /// The entry of `cell`, when recorded.
    public subscript(cell: SheetCell) -> CoverageEntry? { index[cell].map { entries[$0] } }

    /// Records `entry` unless its cell is recorded already; returns whether it was recorded.
    @discardableResult
    public mutating func record(_ entry: CoverageEntry) -> Bool {
        guard index[entry.cell] == nil else { return false }
        index[entry.cell] = entries.count
        entries.append(entry)
        return true
    }

    /// Records a figure used as `use`.
    public mutating func use(_ cell: SheetCell, raw: String, as use: CoverageUse) {
        record(CoverageEntry(cell: cell, raw: raw, disposition: .used(use)))
    }

    /// Records a figure set aside for `reason`.
    public mutating func setAside(_ cell: SheetCell, raw: String, reason: SetAsideReason) {
        record(CoverageEntry(cell: cell, raw: raw, disposition: .setAside(reason)))
    }

    /// Records a figure that was not understood, with why.
    public mutating func notUnderstood(_ cell: SheetCell, raw: String, why: LocalizedText) {
        record(CoverageEntry(cell: cell, raw: raw, disposition: .notUnderstood(why)))
    }

    /// Changes what became of an already recorded cell (e.g. a used amount later found to
    /// lie outside the plan period); records it when it was not.
    public mutating func reclassify(_ cell: SheetCell, as disposition: CoverageEntry.Disposition) {
        if let position = index[cell] {
            entries[position].disposition = disposition
        } else {
            record(CoverageEntry(cell: cell, raw: "", disposition: disposition))
        }
    }

    /// Sets aside every figure used for a year outside `period` (an amount, a total, a
    /// remaining amount, a crime target), naming the year and the period: such a figure is
    /// not taken into the plan, so coverage must not count it as used.
    public mutating func setAsideYears(outside period: PlanPeriod) {
        for index in entries.indices {
            guard case .used(let use) = entries[index].disposition, let year = use.year, !period.contains(year) else { continue }
            entries[index].disposition = .setAside(.outsidePlanPeriod(year: year, period: period))
        }
    }

    /// Adds `other`'s entries (cells already recorded keep their first record).
    public mutating func merge(_ other: Coverage) {
        for entry in other.entries { record(entry) }
    }

    /// The figures used.
    public var used: [CoverageEntry] { entries.filter { if case .used = $0.disposition { return true } else { return false } } }
    /// The figures set aside.
    public var setAside: [CoverageEntry] {
        entries.filter { if case .setAside = $0.disposition { return true } else { return false } }
    }
    /// The figures not understood.
    public var notUnderstood: [CoverageEntry] {
        entries.filter { if case .notUnderstood = $0.disposition { return true } else { return false } }
    }
}
