import BudgetRules
import PlanModel

/// Checks submitted sheets against the budget rules: reads each file, finds its tables,
/// builds the ``BudgetRules/Submission`` the rules check, and runs the ``BudgetRules/Validator``, reconciled
/// against an approved plan when one is given.
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
        check(ScannedInputs(paths: InputFiles.expand(paths), scanner: scanner, progress: progress))
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
        let submissions = files.map { file in
            var submission = file.submission
            submission.statedFrame = StatedFrameFinder.find(in: file.file)
            return submission
        }
        let report = validator.validate(submissions: submissions, against: plan, options: options)
        return SubmissionCheck(report: report, files: files, unreadable: unreadable)
    }
}
