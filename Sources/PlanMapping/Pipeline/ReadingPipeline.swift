import BudgetRules
import PlanModel

/// The one way import and validate read partners' files: each file is read and its
/// tables found (by detection, or by a mapping file), and a file that cannot be read or
/// holds no table is set apart with the reason. What comes next is shared too:
/// ``PlanImporter`` reconciles the tables with the plan, and ``SubmissionValidator`` is
/// that import followed by the budget rules.
///
/// ```swift
/// let read = ReadingPipeline(scanner: FileScanner(includeHidden: false)).read(paths: paths)
/// for problem in read.unreadable { print(problem.message(.danish)) }
/// let result = PlanImporter(options: ImportOptions(basePlan: plan)).importPlan(from: read.files)
/// ```
public struct ReadingPipeline: Sendable {
    /// Finds and reads the tables.
    public var scanner: FileScanner

    /// Creates a pipeline.
    public init(scanner: FileScanner = FileScanner()) {
        self.scanner = scanner
    }

    /// The files read, and those that could not be.
    public struct Outcome: Sendable {
        /// The files read, each with at least one table, in the order given.
        public var files: [ScannedFile]
        /// The files that could not be read, or hold no table, with the reason.
        public var unreadable: [InputError]
    }

    /// Reads the files at `paths`, in order; `progress` is told each file as it starts.
    public func read(paths: [String], progress: ((Int, String) -> Void)? = nil) -> Outcome {
        var outcome = Outcome(files: [], unreadable: [])
        for (index, path) in paths.enumerated() {
            progress?(index, path)
            do {
                let scanned = try scanner.scan(path: path)
                if let problem = Self.problem(of: scanned) {
                    outcome.unreadable.append(problem)
                } else {
                    outcome.files.append(scanned)
                }
            } catch {
                outcome.unreadable.append(error)
            }
        }
        return outcome
    }

    /// Why a file that was read cannot be used: it holds no table (or only on hidden
    /// sheets); `nil` when it has tables.
    public static func problem(of file: ScannedFile) -> InputError? {
        guard file.tables.isEmpty else { return nil }
        if !file.skippedCoverage.entries.isEmpty {
            let names = file.skippedSheets.map { "“\($0)”" }.joined(separator: ", ")
            return InputError(
                file: file.path,
                reason: LocalizedText(
                    da: "budgettabellerne står kun på skjulte ark (\(names)), som ikke læses; angiv --include-hidden for at læse dem.",
                    en: "the budget tables are only on hidden sheets (\(names)), which are not read; give --include-hidden to read them."))
        }
        return InputError(
            file: file.path,
            reason: LocalizedText(
                da: "der er ingen budgettabel i filen (ingen overskriftsrække med aktivitet og år eller beløb); angiv tabellerne med --mapping.",
                en: "the file holds no budget table (no header row naming activities and years or amounts); give the tables with --mapping."))
    }
}
