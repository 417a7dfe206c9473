import PlanMapping

/// Every plan version with who made it, when and from what, what changed from the version
/// before, and its downloads: the overview workbook, the plan (JSON) and each export
/// layout as XLSX or CSV. With two versions or more, a form picks any two to compare
/// (by default the newest against the one before it).
enum PlansPage {
    static func render(_ context: PageContext, versions: [PlanVersionRecord], names: [Int64: String]) -> HTML {
        guard !versions.isEmpty else {
            return PageLayout.page(
                context.t("Planversioner", "Plan versions"),
                "<p class=\"notice\">\(context.t("Der er ingen plan endnu.", "There is no plan yet."))</p>", context)
        }
        let rows: [HTML] = versions.enumerated().map { index, version in
            // Newest first: the version before is the next in the list.
            let previous = index + 1 < versions.count ? versions[index + 1].version : nil
            let changes: HTML =
                previous.map {
                    "<a href=\"/plans/\($0)/diff/\(version.version)\">\(context.t("Ændringer fra version \($0)", "Changes from version \($0)"))</a>"
                } ?? "–"
            let who: String = version.personId.flatMap { names[$0] } ?? context.t("ved start (--plan)", "at start (--plan)")
            let from: HTML =
                version.submissionId.map { "<a href=\"/submissions/\($0)\">\(context.t("aflevering", "submission")) \($0)</a>" }
                ?? "\(version.note ?? "–")"
            var downloads: [HTML] = [
                "<a href=\"/plans/\(version.version)/overview.xlsx\">\(context.t("Oversigt", "Overview")) (.xlsx)</a>",
                "<a href=\"/plans/\(version.version)/plan.json\">plan.json</a>",
            ]
            for layout in ExportLayout.allCases {
                downloads.append(
                    "\(layout.rawValue): <a href=\"/plans/\(version.version)/export/\(layout.rawValue).xlsx\">xlsx</a> <a href=\"/plans/\(version.version)/export/\(layout.rawValue).csv\">csv</a>"
                )
            }
            return """
                <tr><td>\(version.version)</td><td>\(PageFormat.time(version.createdAt))</td><td>\(who)</td><td>\(from)</td>\
                <td>\(changes)</td><td>\(downloads.map { "\($0)<br>" as HTML })</td></tr>
                """
        }
        let picker: HTML =
            versions.count < 2 ? .empty : DiffPage.picker(context, versions: versions, old: versions[1].version, new: versions[0].version)
        let body: HTML = """
            \(picker)
            <table class="list"><thead><tr><th>\(context.t("Version", "Version"))</th><th>\(context.t("Tidspunkt", "Time"))</th>\
            <th>\(context.t("Godkendt af", "Approved by"))</th><th>\(context.t("Fra", "From"))</th><th>\(context.t("Ændringer", "Changes"))</th><th>Downloads</th></tr></thead>\
            <tbody>\(rows)</tbody></table>
            """
        return PageLayout.page(context.t("Planversioner", "Plan versions"), body, context)
    }
}
