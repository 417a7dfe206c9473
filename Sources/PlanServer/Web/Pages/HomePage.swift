import Foundation

/// The first page after signing in: handing in and one's own submissions for a partner;
/// the latest submission per partner and plan year, and every submission, for the secretariat.
enum HomePage {
    static func handInForm(_ context: PageContext, limit: Int) -> HTML {
        let megabytes = limit / (1024 * 1024)
        return """
            <form class="hand-in" method="post" action="/submissions" enctype="multipart/form-data" \
            data-uploading="\(context.t("Sender filen …", "Sending the file …"))" \
            data-checking="\(context.t("Kontrollerer arket …", "Checking the sheet …"))" \
            data-failed="\(context.t("Forbindelsen blev afbrudt; prøv igen.", "The connection was lost; try again."))">
            \(context.csrfField)
            <div class="drop"><p>\(context.t("Træk budgetarket (XLSX eller CSV) hertil, eller vælg det:", "Drop the budget sheet (XLSX or CSV) here, or choose it:"))</p>
            <input type="file" name="file" id="file" accept=".xlsx,.xlsm,.csv,.txt" required></div>
            <progress max="1"></progress><p class="state muted" aria-live="polite"></p>
            <button type="submit">\(context.t("Aflever", "Hand in"))</button>
            <span class="muted">\(context.t("Højst \(megabytes) MB.", "At most \(megabytes) MB."))</span>
            </form>
            """
    }

    static func submissionTable(_ records: [SubmissionRecord], names: [Int64: String], showPartner: Bool, _ context: PageContext) -> HTML {
        guard !records.isEmpty else {
            return "<p class=\"muted\">\(context.t("Ingen afleveringer endnu.", "No submissions yet."))</p>"
        }
        let partnerHead: HTML = showPartner ? "<th>\(context.t("Partner", "Partner"))</th>" : .empty
        let rows: [HTML] = records.map { record in
            let partner: HTML = showPartner ? "<td>\(names[record.personId] ?? "?")</td>" : .empty
            let accepted: HTML =
                record.acceptedVersion.map {
                    " <span class=\"muted\">(\(context.t("optaget i plan v", "accepted into plan v"))\($0))</span>"
                } ?? .empty
            return """
                <tr><td>\(PageFormat.time(record.submittedAt))</td>\(partner)\
                <td><a href="/submissions/\(record.id ?? 0)">\(record.fileName)</a>\(accepted)</td>\
                <td>\(PageFormat.year(record.planYear))</td><td>\(PageFormat.status(record.status, context))</td>\
                <td>\(PageFormat.counts(errors: record.errorCount, warnings: record.warningCount, context))</td></tr>
                """
        }
        return """
            <table class="list"><thead><tr><th>\(context.t("Tidspunkt", "Time"))</th>\(partnerHead)\
            <th>\(context.t("Fil", "File"))</th><th>\(context.t("Planår", "Plan year"))</th><th>Status</th>\
            <th>\(context.t("Fund", "Findings"))</th></tr></thead><tbody>\(rows)</tbody></table>
            """
    }

    static func partner(_ context: PageContext, records: [SubmissionRecord], limit: Int) -> HTML {
        let body: HTML = """
            <h2>\(context.t("Aflever et budgetark", "Hand in a budget sheet"))</h2>
            \(handInForm(context, limit: limit))
            <h2>\(context.t("Dine afleveringer", "Your submissions"))</h2>
            \(submissionTable(records, names: [:], showPartner: false, context))
            """
        return PageLayout.page(context.t("Budgetark", "Budget sheets"), body, context)
    }

    static func secretariat(
        _ context: PageContext, records: [SubmissionRecord], people: [Person], currentVersion: Int?, limit: Int
    ) -> HTML {
        let names = Dictionary(uniqueKeysWithValues: people.compactMap { p in p.id.map { ($0, p.name) } })
        // The latest submission per partner and plan year (records come newest first).
        var latest: [String: SubmissionRecord] = [:]
        var order: [String] = []
        for record in records {
            let key = "\(record.personId)/\(record.planYear.map(String.init) ?? "-")"
            if latest[key] == nil {
                latest[key] = record
                order.append(key)
            }
        }
        let partners = people.filter { $0.role == .partner }
        var rows: [HTML] = []
        for partner in partners {
            let keys = order.filter { latest[$0]!.personId == partner.id }
                .sorted { (latest[$0]!.planYear ?? 0) > (latest[$1]!.planYear ?? 0) }
            if keys.isEmpty {
                rows.append(
                    "<tr><td>\(partner.name)</td><td>–</td><td colspan=\"3\" class=\"muted\">\(context.t("Intet afleveret", "Nothing handed in"))</td></tr>")
            }
            for key in keys {
                let record = latest[key]!
                rows.append(
                    """
                    <tr><td>\(partner.name)</td><td>\(PageFormat.year(record.planYear))</td>\
                    <td><a href="/submissions/\(record.id ?? 0)">\(PageFormat.time(record.submittedAt))</a></td>\
                    <td>\(PageFormat.status(record.status, context))</td>\
                    <td>\(PageFormat.counts(errors: record.errorCount, warnings: record.warningCount, context))</td></tr>
                    """)
            }
        }
        let plan: HTML =
            currentVersion.map {
                "<p>\(context.t("Gældende plan: version", "Current plan: version")) \($0). <a href=\"/plans\">\(context.t("Alle versioner og downloads", "All versions and downloads"))</a></p>"
            }
            ?? "<p class=\"notice\">\(context.t("Der er ingen plan endnu: den første aflevering, der optages, bliver version 1 (eller start serveren med --plan).", "There is no plan yet: the first submission accepted becomes version 1 (or start the server with --plan)."))</p>"
        let body: HTML = """
            \(plan)
            <h2>\(context.t("Seneste aflevering pr. partner og planår", "Latest submission per partner and plan year"))</h2>
            <table class="list"><thead><tr><th>\(context.t("Partner", "Partner"))</th><th>\(context.t("Planår", "Plan year"))</th>\
            <th>\(context.t("Afleveret", "Handed in"))</th><th>Status</th><th>\(context.t("Fund", "Findings"))</th></tr></thead>\
            <tbody>\(rows)</tbody></table>
            <h2>\(context.t("Alle afleveringer", "All submissions"))</h2>
            \(submissionTable(records, names: names, showPartner: true, context))
            <h2>\(context.t("Aflever selv et ark", "Hand in a sheet yourself"))</h2>
            \(handInForm(context, limit: limit))
            """
        return PageLayout.page(context.t("Sekretariatet", "Secretariat"), body, context)
    }
}
