import Foundation
import NIOPosix
import PlanMapping
import PlanModel
import Spreadsheet

/// What every request handler shares: the store, the configuration, and the work that
/// reads sheets (run on NIO's thread pool, never on the threads that answer requests, so
/// pages keep answering while sheets are checked).
public final class PlanServerState: Sendable {
    /// The database and the files.
    public let store: ServerStore
    /// How the server runs.
    public let configuration: ServerConfiguration
    let threadPool: NIOThreadPool

    /// Opens the store in the configuration's data folder.
    public init(configuration: ServerConfiguration, threadPool: NIOThreadPool = .singleton) throws {
        self.configuration = configuration
        self.store = try ServerStore(directory: configuration.dataDirectory)
        self.threadPool = threadPool
    }

    /// Makes `plan` the first plan version when the database has none; returns whether it did.
    @discardableResult
    public func seedPlan(_ plan: Plan, from source: String) throws -> Bool {
        try store.addFirstPlanVersion(planJSON: String(decoding: plan.jsonData(), as: UTF8.self), note: source)
    }

    /// The newest plan version and its plan, if there is one.
    public func currentPlan() async throws -> (version: Int, plan: Plan)? {
        guard let record = try await store.latestPlanVersion() else { return nil }
        return (record.version, try Plan(jsonData: Data(record.planJSON.utf8)))
    }

    /// The plan of version `version`.
    public func plan(version: Int) async throws -> Plan? {
        guard let record = try await store.planVersion(version) else { return nil }
        return try Plan(jsonData: Data(record.planJSON.utf8))
    }

    /// Stores a handed-in file, checks it against the current plan and records the outcome.
    ///
    /// - Parameters:
    ///   - bytes: the file's bytes (already within the upload limit).
    ///   - fileName: the name it had on the partner's computer: shown, never used as a path.
    public func receive(_ bytes: [UInt8], fileName: String, from person: Person) async throws -> SubmissionRecord {
        let name = Self.displayName(fileName)
        let current = try await currentPlan()
        let checker = SubmissionChecker(plan: current?.plan)
        let files = store.files
        // Hashing, writing (with its fsync) and checking all block: none of it on the request threads.
        let (hash, outcome) = try await threadPool.runIfActive {
            let hash = try files.put(bytes)
            return (hash, checker.check(storedPath: files.path(of: hash)!, displayName: name))
        }
        let record = SubmissionRecord(
            id: nil, personId: person.id!, fileName: name, contentHash: hash, byteCount: bytes.count,
            submittedAt: Date(), status: outcome.status, planYear: outcome.planYear, errorCount: outcome.errorCount,
            warningCount: outcome.warningCount, reportJSON: outcome.reportJSON,
            unreadableJSON: outcome.unreadable.map(Self.json), checkedAgainstVersion: current?.version,
            acceptedVersion: nil)
        return try await store.addSubmission(record)
    }

    /// The file of `record` as read (for its grid), or why it cannot be read.
    public func readFile(of record: SubmissionRecord) async throws -> Result<SpreadsheetFile, InputError> {
        guard let path = store.files.path(of: record.contentHash) else {
            return .failure(InputError(file: record.fileName, reason: LocalizedText(da: "filen mangler.", en: "the file is missing.")))
        }
        let name = record.fileName
        return try await threadPool.runIfActive {
            Result { () throws(InputError) in try SubmissionChecker.read(storedPath: path, displayName: name) }
        }
    }

    /// The annotated copy of `record` in `language`: every finding's cell filled and noted.
    public func annotatedCopy(of record: SubmissionRecord, language: Language) async throws -> [UInt8]? {
        guard case .success(let file) = try await readFile(of: record) else { return nil }
        let findings = StoredReport(json: record.reportJSON).findings
        return try await writeTemporary { path in
            try AnnotatedCopy(language: language).write(file, findings: findings, to: path)
        }
    }

    /// What importing `record` into the current plan would give (nothing is stored); nil
    /// when the file cannot be read or holds no table. Read as the check read it (the
    /// reading pipeline, ``SubmissionChecker/validator``'s scanner), as `plansheet import --plan` reads.
    public func importPreview(of record: SubmissionRecord) async throws -> ImportResult? {
        guard let path = store.files.path(of: record.contentHash) else { return nil }
        let current = try await currentPlan()
        let name = record.fileName
        return try await threadPool.runIfActive {
            let scanner = SubmissionChecker(plan: current?.plan).validator.readingScanner
            let read = ScannedInputs(inputs: [ScannedInputs.Input(path: path, name: name)], scanner: scanner)
            guard read.unreadable.isEmpty, !read.files.isEmpty else { return nil }
            return PlanImporter(options: ImportOptions(basePlan: current?.plan)).importPlan(from: read.files)
        }
    }

    /// The overview workbook of `plan`.
    public func overviewWorkbook(of plan: Plan) async throws -> [UInt8] {
        try await writeTemporary { path in try PlanExporter(plan: plan).writeOverviewWorkbook(to: path) }
    }

    /// `plan` in `layout`, as XLSX or CSV.
    public func export(_ plan: Plan, layout: ExportLayout, format: ExportFormat) async throws -> [UInt8] {
        if format == .csv { return PlanExporter(plan: plan).csvBytes(for: layout) }
        return try await writeTemporary { path in try PlanExporter(plan: plan).write(layout, format: format, to: path) }
    }

    /// Runs `write` on the thread pool with a fresh path in `DATA/tmp`, and returns what it wrote.
    func writeTemporary(_ write: @escaping @Sendable (String) throws -> Void) async throws -> [UInt8] {
        let folder = configuration.dataDirectory + "/tmp"
        return try await threadPool.runIfActive {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            let path = folder + "/" + SecretToken.generate() + ".xlsx"
            defer { try? FileManager.default.removeItem(atPath: path) }
            try write(path)
            guard let data = FileManager.default.contents(atPath: path) else {
                throw CocoaError(.fileReadUnknown)
            }
            return [UInt8](data)
        }
    }

    /// A file name fit to show: the last path component (browsers on Windows send whole
    /// paths), at most 200 characters, never empty.
    static func displayName(_ name: String) -> String {
        let last = name.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? ""
        let trimmed = last.trimmingCharacters(in: .whitespacesAndNewlines)
        let clipped = String(trimmed.prefix(200))
        return clipped.isEmpty ? "upload" : clipped
    }

    static func json(_ text: LocalizedText) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: (try? encoder.encode(text)) ?? Data("{}".utf8), as: UTF8.self)
    }
}
