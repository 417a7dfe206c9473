import PlanModel

/// Renders a report for a terminal in Danish or English: per file, per sheet, one block
/// per finding (severity, cell, rule id, activity; the message; expected and found),
/// then a summary. Long lines are wrapped to the width.
///
/// ```
/// Fil: budget.xlsx
///   Ark: Oversigt
///     FEJL E14 overview-total-mismatch
///       Oversigtens “I alt” for 2013 er 1.480.000 kr., men rækkerne summerer til
///       1.490.000 kr.
///       Forventet: 1.490.000 · Fundet: 1.480.000
///
/// Opsummering: 1 fejl, 0 advarsler, 0 info
/// ```
struct TextReportRenderer {
    let language: Language
    let width: Int
    let showMatches: Bool

    private var wrapper: TextWrapper { TextWrapper(width: max(width, 20)) }

    private func t(_ da: String, _ en: String) -> String { language == .danish ? da : en }

    func render(_ report: Report) -> String {
        var lines: [String] = []
        for file in report.files {
            lines += wrapper.wrap(t("Fil: ", "File: ") + file.path, firstPrefix: "", prefix: "  ")
            if let reading = file.reading { lines += self.reading(reading) }
            if let problem = file.problem {
                let label = problem.isSkipped ? t("SPRUNGET OVER: ", "SKIPPED: ") : t("KAN IKKE LÆSES: ", "CANNOT BE READ: ")
                lines += wrapper.wrap(label + problem.message[language], firstPrefix: "  ", prefix: "    ")
            } else if file.findings.isEmpty {
                lines.append("  " + t("Ingen fund.", "No findings."))
            }
            var sheet: String?? = .none
            for finding in file.findings {
                let indent: String
                if let name = finding.sheet {
                    if sheet != .some(name) {
                        lines += wrapper.wrap(t("Ark: ", "Sheet: ") + name, firstPrefix: "  ", prefix: "    ")
                    }
                    indent = "    "
                } else {
                    indent = "  "
                }
                sheet = .some(finding.sheet)
                lines += block(finding, indent: indent)
            }
            if showMatches {
                let matches = report.matches.filter { $0.file == file.path }
                if !matches.isEmpty {
                    lines.append("  " + t("Parrede aktiviteter:", "Matched activities:"))
                    for match in matches { lines += describe(match) }
                }
            }
            lines.append("")
        }
        let s = report.summary
        var summary =
            language == .danish
            ? "Opsummering: \(s.errors) fejl, \(s.warnings) \(s.warnings == 1 ? "advarsel" : "advarsler"), \(s.info) info"
            : "Summary: \(s.errors) \(s.errors == 1 ? "error" : "errors"), \(s.warnings) \(s.warnings == 1 ? "warning" : "warnings"), \(s.info) info"
        if s.unreadableFiles > 0 {
            summary +=
                language == .danish
                ? "; \(s.unreadableFiles) \(s.unreadableFiles == 1 ? "fil" : "filer") kunne ikke læses"
                : "; \(s.unreadableFiles) \(s.unreadableFiles == 1 ? "file" : "files") could not be read"
        }
        if s.skippedFiles > 0 {
            summary +=
                language == .danish
                ? "; \(s.skippedFiles) \(s.skippedFiles == 1 ? "låsefil" : "låsefiler") sprunget over"
                : "; \(s.skippedFiles) lock \(s.skippedFiles == 1 ? "file" : "files") skipped"
        }
        lines += wrapper.wrap(summary, firstPrefix: "", prefix: "  ")
        return lines.joined(separator: "\n") + "\n"
    }

    /// The short block on what was read: the tables (with unit and its source), what was
    /// set aside and why, and the rows matched to the plan under another name than one the
    /// plan knows (by id, by similarity) or with less than full certainty.
    private func reading(_ reading: FileReading) -> [String] {
        var lines: [String] = []
        for table in reading.tables {
            lines += wrapper.wrap(t("Læst: ", "Read: ") + table.summary[language], firstPrefix: "  ", prefix: "    ")
        }
        for line in reading.setAside {
            lines += wrapper.wrap(t("Sat til side: ", "Set aside: ") + line[language], firstPrefix: "  ", prefix: "    ")
        }
        for match in reading.matches {
            guard let confidence = match.confidence else { continue }
            // A name or alias the plan knows, matched for certain, needs no line; the JSON lists it.
            guard !match.nameIsKnown || confidence < 1 else { continue }
            var text = t("Parret: ", "Matched: ") + Phrase.quoted(match.name)
            if let cell = match.location.cell { text += " (\(cell))" }
            text += " → \(match.activityID) \(Phrase.quoted(match.activityName))"
            text += " [\(match.method), \(Int((confidence * 100).rounded())) %]"
            lines += wrapper.wrap(text, firstPrefix: "  ", prefix: "    ")
        }
        return lines
    }

    private func block(_ finding: Finding, indent: String) -> [String] {
        var head = finding.severity.label(language)
        if let cell = finding.cell { head += " " + cell }
        head += " " + finding.rule.rawValue
        if let activity = finding.activity { head += " · " + activity }
        let body = indent + "  "
        var lines = wrapper.wrap(head, firstPrefix: indent, prefix: body)
        lines += wrapper.wrap(finding.message[language], firstPrefix: body, prefix: body)
        var facts: [String] = []
        if let expected = finding.expected { facts.append(t("Forventet: ", "Expected: ") + expected) }
        if let found = finding.found { facts.append(t("Fundet: ", "Found: ") + found) }
        if !facts.isEmpty {
            lines += wrapper.wrap(facts.joined(separator: " · "), firstPrefix: body, prefix: body)
        }
        return lines
    }

    private func describe(_ match: ActivityMatch) -> [String] {
        func side(_ side: ActivityMatch.Side?) -> String? {
            guard let side else { return nil }
            return "“\(side.name)”" + (Phrase.reference(side.location).map { " (\($0))" } ?? "")
        }
        let parts = [side(match.overview), side(match.areaTable)].compactMap { $0 }
        var text = ""
        if let area = match.area { text += t("Område \(area): ", "Area \(area): ") }
        text += parts.joined(separator: " = ")
        if let id = match.planActivityID { text += t(" → plan \(id)", " → plan \(id)") }
        let confidence = Int((match.confidence * 100).rounded())
        text += " [\(match.method.rawValue), \(confidence)%]"
        return wrapper.wrap(text, firstPrefix: "    ", prefix: "      ")
    }
}
