import Foundation
import Testing

/// Outputs never overwrite inputs, follow their extension or are refused, and a target
/// that cannot be written says why, with the likely cause, in the message's language.
@Suite("plansheet: outputs")
struct OutputSafetyTests {
    @Test("--annotate at the input is refused before anything is written; the input is unchanged")
    func annotateAtInput() throws {
        let folder = CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let input = folder + "/indsendt.xlsx"
        try FileManager.default.copyItem(atPath: CommandRunner.root + "/samples/submitted/oversigt-og-omraader-fejl.xlsx", toPath: input)
        let before = try Data(contentsOf: URL(fileURLWithPath: input))
        let same = try CommandRunner.run(["validate", input, "--annotate", input])
        #expect(same.status == 64, "\(same.error)")
        #expect(same.error.contains("--annotate \(input) er en af inputfilerne"))
        // The same file under another name (a symbolic link) is caught too.
        try FileManager.default.createSymbolicLink(atPath: folder + "/link.xlsx", withDestinationPath: input)
        let linked = try CommandRunner.run(["validate", input, "--annotate", folder + "/link.xlsx", "--lang", "en"])
        #expect(linked.status == 64)
        #expect(linked.error.contains("is one of the input files"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: input)) == before)
    }

    @Test("A written format that does not follow the extension is refused: --annotate x.csv, convert to .txt")
    func extensionRefused() throws {
        let folder = CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let annotate = try CommandRunner.run([
            "validate", "samples/submitted/oversigt-og-omraader-fejl.xlsx", "--annotate", folder + "/kontrol.csv", "--lang", "en",
        ])
        #expect(annotate.status == 64)
        #expect(annotate.error.contains("the name must end in .xlsx"))
        #expect(!FileManager.default.fileExists(atPath: folder + "/kontrol.csv"))
        let convert = try CommandRunner.run(["convert", "samples/partners/fsb-budget-lang.csv", folder + "/fsb.txt"])
        #expect(convert.status == 64)
        #expect(convert.error.contains("navnet skal ende på .xlsx eller .csv"))
        let sameFile = try CommandRunner.run(["convert", "samples/partners/fsb-budget-lang.csv", "samples/partners/fsb-budget-lang.csv"])
        #expect(sameFile.status == 64)
        let overview = try CommandRunner.run(["overview", "samples/tryghedsplan-2013.json", "-o", "samples/tryghedsplan-2013.json"])
        #expect(overview.status == 64)
    }

    @Test("A read-only target: the message says it may be open in Excel, in Danish and in English")
    func lockedTarget() throws {
        guard getuid() != 0 else {
            // root writes into read-only folders; the message is then untestable here.
            return
        }
        let folder = CommandRunner.temporaryFolder()
        defer {
            chmod(folder, 0o755)
            try? FileManager.default.removeItem(atPath: folder)
        }
        #expect(chmod(folder, 0o555) == 0)
        let danish = try CommandRunner.run(["export", "samples/tryghedsplan-2013.json", "-o", folder + "/plan.csv"])
        #expect(danish.status == 2)
        #expect(danish.error.contains("er filen åben i Excel"), "\(danish.error)")
        #expect(!danish.error.contains("Permission denied"))
        let english = try CommandRunner.run(["export", "samples/tryghedsplan-2013.json", "-o", folder + "/plan.csv", "--lang", "en"])
        #expect(english.error.contains("is the file open in Excel"), "\(english.error)")
    }

    @Test("A missing file's system error is in the message's language")
    func systemErrorLanguage() throws {
        let danish = try CommandRunner.run(["dump", "/nonexistent/budget.csv"])
        #expect(danish.status == 2)
        #expect(!danish.error.contains("No such file"), "\(danish.error)")
        #expect(danish.error.contains("findes ikke"))
        let english = try CommandRunner.run(["dump", "/nonexistent/budget.csv", "--lang", "en"])
        #expect(english.error.contains("there is no such file"), "\(english.error)")
    }
}
