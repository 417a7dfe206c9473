import BudgetRules
import PlanMapping
import PlanModel

/// Accepting a submission into the plan, step one: what the import would make of it (the
/// match table and the problems) for the secretariat to approve before anything is stored.
enum AcceptPage {
    static func render(_ context: PageContext, record: SubmissionRecord, result: ImportResult, baseVersion: Int?) -> HTML {
        let id = record.id ?? 0
        let language = context.language
        let matches: [HTML] = result.matches.map { match in
            let method = match.method.map { methodName($0, context) } ?? context.t("ny aktivitet", "new activity")
            let sure = match.isNew ? "–" : "\(Int((match.confidence * 100).rounded())) %"
            let place = [match.location.sheet, match.location.cell].compactMap { $0 }.joined(separator: " › ")
            return """
                <tr><td>\(place)</td><td>\(match.name)</td><td>\(match.activityID)</td><td>\(match.activityName)</td>\
                <td>\(method)</td><td class="num">\(sure)</td></tr>
                """
        }
        let problems: [HTML] = result.problems.map { problem in
            let label: String
            switch problem.severity {
            case .error: label = context.t("FEJL", "ERROR")
            case .warning: label = context.t("ADVARSEL", "WARNING")
            case .info: label = context.t("INFO", "INFO")
            }
            let place = [problem.location.sheet, problem.location.cell].compactMap { $0 }.joined(separator: " › ")
            return
                "<li class=\"\(problem.severity.rawValue)\"><strong>\(label)</strong> \(place) \(problem.message[language])</li>"
        }
        let base: HTML =
            baseVersion.map {
                "<p>\(context.t("Rækkerne matches mod plan version", "The rows are matched against plan version")) \($0); \(context.t("en ny version laves, og den gamle bevares.", "a new version is made and the old one kept."))</p>"
            }
            ?? "<p class=\"notice\">\(context.t("Der er ingen plan endnu: arket bliver plan version 1.", "There is no plan yet: the sheet becomes plan version 1."))</p>"
        let decision: HTML =
            result.hasErrors
            ? "<p class=\"problem\">\(context.t("Arket kan ikke optages, fordi importen har fejl (se ovenfor).", "The sheet cannot be accepted because the import has errors (see above)."))</p>"
            : """
            <form method="post" action="/submissions/\(id)/accept">\(context.csrfField)\
            <input type="hidden" name="base" value="\(baseVersion.map(String.init) ?? "")">
            <button type="submit" id="approve">\(context.t("Godkend og optag i planen", "Approve and accept into the plan"))</button>
            <a href="/submissions/\(id)">\(context.t("Fortryd", "Cancel"))</a></form>
            """
        let problemList: HTML = problems.isEmpty ? .empty : "<h2>\(context.t("Problemer", "Problems"))</h2><ul class=\"findings\">\(problems)</ul>"
        let body: HTML = """
            <p>\(context.t("Fil", "File")): <a href="/submissions/\(id)">\(record.fileName)</a></p>
            \(base)
            <h2>\(context.t("Hvilke rækker bliver hvilke aktiviteter", "Which rows become which activities"))</h2>
            <table class="list"><thead><tr><th>\(context.t("Celle", "Cell"))</th><th>\(context.t("Navn i arket", "Name in the sheet"))</th>\
            <th>Id</th><th>\(context.t("Aktivitet i planen", "Activity in the plan"))</th><th>\(context.t("Metode", "Method"))</th>\
            <th class="num">\(context.t("Sikkerhed", "Certainty"))</th></tr></thead><tbody>\(matches)</tbody></table>
            \(problemList)
            <h2>\(context.t("Hele importens opsummering", "The import's whole summary"))</h2>
            <pre>\(ImportSummary(result).text(language: language, width: 100))</pre>
            \(decision)
            """
        return PageLayout.page(context.t("Optag i planen", "Accept into the plan"), body, context)
    }

    static func methodName(_ method: MatchMethod, _ context: PageContext) -> String {
        switch method {
        case .id: "id"
        case .exactName: context.t("samme navn", "same name")
        case .alias: context.t("alias", "alias")
        case .similarity: context.t("lighed", "similarity")
        case .lastInArea: context.t("sidste i området", "last in area")
        }
    }
}
