import BudgetRules
import PlanModel

/// Checks submitted sheets against the budget rules: validation is import followed by
/// the rules. The files are read by the ``ReadingPipeline`` and reconciled with the plan
/// by ``PlanImporter`` exactly as `import` does (ids, aliases, similarity, units); each
/// file's `Submission` then carries what import learnt (a row's focus area from the
/// plan activity its id names), the `Validator` runs the rules, and the report gets
/// what reading found: conflicting figures, uncertain matches, figures not understood,
/// hidden sheets skipped, and per file the tables, units, matches and coverage.
///
/// ```swift
/// let check = SubmissionValidator(plan: plan).check(paths: ["budget.xlsx"])
/// print(check.report.text(language: .danish))
/// for problem in check.unreadable { print(problem.message(.danish)) }
/// ```
public struct SubmissionValidator: Sendable {
    /// The approved plan whose names, aliases, frame and period the files are reconciled against.
    public var plan: Plan?
    /// The frame, period and matching settings.
    public var options: ValidationOptions
    /// Finds the tables (by detection, or by a mapping file).
    public var scanner: FileScanner
    /// The rules.
    public var validator: Validator

    /// Creates a validator.
    public init(plan: Plan? = nil, options: ValidationOptions = .init(), scanner: FileScanner = FileScanner(), validator: Validator = Validator()) {
        self.plan = plan
        self.options = options
        self.scanner = scanner
        self.validator = validator
    }

    /// Checks the files at `paths`, in order (a folder stands for the spreadsheets in it,
    /// see ``InputFiles``); `progress` is told each file as it starts. A file that cannot
    /// be read, or holds no table the rules can check, is listed in
    /// ``SubmissionCheck/unreadable`` and in the report in its place, and the others are checked.
    public func check(paths: [String], progress: ((Int, String) -> Void)? = nil) -> SubmissionCheck {
        check(inputs: InputFiles.expand(paths).map { ScannedInputs.Input(path: $0) }, progress: progress)
    }

    /// Checks `inputs` in order, each named in the report by its ``ScannedInputs/Input/name``
    /// (the server checks an upload kept under its hash by the name the partner gave it):
    /// read as ``check(paths:progress:)`` reads files, the plan's period telling the scanner
    /// which years the headers can name when it was given none.
    public func check(inputs: [ScannedInputs.Input], progress: ((Int, String) -> Void)? = nil) -> SubmissionCheck {
        check(ScannedInputs(inputs: inputs, scanner: readingScanner, progress: progress))
    }

    /// The scanner files are read with: ``scanner``, with the plan's period when it has none
    /// (the plan's period says which years the headers can name), as `validate --plan` reads.
    public var readingScanner: FileScanner {
        var scanner = self.scanner
        if scanner.period == nil { scanner.period = plan?.period }
        return scanner
    }

    /// Checks inputs already scanned: the report lists every input in order, a file not
    /// read with its problem.
    public func check(_ inputs: ScannedInputs) -> SubmissionCheck {
        let checked = check(inputs.files)
        var reports = checked.report.files.makeIterator()
        var files: [Report.FileReport] = []
        for (path, outcome) in inputs.outcomes {
            switch outcome {
            case .scanned: if let report = reports.next() { files.append(report) }
            case .failed(let error): files.append(Report.FileReport(path: path, findings: [], problem: error.fileProblem))
            }
        }
        return SubmissionCheck(
            report: Report(files: files, matches: checked.report.matches), files: checked.files, unreadable: inputs.unreadable)
    }

    /// Checks files already scanned.
    public func check(_ files: [ScannedFile], unreadable: [InputError] = []) -> SubmissionCheck {
        let imported = PlanImporter(
            options: ImportOptions(
                basePlan: plan, annualFrame: options.annualFrame, minimumMatchConfidence: options.minimumMatchConfidence)
        ).importPlan(from: files)
        let submissions = files.map { file in
            var submission = Self.submission(of: file, matches: imported.matches, plan: plan)
            submission.statedFrame = StatedFrameFinder.find(in: file.file)
            return submission
        }
        var report = validator.validate(submissions: submissions, against: plan, options: options)
        let disabled = validator.ruleSet.disabled
        report.files = zip(report.files, files).map { fileReport, file in
            // Import's problems carry reading's findings (figures not understood, hidden sheets
            // skipped, rows numbered from 0) and the formula values', with their severities.
            var extra = imported.problems.filter { $0.location.file == file.path }.compactMap(\.finding)
            // The audit of the totals' formulas (the values computed or stale come with import's problems).
            extra += FormulaAudit(file: file).findings
            extra.removeAll { disabled.contains($0.rule) }
            let findings = FormulaFindings.namingFormulas(fileReport.findings, in: file)
            var out = Report.FileReport(path: fileReport.path, findings: findings + extra)
            out.reading = ReadingNotes(file: file, matches: imported.matches, plan: plan).reading
            return out
        }
        return SubmissionCheck(report: report, files: files, unreadable: unreadable, imported: imported)
    }

    /// `file`'s submission, with what import learnt: a row whose sheet states no focus
    /// area takes the area of the plan activity import matched it to (by id, name, alias or
    /// similarity: the match the report lists under the file, an uncertain one with its
    /// warning), so validate judges the figures where import puts them.
    static func submission(of file: ScannedFile, matches: [ImportMatch], plan: Plan?) -> Submission {
        var submission = file.submission
        guard let plan else { return submission }
        var areaByCell: [SourceLocation: Int] = [:]
        for match in matches where match.file == file.path && !match.isNew {
            guard let activity = plan.activities.first(where: { $0.id == match.activityID }) else { continue }
            areaByCell[match.location] = activity.focusArea
        }
        func resolved(_ row: ActivityRow) -> ActivityRow {
            guard row.area == nil, row.areaRaw == nil, let area = areaByCell[row.location] else { return row }
            var row = row
            row.area = area
            return row
        }
        for index in submission.overviewTables.indices {
            submission.overviewTables[index].rows = submission.overviewTables[index].rows.map(resolved)
        }
        return submission
    }
}
