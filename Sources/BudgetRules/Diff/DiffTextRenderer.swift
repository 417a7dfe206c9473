import PlanModel

/// The diff as text for the steering group: the sources, then the changes grouped by
/// focus area (plan-wide changes first, crime targets last), one line each, amounts in
/// Danish (or English) notation with signs, the totals and remaining per year before
/// and after, and a count of the changes.
public struct DiffTextRenderer: Sendable {
    /// The language.
    public var language: Language
    /// How many characters of a changed text are quoted before "…".
    public var quoteLength: Int

    /// Creates a renderer.
    public init(language: Language = .danish, quoteLength: Int = 40) {
        self.language = language
        self.quoteLength = quoteLength
    }

    private var danish: Bool { language == .danish }
    private var style: Kroner.Style { danish ? .danish : .english }
    private func t(_ da: String, _ en: String) -> String { danish ? da : en }

    /// The report.
    public func render(_ diff: PlanDiff, old: DiffSource, new: DiffSource) -> String {
        var lines: [String] = []
        lines.append(t("Før:  ", "Old: ") + describe(old))
        lines.append(t("Nu:   ", "New: ") + describe(new))
        guard !diff.isEmpty else {
            lines.append("")
            lines.append(t("Ingen ændringer.", "No changes."))
            return lines.joined(separator: "\n") + "\n"
        }
        for section in sections(diff) {
            lines.append("")
            lines.append(section.title)
            var current: String?
            for entry in section.entries {
                guard section.byActivity else {
                    lines.append("  " + entry.text)
                    continue
                }
                if entry.change.activity != current {
                    current = entry.change.activity
                    lines.append("  \(entry.change.activity ?? "") \(entry.change.activityName ?? "")")
                }
                lines.append("    " + entry.text)
            }
        }
        lines.append("")
        lines += totalsTable(diff.totals)
        lines.append("")
        lines.append(t("Opsummering: ", "Summary: ") + summary(diff))
        return lines.joined(separator: "\n") + "\n"
    }

    // MARK: - Sections

    /// A group of changes as the report shows them under one heading.
    public struct Section: Hashable, Sendable {
        /// The heading: "Planen", "Indsatsområde 2: …" or "Kriminalitetsmål" (in the renderer's language).
        public var title: String
        /// Whether the entries are listed under their activities (a focus area's).
        public var byActivity: Bool
        /// The changes, in the diff's order, each with its line.
        public var entries: [Entry]

        /// One change and the line that tells it.
        public struct Entry: Hashable, Sendable {
            /// The change.
            public var change: PlanChange
            /// The change as one line, e.g. "finansiering 2016: 450.000 → 300.000 (−150.000)".
            public var text: String
        }
    }

    /// The changes grouped as the report shows them: the plan-wide changes first, then
    /// each focus area's in area order, the crime targets last; empty groups left out.
    /// A page shows the same groups and lines as the text.
    public func sections(_ diff: PlanDiff) -> [Section] {
        func entries(_ changes: [PlanChange]) -> [Section.Entry] {
            changes.map { Section.Entry(change: $0, text: line($0, in: diff)) }
        }
        var sections: [Section] = []
        let planWide = diff.changes.filter { $0.focusArea == nil && $0.kind != .crimeTargetChanged }
        if !planWide.isEmpty {
            sections.append(Section(title: t("Planen", "The plan"), byActivity: false, entries: entries(planWide)))
        }
        for area in Set(diff.changes.compactMap(\.focusArea)).sorted() {
            sections.append(
                Section(title: areaTitle(area, diff), byActivity: true, entries: entries(diff.changes.filter { $0.focusArea == area })))
        }
        let crime = diff.changes.filter { $0.kind == .crimeTargetChanged }
        if !crime.isEmpty {
            sections.append(Section(title: t("Kriminalitetsmål", "Crime targets"), byActivity: false, entries: entries(crime)))
        }
        return sections
    }

    /// The count of each kind of change, e.g. "2 nye aktiviteter, 1 omdøbt, 2 beløb ændret".
    public func summary(_ diff: PlanDiff) -> String {
        let parts = diff.counts.filter { $0.count > 0 }.map { entry -> String in
            let (one, many) = kindNoun(entry.kind)
            return "\(entry.count) " + (entry.count == 1 ? one : many)
        }
        return parts.joined(separator: ", ")
    }

    // MARK: - Pieces

    private func describe(_ source: DiffSource) -> String {
        let files = source.paths.joined(separator: ", ")
        switch source.kind {
        case .plan: return files
        case .sheets:
            let base = source.base.map { t(", afstemt med ", ", reconciled with ") + $0 } ?? ""
            return files + " (" + t("ark", "sheets") + base + ")"
        }
    }

