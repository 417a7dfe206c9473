import Foundation
import Testing

/// The shared corpus (`<repo>/../shared/corpus`), read in place, never copied.
///
/// When the folder is absent the corpus tests skip, saying so; with `CI=true`
/// in the environment they fail instead.
enum SharedCorpus {
    static let corpus = URL(fileURLWithPath: TestEnvironment.shared("corpus"))
    static let xlsxFolder = corpus.appendingPathComponent("xlsx")
    static let badFolder = corpus.appendingPathComponent("bad")

    static var isAvailable: Bool {
        FileManager.default.fileExists(atPath: xlsxFolder.appendingPathComponent("MANIFEST.tsv").path)
    }

    /// Run the corpus tests when the corpus is there, or under CI (where its absence fails them).
    static var shouldRun: Bool { isAvailable || TestEnvironment.isCI }

    static let missingMessage: Comment = "shared corpus not found at ../shared/corpus (tests skipped; CI=true makes this a failure)"

    /// The workbooks of the value corpus (file names), sorted.
    static var workbookNames: [String] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: xlsxFolder.path) else { return [] }
        return names.filter { name in
            ["xlsx", "xlsm", "xltx", "xltm"].contains((name as NSString).pathExtension.lowercased())
        }.sorted()
    }

    /// The negative cases (file names), sorted.
    static var badNames: [String] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: badFolder.path) else { return [] }
        return names.filter { $0.hasSuffix(".xlsx") }.sorted()
    }
}
