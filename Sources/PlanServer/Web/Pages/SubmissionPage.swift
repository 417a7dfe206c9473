import BudgetRules
import Foundation
import PlanMapping
import PlanModel
import Spreadsheet

/// A submission's page: what was handed in and how it went, the findings (each linking to
/// its cell), the coverage of the reading where the report has it, the annotated copy,
/// and every sheet drawn as a grid with the faulty cells coloured.
enum SubmissionPage {
    static func render(
        _ context: PageContext, record: SubmissionRecord, partner: String, file: Result<SpreadsheetFile, InputError>
    ) -> HTML {
        let report = StoredReport(json: record.reportJSON)
        let language = context.language
        let id = record.id ?? 0
        let spreadsheet = try? file.get()

        // Findings by sheet position and cell.
        var perCell: [Int: [CellAddress: [Finding]]] = [:]
        func anchor(_ finding: Finding) -> String? {
            guard let spreadsheet, let sheet = SheetGridView.sheetIndex(of: finding, in: spreadsheet),
                let cell = finding.cell.flatMap({ CellAddress($0) })
            else { return nil }
            return SheetGridView.anchor(sheet: sheet, cell: cell)
        }
        if let spreadsheet {
            for finding in report.findings {
                guard let sheet = SheetGridView.sheetIndex(of: finding, in: spreadsheet),
                    let cell = finding.cell.flatMap({ CellAddress($0) })
                else { continue }
                perCell[sheet, default: [:]][cell, default: []].append(finding)
            }
        }

        var facts: [HTML] = [
            "<dt>\(context.t("Fil", "File"))</dt><dd>\(record.fileName) <span class=\"muted\">(\(record.byteCount) bytes)</span></dd>",
            "<dt>\(context.t("Partner", "Partner"))</dt><dd>\(partner)</dd>",
            "<dt>\(context.t("Afleveret", "Handed in"))</dt><dd>\(PageFormat.time(record.submittedAt))</dd>",
            "<dt>\(context.t("Planår", "Plan year"))</dt><dd>\(PageFormat.year(record.planYear))</dd>",
            "<dt>Status</dt><dd id=\"status\">\(PageFormat.status(record.status, context)) \(PageFormat.counts(errors: record.errorCount, warnings: record.warningCount, context))</dd>",
        ]
        facts.append(
            record.checkedAgainstVersion.map {
                "<dt>\(context.t("Kontrolleret mod", "Checked against"))</dt><dd>\(context.t("plan version", "plan version")) \($0)</dd>"
            }
                ?? "<dt>\(context.t("Kontrolleret mod", "Checked against"))</dt><dd>\(context.t("ingen plan (kun arkets egne regler)", "no plan (the sheet's own rules only)"))</dd>"
        )
        if let accepted = record.acceptedVersion {
            facts.append(
                "<dt>\(context.t("Optaget i", "Accepted into"))</dt><dd><a href=\"/plans\">\(context.t("plan version", "plan version")) \(accepted)</a></dd>")
        }

        var sections: [HTML] = ["<dl class=\"facts\">\(facts)</dl>"]
        var actions: [HTML] = []
        if case .success = file {
            actions.append(
                "<a class=\"button\" href=\"/submissions/\(id)/annotated.xlsx?lang=\(language.rawValue)\" download>\(context.t("Hent kommenteret kopi (.xlsx)", "Download annotated copy (.xlsx)"))</a>"
            )
        }
        if context.viewer?.person.isAdmin == true, record.acceptedVersion == nil, record.unreadableJSON == nil {
            actions.append("<a class=\"button\" href=\"/submissions/\(id)/accept\">\(context.t("Optag i planen …", "Accept into the plan …"))</a>")
        }
        if !actions.isEmpty { sections.append("<p>\(actions)</p>") }

        if let unreadable = record.unreadableJSON.flatMap({ try? JSONDecoder().decode(LocalizedText.self, from: Data($0.utf8)) }) {
            sections.append(
                """
                <p class="problem" id="unreadable"><strong>\(context.t("Filen kunne ikke læses:", "The file could not be read:"))</strong> \(unreadable[language])</p>
                """)
        }

        // Findings.
        sections.append("<h2 id=\"findings\">\(context.t("Fund", "Findings")) (\(report.findings.count))</h2>")
        if report.findings.isEmpty {
            sections.append(
                "<p>\(record.unreadableJSON == nil ? context.t("Ingen fund: arket overholder budgetreglerne.", "No findings: the sheet keeps the budget rules.") : context.t("Ingen fund, fordi filen ikke kunne læses.", "No findings, because the file could not be read."))</p>"
            )
        } else {
            let items: [HTML] = report.findings.map { finding in
                let place = [finding.sheet, finding.cell].compactMap { $0 }.joined(separator: " › ")
                let link: HTML =
                    if let target = anchor(finding) {
                        "<a href=\"#\(target)\" class=\"cell-link\">\(place)</a>"
                    } else if !place.isEmpty {
                        "<span>\(place)</span>"
                    } else {
                        .empty
                    }
                var detail: [String] = []
                if let expected = finding.expected { detail.append(context.t("forventet ", "expected ") + expected) }
                if let found = finding.found { detail.append(context.t("fundet ", "found ") + found) }
                let detailHTML: HTML = detail.isEmpty ? .empty : " <span class=\"muted\">(\(detail.joined(separator: ", ")))</span>"
                return """
                    <li class="\(finding.severity.rawValue)"><strong>\(finding.severity.label(language))</strong> \(link) \
                    \(finding.message[language])\(detailHTML) <span class="rule">\(finding.rule.rawValue)</span></li>
                    """
            }
            sections.append("<ol class=\"findings\">\(items)</ol>")
        }

        // Coverage of the reading, when the report carries it.
        if !report.coverage.isEmpty {
            sections.append("<h2 id=\"coverage\">\(context.t("Hvad blev læst", "What was read"))</h2>")
            for (_, section) in report.coverage {
                sections.append(CoverageView(context: context).render(section))
            }
        }

        // The sheets.
        if let spreadsheet {
            let view = SheetGridView(language: language)
            sections.append("<h2>\(context.t("Arkene", "The sheets"))</h2>")
            for (index, grid) in spreadsheet.grids.enumerated() {
                sections.append("<h3 id=\"sheet-\(index)\">\(grid.name)</h3>")
                sections.append(view.render(grid, index: index, findings: perCell[index] ?? [:]))
            }
        }
        return PageLayout.page(context.t("Aflevering", "Submission") + " \(id)", HTML(joining: sections), context)
    }
}

/// The coverage section of a report (added by the reading pipeline), drawn without
/// knowing its exact shape: numbers and texts as a list of facts, lists of records as tables.
struct CoverageView {
    var context: PageContext

