import BudgetRules
import Foundation
import PlanModel
import Spreadsheet

/// What import found, for people (text, at most `width` columns) and for programs (JSON):
/// per file its tables (kind, sheet, rows, unit), then which rows became which activities
/// and how surely, then the problems.
public struct ImportSummary: Sendable {
    /// The result to describe.
    public var result: ImportResult

    /// Creates a summary.
    public init(_ result: ImportResult) {
        self.result = result
    }

    // MARK: - Text

    /// The summary as text in `language`, lines at most `width` columns.
    ///
    /// ```
    /// Fil: kommune-oversigt.xlsx
    ///   Oversigt, ark “Oversigt 2013”, rækker 4–16: 9 aktiviteter, enhed kr. (note)
    ///   Celle  Id   Metode        Sikkerhed  Navn i arket
    ///   B6     1.1  navn          100 %      Indbrudsindsats
    /// ```
    public func text(language: Language = .danish, width: Int = 80) -> String {
        let danish = language == .danish
        func t(_ da: String, _ en: String) -> String { danish ? da : en }
        let width = max(width, 40)
        var lines: [String] = []
        for file in result.files {
            lines.append(clip(t("Fil: ", "File: ") + file.path, width))
            if file.tables.isEmpty {
                lines.append("  " + t("Ingen tabeller fundet.", "No tables found."))
            }
            for table in file.tables {
                lines += wrap(Self.describe(table, file: file, danish: danish), width: width, first: "  ", rest: "    ")
            }
            for line in ReadingNotes(file: file, matches: []).setAside(file.coverage) {
                lines += wrap(t("Sat til side: ", "Set aside: ") + line[language], width: width, first: "  ", rest: "    ")
            }
            let matches = result.matches.filter { $0.file == file.path }
            if !matches.isEmpty {
                lines.append(
                    "  " + pad(t("Celle", "Cell"), 7) + pad("Id", 6) + pad(t("Metode", "Method"), 13)
                        + pad(t("Sikker", "Sure"), 8) + t("Navn i arket", "Name in the sheet"))
                for match in matches {
                    let cellText = match.location.cell ?? ""
                    let method = match.method.map { methodName($0, danish: danish) } ?? t("ny", "new")
                    let sure = match.isNew ? "–" : "\(Int((match.confidence * 100).rounded())) %"
                    let head = "  " + pad(cellText, 7) + pad(match.activityID, 6) + pad(method, 13) + pad(sure, 8)
                    lines.append(clip(head + match.name, width))
                    if ActivityMatcher.normalize(match.name) != ActivityMatcher.normalize(match.activityName) {
                        lines.append(clip(String(repeating: " ", count: head.count - 2) + "= " + match.activityName, width))
                    }
                }
            }
            let problems = result.problems.filter { $0.location.file == file.path }
            for problem in problems {
                let label: String
                switch problem.severity {
                case .error: label = t("FEJL", "ERROR")
                case .warning: label = t("ADVARSEL", "WARNING")
                case .info: label = "INFO"
                }
                let place = [problem.location.sheet, problem.location.cell].compactMap { $0 }.joined(separator: " › ")
                lines += wrap(
                    "\(label)\(place.isEmpty ? "" : " " + place): \(problem.message[language])", width: width, first: "  ",
                    rest: "    ")
            }
            lines.append("")
        }
        if !result.untouched.isEmpty {
            lines += wrap(
                t("Ikke i arkene (beløb fra grundplanen): ", "Not in the sheets (amounts from the base plan): ")
                    + result.untouched.joined(separator: ", "), width: width, first: "", rest: "  ")
        }
        let errors = result.problems.filter { $0.severity == .error }.count
        let warnings = result.problems.filter { $0.severity == .warning }.count
        let info = result.problems.filter { $0.severity == .info }.count
        let created = result.matches.filter(\.isNew).count
        lines += wrap(
            t(
                "Opsummering: \(Self.counted(result.plan.activities.count, "aktivitet", "aktiviteter")) (\(Self.counted(created, "ny", "nye"))), \(result.plan.crimeTargets.count) kriminalitetsmål, \(errors) fejl, \(Self.counted(warnings, "advarsel", "advarsler"))",
                "Summary: \(Self.counted(result.plan.activities.count, "activity", "activities")) (\(created) new), \(Self.counted(result.plan.crimeTargets.count, "crime target", "crime targets")), \(Self.counted(errors, "error", "errors")), \(Self.counted(warnings, "warning", "warnings"))"
            ) + (info > 0 ? ", \(info) info" : ""),
            width: width, first: "", rest: "  ")
        // Names, sheets and messages come from the files: control characters are shown, not sent.
        return lines.map { TerminalText.visible($0) }.joined(separator: "\n") + "\n"
    }

