import BudgetRules
import PlanModel

/// Checks submitted sheets against the budget rules: reads each file, finds its tables,
/// builds the ``Submission`` the rules check, and runs the ``Validator``, reconciled
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

    /// Checks the files at `paths`, in order; `progress` is told each file as it starts.
    /// A file that cannot be read, or holds no table the rules can check, is listed in
    /// ``SubmissionCheck/unreadable`` and the others are checked.
    public func check(paths: [String], progress: ((Int, String) -> Void)? = nil) -> SubmissionCheck {
        var files: [ScannedFile] = []
        var unreadable: [InputError] = []
        var scanner = self.scanner
        // The plan's period says which years the headers can name.
        if scanner.period == nil { scanner.period = plan?.period }
        for (index, path) in paths.enumerated() {
            progress?(index, path)
            do {
                let scanned = try scanner.scan(path: path)
                if scanned.tables.isEmpty {
                    unreadable.append(Self.noTables(path))
                    continue
                }
                files.append(scanned)
            } catch {
                unreadable.append(error)
            }
        }
        return check(files, unreadable: unreadable)
    }

    /// Checks files already scanned.
    public func check(_ files: [ScannedFile], unreadable: [InputError] = []) -> SubmissionCheck {
        let report = validator.validate(submissions: files.map(\.submission), against: plan, options: options)
        return SubmissionCheck(report: report, files: files, unreadable: unreadable)
    }

    /// The error for a file in which no table was found.
    static func noTables(_ path: String) -> InputError {
        InputError(
            file: path,
            reason: LocalizedText(
                da: "der er ingen budgettabel i filen (ingen overskriftsrække med aktivitet og år eller beløb); angiv tabellerne med --mapping.",
                en: "the file holds no budget table (no header row naming activities and years or amounts); give the tables with --mapping."))
    }
}