    private func areaTitle(_ number: Int, _ diff: PlanDiff) -> String {
        let area = diff.new.focusArea(number) ?? diff.old.focusArea(number)
        let title = danish ? (area?.shortTitle ?? area?.title) : (area?.englishTitle ?? area?.shortTitle ?? area?.title)
        return t("Indsatsområde", "Focus area") + " \(number)" + (title.map { ": " + $0 } ?? "")
    }

    private func amount(_ value: ChangeValue?, field: ChangeField? = nil) -> String {
        switch value {
        case .amount(let kroner)?: return kroner.formatted(style)
        case .number(let number)?: return String(number)
        case .text("all")? where field == .otherFocusAreas: return t("alle", "all")
        case .text(let text)?: return quote(text)
        case .list(let items)?: return quote(items.joined(separator: "; "))
        case nil: return "–"
        }
    }

    private func fullText(_ value: ChangeValue) -> String {
        if case .text(let text) = value { return "“" + text + "”" }
        return amount(value)
    }

    private func quote(_ text: String) -> String {
        let flat = text.split(whereSeparator: \.isNewline).joined(separator: " ")
        return "“" + (flat.count > quoteLength ? String(flat.prefix(quoteLength - 1)) + "…" : flat) + "”"
    }

    private func signed(_ difference: Int64?) -> String {
        difference.map { " (" + Kroner($0).signed(style) + ")" } ?? ""
    }

    private func matched(_ match: ChangeMatch?) -> String {
        guard let match else { return "" }
        return " (" + t("parret efter ", "paired by ") + match.method.label(language)
            + ", \(Int((match.certainty * 100).rounded())) %)"
    }

    private func funding(_ change: PlanChange, _ diff: PlanDiff) -> String {
        let plan = change.kind == .activityAdded ? diff.new : diff.old
        guard let activity = plan.activity(id: change.activity ?? "") else { return "" }
        let years = activity.funding.years.filter { activity.funding[$0] != .zero }
        guard !years.isEmpty else { return t("ingen beløb", "no amounts") }
        return years.map { "\($0): \(activity.funding[$0].formatted(style))" }.joined(separator: ", ")
    }

    /// One change as one line.
    public func line(_ change: PlanChange, in diff: PlanDiff) -> String {
        // Names are quoted whole: they are what the reader recognises the activity by.
        let whole = change.kind == .activityRenamed
        let from = whole ? change.old.map(fullText) ?? "–" : amount(change.old, field: change.field)
        let to = whole ? change.new.map(fullText) ?? "–" : amount(change.new, field: change.field)
        switch change.kind {
        case .activityAdded:
            return t("ny aktivitet: ", "new activity: ") + funding(change, diff) + signed(change.difference)
        case .activityRemoved:
            return t("fjernet: ", "removed: ") + funding(change, diff) + signed(change.difference)
        case .activityRenamed:
            let what = change.field == .shortName ? t("kortnavn", "short name") : t("navn", "name")
            return t("omdøbt", "renamed") + " (\(what)): \(from) → \(to)" + matched(change.match)
        case .activityMoved:
            return t("flyttet fra indsatsområde ", "moved from focus area ") + from + t(" til ", " to ") + to
                + matched(change.match)
        case .fundingChanged:
            return t("finansiering ", "funding ") + "\(change.year ?? 0): \(from) → \(to)" + signed(change.difference)
        case .yearAdded:
            return t("år tilføjet: ", "year added: ") + to
        case .yearRemoved:
            return t("år fjernet: ", "year removed: ") + from
        case .frameChanged:
            return t("årlig ramme: ", "annual frame: ") + "\(from) → \(to)" + signed(change.difference)
        case .coFinancingChanged:
            return t("medfinansiering, ", "co-financing, ") + fieldName(change) + ": \(from) → \(to)"
                + signed(change.difference)
        case .crimeTargetChanged:
            let offence = change.subject ?? ""
            if change.field == .offence {
                return offence + ": " + (change.new == nil ? t("ikke længere med", "no longer tracked") : t("nyt mål", "new target"))
            }
            let year = change.year.map { " \($0)" } ?? ""
            let counts = change.difference.map { " (" + (($0 > 0 ? "+" : $0 < 0 ? "\u{2212}" : "") + String($0.magnitude)) + ")" } ?? ""
            return offence + ", " + fieldName(change) + year + ": \(from) → \(to)" + counts
        case .detailChanged:
            return fieldName(change) + t(" ændret: ", " changed: ") + "\(from) → \(to)"
        }
    }