    /// A table in one line: kind, sheet, rows, what it holds, its unit and where the unit came from.
    static func describe(_ sheetTable: SheetTable, file: ScannedFile, danish: Bool) -> String {
        func t(_ da: String, _ en: String) -> String { danish ? da : en }
        let table = sheetTable.table
        var parts: [String] = []
        var head = table.kind.name(danish: danish).capitalizedFirst
        if let area = table.area { head += " " + t("for indsatsområde \(area)", "for focus area \(area)") }
        if file.file.format == .xlsx { head += ", " + t("ark", "sheet") + " “\(table.sheet)”" }
        let first = table.headerRows.lowerBound + 1
        let last = (table.bodyRows?.upperBound ?? table.headerRows.upperBound) + 1
        if table.isTransposed {
            head += ", " + t("kolonner", "columns") + " \(CellAddress.columnName(first - 1))–\(CellAddress.columnName(last - 1))"
        } else {
            head += ", " + t("rækker", "rows") + " \(first)–\(last)"
        }
        parts.append(head)
        var content: [String] = []
        if table.kind == .crimeTargets {
            let offences = sheetTable.crimeRows.count
            content.append(t(counted(offences, "gerningstype", "gerningstyper"), counted(offences, "offence", "offences")))
        } else {
            let activities = sheetTable.rows.count
            content.append(t(counted(activities, "aktivitet", "aktiviteter"), counted(activities, "activity", "activities")))
            let units = table.units.sorted().map(\.danishText).joined(separator: "/")
            let source: String
            switch table.unitSource {
            case .header: source = t("overskrift", "header")
            case .title: source = t("titel", "title")
            case .note: source = t("note", "note")
            case .mapping: source = t("mappingfil", "mapping file")
            case .assumed: source = t("standard", "default")
            }
            let cell = table.unitCell.map { " " + table.sheetAddress($0).a1 } ?? ""
            content.append(t("enhed", "unit") + " \(units) (\(source)\(cell))")
            if sheetTable.total != nil { content.append(t("i alt-række", "total row")) }
            if sheetTable.remaining != nil { content.append(t("resterende-række", "remaining row")) }
        }
        // What detection found out about the layout by itself.
        content += table.features.map { danish ? $0.text.da : $0.text.en }
        return parts.joined() + ": " + content.joined(separator: ", ")
    }

    private func methodName(_ method: MatchMethod, danish: Bool) -> String {
        method.label(danish ? .danish : .english)
    }

    private func pad(_ text: String, _ count: Int) -> String {
        text.count >= count ? text + " " : text + String(repeating: " ", count: count - text.count)
    }

    private func clip(_ line: String, _ width: Int) -> String {
        line.count <= width ? line : String(line.prefix(width - 1)) + "…"
    }

    /// "1 aktivitet", "2 aktiviteter": a count with the noun in the number it needs.
    private static func counted(_ count: Int, _ singular: String, _ plural: String) -> String {
        "\(count) \(count == 1 ? singular : plural)"
    }

    private func wrap(_ text: String, width: Int, first: String, rest: String) -> [String] {
        var lines: [String] = []
        var line = first
        var lineHasWord = false
        for word in TextWrapper.words(text) {
            let candidate = lineHasWord ? line + " " + word : line + word
            if candidate.count > width, lineHasWord {
                lines.append(line)
                line = rest + word
            } else {
                line = candidate
            }
            lineHasWord = true
        }
        if lineHasWord { lines.append(clip(line, width)) }
        return lines
    }

    // MARK: - JSON