    func render(_ node: JSONNode) -> HTML {
        switch node {
        case .object(let members):
            var facts: [HTML] = []
            var tables: [HTML] = []
            for member in members {
                switch member.value {
                case .array(let items) where items.contains(where: { if case .object = $0 { true } else { false } }):
                    tables.append("<h3>\(label(member.key))</h3>\(table(items))")
                case .object:
                    tables.append("<h3>\(label(member.key))</h3>\(render(member.value))")
                default:
                    facts.append("<dt>\(label(member.key))</dt><dd>\(text(member.value))</dd>")
                }
            }
            let list: HTML = facts.isEmpty ? .empty : "<dl class=\"facts\">\(facts)</dl>"
            return "\(list)\(tables)"
        case .array(let items):
            return table(items)
        default:
            return "<p>\(text(node))</p>"
        }
    }

    private func table(_ items: [JSONNode]) -> HTML {
        var keys: [String] = []
        for item in items {
            if case .object(let members) = item {
                for member in members where !keys.contains(member.key) { keys.append(member.key) }
            }
        }
        // A reason's stable code is for programs; its sentence ("why") is shown instead.
        if keys.contains("why") { keys.removeAll { $0 == "reason" } }
        let head: [HTML] = keys.map { "<th>\(label($0))</th>" }
        let rows: [HTML] = items.prefix(500).map { item in
            let cells: [HTML] = keys.map { key in
                let value = item[key] ?? .null
                if key == "as", let code = value.string { return "<td>\(use(code))</td>" }
                return "<td>\(text(value))</td>"
            }
            return "<tr>\(cells)</tr>"
        }
        return "<table class=\"list\"><thead><tr>\(head)</tr></thead><tbody>\(rows)</tbody></table>"
    }

    /// A value as text; a bilingual message `{"da", "en"}` in the page's language.
    private func text(_ node: JSONNode) -> String {
        switch node {
        case .null: return "–"
        case .bool(let b): return b ? context.t("ja", "yes") : context.t("nej", "no")
        case .int(let i): return String(i)
        case .double(let d): return String(d)
        case .string(let s): return s
        case .array(let items): return items.map(text).joined(separator: ", ")
        case .object:
            if let localized = node[context.language.rawValue]?.string { return localized }
            if case .object(let members) = node {
                return members.map { "\($0.key): \(text($0.value))" }.joined(separator: "; ")
            }
            return ""
        }
    }

    /// A key of the coverage JSON as a heading in the page's language; a key not known here
    /// is spelt out (`setAside` → "Set aside").
    func label(_ key: String) -> String {
        switch key {
        case "used": return context.t("Brugt", "Used")
        case "setAside": return context.t("Sat til side", "Set aside")
        case "notUnderstood": return context.t("Ikke forstået", "Not understood")
        case "sheet": return context.t("Ark", "Sheet")
        case "cell": return context.t("Celle", "Cell")
        case "raw": return context.t("Som der står", "As written")
        case "as": return context.t("Brugt som", "Used as")
        case "year": return context.t("År", "Year")
        case "why": return context.t("Hvorfor", "Why")
        case "reason": return context.t("Årsag", "Reason")
        default: return Self.spelledOut(key)
        }
    }

    /// What a figure was used as (the coverage's `as` code) in the page's language.
    func use(_ code: String) -> String {
        switch code {
        case "amount": return context.t("beløb", "amount")
        case "total": return context.t("total", "total")
        case "remaining": return context.t("resterende", "remaining")
        case "baseline": return context.t("basisniveau", "baseline")
        case "target": return context.t("mål", "target")
        default: return code
        }
    }

    /// `setAside` → "Set aside".
    static func spelledOut(_ key: String) -> String {
        var out = ""
        for character in key {
            if character.isUppercase, !out.isEmpty {
                out += " " + character.lowercased()
            } else if character == "_" || character == "-" {
                out += " "
            } else {
                out.append(character)
            }
        }
        return out.prefix(1).uppercased() + out.dropFirst()
    }
}
