import PlanModel

/// The outcome of a validation: the findings per file, the activities that were matched,
/// and a summary. Renders as text for a terminal (``text(language:width:showMatches:)``)
/// or as JSON (``json()``).
public struct Report: Sendable, Hashable {
    /// One file's findings, ordered by sheet, cell and rule.
    public struct FileReport: Sendable, Hashable {
        /// The file's path as the user gave it.
        public var path: String
        /// Its findings.
        public var findings: [Finding]
        /// What reading the file found (tables, units, matches, coverage), when it was read
        /// from a sheet; `nil` for a plan.
        public var reading: FileReading?
        /// Why the file was not checked, when it was not (then there are no findings).
        public var problem: FileProblem?

        /// Creates a file report; the findings are put in report order.
        public init(path: String, findings: [Finding], problem: FileProblem? = nil, reading: FileReading? = nil) {
            self.path = path
            self.findings = findings.sorted(by: Report.reportOrder)
            self.problem = problem
            self.reading = reading
        }
    }

    /// The number of findings per severity.
    public struct Summary: Sendable, Hashable {
        /// Findings with severity `error`.
        public var errors: Int
        /// Findings with severity `warning`.
        public var warnings: Int
        /// Findings with severity `info`.
        public var info: Int
        /// Files that could not be read.
        public var unreadableFiles: Int
        /// Files passed over with a note (Office lock files).
        public var skippedFiles: Int

        /// Creates a summary.
        public init(errors: Int, warnings: Int, info: Int, unreadableFiles: Int = 0, skippedFiles: Int = 0) {
            self.errors = errors
            self.warnings = warnings
            self.info = info
            self.unreadableFiles = unreadableFiles
            self.skippedFiles = skippedFiles
        }
    }

    /// The files checked, in order, each with its findings (a file without findings is listed too).
    public var files: [FileReport]
    /// The activities reconciled in submissions: which overview row was taken for which
    /// area-table row and plan activity, how, and how surely.
    public var matches: [ActivityMatch]

    /// Creates a report.
    public init(files: [FileReport], matches: [ActivityMatch] = []) {
        self.files = files
        self.matches = matches
    }

    /// Every finding, file by file.
    public var findings: [Finding] { files.flatMap(\.findings) }

    /// The number of findings per severity, and of files not checked.
    public var summary: Summary {
        var summary = Summary(errors: 0, warnings: 0, info: 0)
        for file in files {
            guard let problem = file.problem else { continue }
            if problem.isSkipped { summary.skippedFiles += 1 } else { summary.unreadableFiles += 1 }
        }
        for finding in findings {
            switch finding.severity {
            case .error: summary.errors += 1
            case .warning: summary.warnings += 1
            case .info: summary.info += 1
            }
        }
        return summary
    }

    /// Whether any finding is an error.
    public var hasErrors: Bool { findings.contains { $0.severity == .error } }

    /// Whether a file could not be read (lock files passed over do not count).
    public var hasUnreadableFiles: Bool { files.contains { $0.problem.map { !$0.isSkipped } ?? false } }

    /// This report followed by `other`'s files and matches.
    public func merging(_ other: Report) -> Report {
        Report(files: files + other.files, matches: matches + other.matches)
    }

    /// The report for a terminal, grouped by file and sheet, lines at most `width` columns.
    public func text(language: Language = .danish, width: Int = 80, showMatches: Bool = false) -> String {
        TextReportRenderer(language: language, width: width, showMatches: showMatches).render(self)
    }

    /// The report as JSON: `{"files":[{"path":…,"findings":[…]}],"summary":{"errors":N,"warnings":N,"info":N}}`.
    /// Every finding has all its keys; a value that does not apply is `null`.
    public func json() -> String {
        JSONReportRenderer().render(self)
    }

    /// Sheet (none first, then by name with numbers compared as numbers), row, column,
    /// rule (the order of the budget rules), activity, message.
    static func reportOrder(_ a: Finding, _ b: Finding) -> Bool {
        if a.sheet != b.sheet {
            guard let x = a.sheet else { return true }
            guard let y = b.sheet else { return false }
            return NaturalOrder.less(x, y)
        }
        let x = a.location.cellIndices
        let y = b.location.cellIndices
        switch (x, y) {
        case (nil, .some): return true
        case (.some, nil): return false
        case (let x?, let y?) where x != y: return x.row != y.row ? x.row < y.row : x.column < y.column
        default: break
        }
        let rx = RuleID.allCases.firstIndex(of: a.rule)!
        let ry = RuleID.allCases.firstIndex(of: b.rule)!
        if rx != ry { return rx < ry }
        if a.activity != b.activity { return (a.activity ?? "") < (b.activity ?? "") }
        return a.message.en < b.message.en
    }
}

/// Compares names with embedded numbers as numbers ("Område 2" before "Område 10").
enum NaturalOrder {
    static func less(_ a: String, _ b: String) -> Bool {
        var i = a.unicodeScalars.makeIterator()
        var j = b.unicodeScalars.makeIterator()
        var x = i.next()
        var y = j.next()
        while let p = x, let q = y {
            if p.properties.numericType != nil, let dp = p.properties.numericValue,
                q.properties.numericType != nil, let dq = q.properties.numericValue
            {
                var na = dp
                var nb = dq
                x = i.next()
                while let c = x, let d = c.properties.numericValue, c.properties.numericType == .decimal {
                    na = na * 10 + d
                    x = i.next()
                }
                y = j.next()
                while let c = y, let d = c.properties.numericValue, c.properties.numericType == .decimal {
                    nb = nb * 10 + d
                    y = j.next()
                }
                if na != nb { return na < nb }
                continue
            }
            if p != q { return String(p) < String(q) }
            x = i.next()
            y = j.next()
        }
        return x == nil && y != nil
    }
}