    private func fieldName(_ change: PlanChange) -> String {
        switch change.field {
        case .name?: return t("navn", "name")
        case .shortName?: return t("kortnavn", "short name")
        case .targetGroup?: return t("målgruppe", "target group")
        case .timeline?: return t("tidsplan", "timeline")
        case .deliverables?: return t("leverancer", "deliverables")
        case .responsible?: return t("ansvarlig", "responsible")
        case .otherFocusAreas?: return t("øvrige indsatsområder", "other focus areas")
        case .description?: return t("beskrivelse", "description")
        case .economy?: return t("økonomi", "economy")
        case .totalCost?: return t("samlet pris", "total cost")
        case .ownShare?: return t("egen andel", "own share")
        case .statedOwnShare?: return t("egen andel som brøk", "own share as a fraction")
        case .externalShare?: return change.subject ?? t("ekstern andel", "external share")
        case .minimumOwnShare?: return t("mindste egen andel", "least own share")
        case .offence?: return t("gerningstype", "offence")
        case .baseline?: return t("basistal", "baseline")
        case .baselineYear?: return t("basisår", "baseline year")
        case .reduction?: return t("reduktion %", "reduction %")
        case .target?: return t("måltal", "target")
        case nil: return ""
        }
    }

    private func totalsTable(_ totals: [YearTotals]) -> [String] {
        func cell(_ kroner: Kroner?) -> String { kroner?.formatted(style) ?? "?" }
        func signedCell(_ kroner: Kroner?) -> String { kroner?.signed(style) ?? "?" }
        let rows: [(String, [String])] = [
            (t("I alt før", "Total before"), totals.map { cell($0.old) }),
            (t("I alt nu", "Total now"), totals.map { cell($0.new) }),
            (t("Forskel", "Difference"), totals.map { signedCell($0.difference) }),
            (t("Resterende før", "Remaining before"), totals.map { cell($0.oldRemaining) }),
            (t("Resterende nu", "Remaining now"), totals.map { cell($0.newRemaining) }),
            (t("Forskel", "Difference"), totals.map { signedCell($0.remainingDifference) }),
        ]
        let labelWidth = rows.map(\.0.count).max() ?? 0
        var widths = totals.map { String($0.year).count }
        for (_, cells) in rows {
            for (index, text) in cells.enumerated() { widths[index] = max(widths[index], text.count) }
        }
        func pad(_ text: String, _ width: Int, left: Bool) -> String {
            let fill = String(repeating: " ", count: max(0, width - text.count))
            return left ? text + fill : fill + text
        }
        var lines = [t("I alt og resterende pr. år", "Totals and remaining per year")]
        lines.append(
            "  " + pad("", labelWidth, left: true) + totals.enumerated().map { "  " + pad(String($0.element.year), widths[$0.offset], left: false) }.joined())
        for (label, cells) in rows {
            lines.append("  " + pad(label, labelWidth, left: true) + cells.enumerated().map { "  " + pad($0.element, widths[$0.offset], left: false) }.joined())
        }
        return lines
    }

    private func kindNoun(_ kind: PlanChange.Kind) -> (String, String) {
        switch kind {
        case .activityAdded: return danish ? ("ny aktivitet", "nye aktiviteter") : ("activity added", "activities added")
        case .activityRemoved: return danish ? ("aktivitet fjernet", "aktiviteter fjernet") : ("activity removed", "activities removed")
        case .activityRenamed: return danish ? ("omdøbt", "omdøbt") : ("renamed", "renamed")
        case .activityMoved: return danish ? ("flyttet", "flyttet") : ("moved", "moved")
        case .fundingChanged: return danish ? ("beløb ændret", "beløb ændret") : ("amount changed", "amounts changed")
        case .yearAdded: return danish ? ("år tilføjet", "år tilføjet") : ("year added", "years added")
        case .yearRemoved: return danish ? ("år fjernet", "år fjernet") : ("year removed", "years removed")
        case .frameChanged: return danish ? ("ramme ændret", "rammer ændret") : ("frame changed", "frames changed")
        case .coFinancingChanged: return danish ? ("medfinansiering ændret", "medfinansieringer ændret") : ("co-financing changed", "co-financing changes")
        case .crimeTargetChanged: return danish ? ("kriminalitetsmål ændret", "kriminalitetsmål ændret") : ("crime target changed", "crime targets changed")
        case .detailChanged: return danish ? ("detalje ændret", "detaljer ændret") : ("detail changed", "details changed")
        }
    }
}
