import BudgetRules
import Foundation
import PlanModel

/// Every input file scanned, in order: each either read with its tables, or the reason it
/// could not be (missing, not a spreadsheet, no table found…). The one place where files
/// are read for `import` and `validate`.
public struct ScannedInputs: Sendable {
    /// One input's outcome.
    public enum Outcome: Sendable {
        /// Read, with at least one table.
        case scanned(ScannedFile)
        /// Not read, or no table found in it.
        case failed(InputError)
    }

    /// The inputs' paths and outcomes, in the order given.
    public var outcomes: [(path: String, outcome: Outcome)]

    /// One input file: where it lies, and the name the report and the messages call it by.
    public struct Input: Hashable, Sendable {
        /// Where the file lies.
        public var path: String
        /// What the file is called in the report (its path, unless given otherwise).
        public var name: String

        /// An input at `path` called `name` (by default its path). The server keeps an
        /// upload under its hash and names it by the name it had on the partner's computer.
        public init(path: String, name: String? = nil) {
            self.path = path
            self.name = name ?? path
        }
    }

    /// Scans the files at `paths` (folders already expanded, see ``InputFiles``) in order;
    /// `progress` is told each file as it starts.
    public init(paths: [String], scanner: FileScanner, progress: ((Int, String) -> Void)? = nil) {
        self.init(inputs: paths.map { Input(path: $0) }, scanner: scanner, progress: progress)
    }

    /// Scans `inputs` in order, each named in the outcomes, the report and the messages by
    /// its ``Input/name``; `progress` is told each input's name as it starts.
    public init(inputs: [Input], scanner: FileScanner, progress: ((Int, String) -> Void)? = nil) {
        outcomes = []
        for (index, input) in inputs.enumerated() {
            progress?(index, input.name)
            outcomes.append((input.name, Self.scan(input, scanner: scanner)))
        }
    }

    /// Outcomes already known.
    public init(outcomes: [(path: String, outcome: Outcome)]) {
        self.outcomes = outcomes
    }

    /// The files read.
    public var files: [ScannedFile] {
        outcomes.compactMap { if case .scanned(let file) = $0.outcome { file } else { nil } }
    }

    /// The files not read, lock files passed over included.
    public var problems: [InputError] {
        outcomes.compactMap { if case .failed(let error) = $0.outcome { error } else { nil } }
    }

    /// The files that could not be read (lock files passed over are not counted).
    public var unreadable: [InputError] { problems.filter { !$0.kind.isSkipped } }

    private static func scan(_ input: Input, scanner: FileScanner) -> Outcome {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: input.path, isDirectory: &isFolder) else { return .failed(missing(input.name)) }
        if isFolder.boolValue {
            return .failed(
                InputError(
                    file: input.name,
                    reason: LocalizedText(
                        da: "det er en mappe; giv filerne i den, eller mappen som argument.",
                        en: "it is a folder; give the files in it, or the folder as an argument.")))
        }
        do {
            let scanned = try scanner.scan(try SpreadsheetFile.read(path: input.path, named: input.name))
            return ReadingPipeline.problem(of: scanned).map(Outcome.failed) ?? .scanned(scanned)
        } catch {
            return .failed(error)
        }
    }

    /// The error for a path where there is no file.
    static func missing(_ path: String) -> InputError {
        InputError(
            file: path,
            reason: LocalizedText(
                da: "der er ingen fil her; kontrollér navnet og mappen.",
                en: "there is no file here; check the name and the folder."),
            kind: .missing)
    }

    /// The error for a file in which no table was found.
    static func noTables(_ path: String) -> InputError {
        InputError(
            file: path,
            reason: LocalizedText(
                da: "der er ingen budgettabel i filen (ingen overskriftsrække med aktivitet og år eller beløb); angiv tabellerne med --mapping.",
                en: "the file holds no budget table (no header row naming activities and years or amounts); give the tables with --mapping."),
            kind: .noTables)
    }
}

extension InputError {
    /// The problem as the report lists it.
    public var fileProblem: FileProblem {
        FileProblem(kind: kind.id, message: reason, isSkipped: kind.isSkipped)
    }
}
