import Foundation
import Testing

/// `plansheet diff`, run as a user runs it (the built binary).
@Suite("plansheet diff")
struct DiffCommandTests {
    static let old = "samples/tryghedsplan-2013.json"
    static let new = "samples/tryghedsplan-2014.json"

    @Test("The README's diff example prints exactly what the README shows")
    func readmeExample() throws {
        let readme = try String(contentsOfFile: CommandRunner.root + "/README.md", encoding: .utf8)
        let lines = readme.components(separatedBy: "\n")
        var examples: [(command: String, output: [String])] = []
        var index = 0
        while index < lines.count {
            if lines[index].hasPrefix("$ plansheet diff ") {
                let command = String(lines[index].dropFirst(2))
                var output: [String] = []
                index += 1
                while index < lines.count, !lines[index].hasPrefix("```"), !lines[index].hasPrefix("$ ") {
                    output.append(lines[index])
                    index += 1
                }
                examples.append((command, output))
            } else {
                index += 1
            }
        }
        #expect(!examples.isEmpty, "README.md has no `$ plansheet diff` example")
        for example in examples {
            let arguments = Array(example.command.split(separator: " ").dropFirst().map(String.init))
            let result = try CommandRunner.run(arguments)
            #expect(result.status == 1, "\(result.error)")
            #expect(result.output == example.output.joined(separator: "\n") + "\n", "\(example.command)")
        }
    }

    @Test("--help has an example in both languages, in lines of at most 80 columns", arguments: ["da", "en"])
    func help(_ language: String) throws {
        let result = try CommandRunner.run(["diff", "--help", "--lang", language])
        #expect(result.status == 0)
        #expect(result.output.contains("plansheet diff samples/tryghedsplan-2013.json samples/tryghedsplan-2014.json"))
        for line in result.output.split(separator: "\n") {
            #expect(line.count <= 80, "diff --help: \(line)")
        }
    }

    @Test("Exit status as diff(1): 0 without changes, 1 with changes")
    func exitStatus() throws {
        let same = try CommandRunner.run(["diff", Self.old, Self.old])
        #expect(same.status == 0, "\(same.error)")
        #expect(same.output.contains("Ingen ændringer."))
        let changed = try CommandRunner.run(["diff", Self.old, Self.new, "--lang", "en"])
        #expect(changed.status == 1)
        #expect(changed.output.contains("funding 2016: 450,000 → 300,000 (\u{2212}150,000)"))
        #expect(changed.output.contains("Summary: 2 activities added, 1 renamed, 2 amounts changed, 3 details changed"))
        // Partners' sheets holding the approved plan's figures: nothing changed.
        let partners = try CommandRunner.run(["diff", Self.old, "samples/partners"])
        #expect(partners.status == 0, "\(partners.output)\n\(partners.error)")
    }

    @Test("Exit status 2 names the input that could not be read")
    func trouble() throws {
        let folder = CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let missing = try CommandRunner.run(["diff", Self.old, folder + "/findes-ikke.xlsx"])
        #expect(missing.status == 2)
        #expect(missing.error.contains("findes-ikke.xlsx"))
        try Data("{\"title\": 1}".utf8).write(to: URL(fileURLWithPath: folder + "/ikke-en-plan.json"))
        let broken = try CommandRunner.run(["diff", folder + "/ikke-en-plan.json", Self.new])
        #expect(broken.status == 2)
        #expect(broken.error.contains("ikke-en-plan.json"))
        // A period no plan has is refused, not listed year by year.
        var huge = try String(contentsOfFile: CommandRunner.root + "/" + Self.new, encoding: .utf8)
        huge = huge.replacingOccurrences(of: "\"lastYear\" : 2016", with: "\"lastYear\" : 5016")
        try huge.write(toFile: folder + "/lang-periode.json", atomically: true, encoding: .utf8)
        let long = try CommandRunner.run(["diff", Self.old, folder + "/lang-periode.json"])
        #expect(long.status == 2)
        #expect(long.error.contains("lang-periode.json") && long.error.contains("2013–5016"))
        let csv = folder + "/beloeb.csv"
        try Data("Indsatsområde;Aktivitet;Finansiering 2013\r\n1;Indbrudsindsats;#REF!\r\n".utf8).write(to: URL(fileURLWithPath: csv))
        let unreadableAmount = try CommandRunner.run(["diff", Self.old, csv])
        #expect(unreadableAmount.status == 2, "\(unreadableAmount.output)\n\(unreadableAmount.error)")
        #expect(unreadableAmount.error.contains("beloeb.csv"))
        #expect(unreadableAmount.output.isEmpty, "no comparison is printed when data would be lost")
    }