    /// The summary as JSON: `{"files": [{"path", "tables": [...]}], "matches": [...],
    /// "problems": [...], "untouched": [...], "summary": {...}}`; keys sorted, absent values `null`.
    public func json() -> String {
        let files = result.files.map { file in
            FileJSON(
                path: file.path, format: file.file.format.rawValue,
                tables: file.tables.map { item in
                    let table = item.table
                    let first = table.headerRows.lowerBound + 1
                    let last = (table.bodyRows?.upperBound ?? table.headerRows.upperBound) + 1
                    return TableJSON(
                        kind: table.kind.rawValue, sheet: file.file.format == .csv ? nil : table.sheet,
                        rows: "\(first)-\(last)", title: table.title, area: table.area,
                        activities: item.rows.count, offences: item.crimeRows.count,
                        units: table.units.sorted().map(\.danishText), unitSource: table.unitSource.rawValue,
                        hasTotal: item.total != nil, hasRemaining: item.remaining != nil)
                },
                skippedSheets: file.skippedSheets,
                coverage: CoverageJSON(ReadingNotes(file: file, matches: []).figures(file.coverage)))
        }
        let matches = result.matches.map { match in
            MatchJSON(
                file: match.file, sheet: match.location.sheet, cell: match.location.cell, area: match.area, name: match.name,
                activity: match.activityID, activityName: match.activityName, method: match.method?.rawValue ?? "new",
                confidence: match.isNew ? nil : (match.confidence * 100).rounded() / 100)
        }
        let problems = result.problems.map { problem in
            ProblemJSON(
                rule: problem.rule?.rawValue, severity: problem.severity.rawValue, file: problem.location.file, sheet: problem.location.sheet,
                cell: problem.location.cell, message: problem.message)
        }
        let document = DocumentJSON(
            files: files, matches: matches, problems: problems, untouched: result.untouched,
            summary: SummaryJSON(
                activities: result.plan.activities.count, newActivities: result.matches.filter(\.isNew).count,
                crimeTargets: result.plan.crimeTargets.count, errors: result.problems.filter { $0.severity == .error }.count,
                warnings: result.problems.filter { $0.severity == .warning }.count,
                info: result.problems.filter { $0.severity == .info }.count))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(document)) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    private struct DocumentJSON: Encodable {
        var files: [FileJSON]
        var matches: [MatchJSON]
        var problems: [ProblemJSON]
        var untouched: [String]
        var summary: SummaryJSON
    }

    private struct SummaryJSON: Encodable {
        var activities: Int
        var newActivities: Int
        var crimeTargets: Int
        var errors: Int
        var warnings: Int
        var info: Int
    }

    private struct FileJSON: Encodable {
        var path: String
        var format: String
        var tables: [TableJSON]
        var skippedSheets: [String]
        var coverage: CoverageJSON
    }

    /// Every figure inside the file's tables: used, set aside (with the reason), not understood.
    private struct CoverageJSON: Encodable {
        var used: [FigureJSON]
        var setAside: [FigureJSON]
        var notUnderstood: [FigureJSON]

        init(_ figures: [FileReading.Figure]) {
            used = figures.filter { $0.status == "used" }.map(FigureJSON.init)
            setAside = figures.filter { $0.status == "set-aside" }.map(FigureJSON.init)
            notUnderstood = figures.filter { $0.status == "not-understood" }.map(FigureJSON.init)
        }
    }

    private struct FigureJSON: Encodable {
        @EncodedAsNull var sheet: String?
        @EncodedAsNull var cell: String?
        var raw: String
        /// What it was used as, or why it was set aside.
        @EncodedAsNull var kind: String?
        @EncodedAsNull var year: Int?
        @EncodedAsNull var why: LocalizedText?

        init(_ figure: FileReading.Figure) {
            sheet = figure.location.sheet
            cell = figure.location.cell
            raw = figure.raw
            kind = figure.kind
            year = figure.year
            why = figure.why
        }
    }

    private struct TableJSON: Encodable {
        var kind: String
        @EncodedAsNull var sheet: String?
        var rows: String
        @EncodedAsNull var title: String?
        @EncodedAsNull var area: Int?
        var activities: Int
        var offences: Int
        var units: [String]
        var unitSource: String
        var hasTotal: Bool
        var hasRemaining: Bool
    }

    private struct MatchJSON: Encodable {
        var file: String
        @EncodedAsNull var sheet: String?
        @EncodedAsNull var cell: String?
        @EncodedAsNull var area: Int?
        var name: String
        var activity: String
        var activityName: String
        var method: String
        @EncodedAsNull var confidence: Double?
    }

    private struct ProblemJSON: Encodable {
        @EncodedAsNull var rule: String?
        var severity: String
        var file: String
        @EncodedAsNull var sheet: String?
        @EncodedAsNull var cell: String?
        var message: LocalizedText
    }
}

extension String {
    /// The string with its first letter in upper case.
    var capitalizedFirst: String {
        guard let first else { return self }
        return first.uppercased() + dropFirst()
    }
}
