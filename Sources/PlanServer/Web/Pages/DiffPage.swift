import BudgetRules
import PlanModel

/// What changed between two plan versions, for the secretariat: the changes grouped and
/// worded as `plansheet diff` prints them (the library's ``DiffTextRenderer`` makes every
/// line), the totals and remaining per year before and after, and the downloads: the
/// change workbook and the diff JSON.
enum DiffPage {
    static func render(_ context: PageContext, versions: PlanVersionDiff, all: [PlanVersionRecord]) -> HTML {
        let diff = versions.diff
        let renderer = DiffTextRenderer(language: context.language)
        let style: Kroner.Style = context.language == .danish ? .danish : .english
        let base = "/plans/\(versions.old)/diff/\(versions.new)"
        let downloads: HTML = """
            <p><a class="button" href="\(base)/changes.xlsx" id="change-workbook">\(context.t("Ændringsprojektmappe", "Change workbook")) (.xlsx)</a> \
            <a href="\(base)/diff.json">diff.json</a></p>
            """
        var sections: [HTML] = []
        if diff.isEmpty {
            sections.append("<p class=\"notice\">\(context.t("Ingen ændringer.", "No changes."))</p>")
        }
        for section in renderer.sections(diff) {
            let rows: [HTML] = section.entries.map { entry in
                let activity: HTML =
                    section.byActivity
                    ? "<td>\(entry.change.activity ?? "")</td><td>\(entry.change.activityName ?? "")</td>" : .empty
                return "<tr class=\"\(entry.change.kind.rawValue)\">\(activity)<td>\(entry.text)</td></tr>"
            }
            let head: HTML =
                section.byActivity
                ? "<th>Id</th><th>\(context.t("Aktivitet", "Activity"))</th><th>\(context.t("Ændring", "Change"))</th>"
                : "<th>\(context.t("Ændring", "Change"))</th>"
            sections.append(
                """
                <h2>\(section.title)</h2>
                <table class="list changes"><thead><tr>\(head)</tr></thead><tbody>\(rows)</tbody></table>
                """)
        }
        let summary: HTML =
            diff.isEmpty ? .empty : "<p><strong>\(context.t("Opsummering", "Summary")):</strong> \(renderer.summary(diff))</p>"
        let body: HTML = """
            \(picker(context, versions: all, old: versions.old, new: versions.new))
            \(downloads)
            \(summary)
            \(HTML(joining: sections))
            \(totals(diff.totals, style: style, context))
            """
        return PageLayout.page(
            context.t(
                "Ændringer fra version \(versions.old) til version \(versions.new)",
                "Changes from version \(versions.old) to version \(versions.new)"), body, context)
    }

    /// The form that picks two versions to compare (`GET /plans/compare`), `old` and `new` chosen.
    static func picker(_ context: PageContext, versions: [PlanVersionRecord], old: Int, new: Int) -> HTML {
        func options(_ selected: Int) -> [HTML] {
            versions.map { version in
                let chosen: HTML = version.version == selected ? " selected" : .empty
                return "<option value=\"\(version.version)\"\(chosen)>\(version.version) (\(PageFormat.time(version.createdAt)))</option>"
            }
        }
        return """
            <form method="get" action="/plans/compare" class="compare">\
            <label>\(context.t("Fra version", "From version")) <select name="old">\(options(old))</select></label> \
            <label>\(context.t("til version", "to version")) <select name="new">\(options(new))</select></label> \
            <button type="submit">\(context.t("Vis ændringer", "Show the changes"))</button></form>
            """
    }

    /// The totals and remaining per year before and after, and their differences.
    static func totals(_ totals: [YearTotals], style: Kroner.Style, _ context: PageContext) -> HTML {
        guard !totals.isEmpty else { return .empty }
        func cell(_ kroner: Kroner?) -> HTML { "<td class=\"num\">\(kroner?.formatted(style) ?? "?")</td>" }
        func signed(_ kroner: Kroner?) -> HTML { "<td class=\"num\">\(kroner?.signed(style) ?? "?")</td>" }
        let rows: [(String, [HTML])] = [
            (context.t("I alt før", "Total before"), totals.map { cell($0.old) }),
            (context.t("I alt nu", "Total now"), totals.map { cell($0.new) }),
            (context.t("Forskel", "Difference"), totals.map { signed($0.difference) }),
            (context.t("Resterende før", "Remaining before"), totals.map { cell($0.oldRemaining) }),
            (context.t("Resterende nu", "Remaining now"), totals.map { cell($0.newRemaining) }),
            (context.t("Forskel", "Difference"), totals.map { signed($0.remainingDifference) }),
        ]
        let head: [HTML] = totals.map { "<th class=\"num\">\($0.year)</th>" }
        let body: [HTML] = rows.map { label, cells in "<tr><th>\(label)</th>\(cells)</tr>" }
        return """
            <h2>\(context.t("I alt og resterende pr. år (kr.)", "Totals and remaining per year (DKK)"))</h2>
            <table class="list totals"><thead><tr><th></th>\(head)</tr></thead><tbody>\(body)</tbody></table>
            """
    }
}