    @Test("--format json: old, new, changes, totals, summary")
    func json() throws {
        let result = try CommandRunner.run(["diff", Self.old, Self.new, "--format", "json"])
        #expect(result.status == 1)
        let root = try #require(try JSONSerialization.jsonObject(with: result.outputData) as? [String: Any])
        #expect((root["old"] as? [String: Any])?["kind"] as? String == "plan")
        #expect((root["new"] as? [String: Any])?["paths"] as? [String] == [Self.new])
        let changes = try #require(root["changes"] as? [[String: Any]])
        #expect(changes.count == 8)
        let cut = try #require(changes.first { $0["activity"] as? String == "2.1" && $0["kind"] as? String == "funding-changed" })
        #expect(cut["year"] as? Int == 2016 && cut["old"] as? Int == 450_000 && cut["new"] as? Int == 300_000)
        #expect(cut["difference"] as? Int == -150_000)
        let match = try #require(cut["match"] as? [String: Any])
        #expect(match["method"] as? String == "id" && match["certainty"] as? Double == 1)
        let totals = try #require(root["totals"] as? [[String: Any]])
        #expect(totals.map { $0["year"] as? Int } == [2013, 2014, 2015, 2016])
        #expect(totals.map { $0["difference"] as? Int } == [0, 270_000, 450_000, 70_000])
        let summary = try #require(root["summary"] as? [String: Int])
        #expect(summary["activity-added"] == 2 && summary["funding-changed"] == 2 && summary["total"] == 8)
        #expect(summary["activity-moved"] == 0)
    }

    @Test("Both sides as overview workbooks, without --plan: the same money changes as the plan JSONs")
    func workbooks() throws {
        let sheets = try CommandRunner.run(["diff", "samples/overview-2013.xlsx", "samples/overview-2014.xlsx", "--format", "json"])
        #expect(sheets.status == 1, "\(sheets.error)")
        let plans = try CommandRunner.run(["diff", Self.old, Self.new, "--format", "json"])
        func money(_ data: Data) throws -> [String] {
            let root = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
            let changes = try #require(root["changes"] as? [[String: Any]])
            return changes.filter { $0["kind"] as? String != "detail-changed" }.map {
                "\($0["kind"] ?? "") \($0["activity"] ?? "") \($0["year"] ?? "") \($0["difference"] ?? "")"
            }
        }
        #expect(try money(sheets.outputData) == money(plans.outputData))
    }

    @Test("--workbook writes the change workbook and never overwrites an input")
    func workbook() throws {
        let folder = CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let out = folder + "/aendringer.xlsx"
        let result = try CommandRunner.run(["diff", Self.old, Self.new, "--workbook", out])
        #expect(result.status == 1, "\(result.error)")
        let bytes = try #require(FileManager.default.contents(atPath: out))
        #expect(bytes.prefix(2) == Data([0x50, 0x4B]))
        let copy = folder + "/oversigt-2014.xlsx"
        try FileManager.default.copyItem(atPath: CommandRunner.root + "/samples/overview-2014.xlsx", toPath: copy)
        let before = try Data(contentsOf: URL(fileURLWithPath: copy))
        let refused = try CommandRunner.run(["diff", Self.old, copy, "--workbook", copy])
        #expect(refused.status == 64)
        #expect(refused.error.contains("oversigt-2014.xlsx"))
        let folderSide = try CommandRunner.run(["diff", Self.old, folder, "--workbook", copy])
        #expect(folderSide.status == 64, "a file inside a folder given as a side is an input too")
        try FileManager.default.createDirectory(atPath: folder + "/tom", withIntermediateDirectories: false)
        let empty = try CommandRunner.run(["diff", Self.old, folder + "/tom"])
        #expect(empty.status == 2)
        #expect(empty.error.contains("/tom"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: copy)) == before)
        let wrongExtension = try CommandRunner.run(["diff", Self.old, Self.new, "--workbook", folder + "/x.csv"])
        #expect(wrongExtension.status == 64)
    }
}
