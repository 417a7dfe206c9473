import Foundation
import Testing

/// `--help` in Danish or English by `--lang` and the locale; `--version`; an example in
/// every subcommand's help.
@Suite("plansheet: help, language and version")
struct HelpAndLanguageTests {
    static let subcommands = ["inspect", "dump", "convert", "import", "validate", "check-plan", "overview", "export"]

    @Test("--help is Danish with --lang da or a Danish locale, English otherwise")
    func helpLanguage() throws {
        let subcommand = "validate"
        let english = try CommandRunner.run([subcommand, "--help"], environment: ["LANG": "C.UTF-8", "LC_ALL": "", "LC_MESSAGES": ""])
        #expect(english.output.contains("Check submitted budget sheets"), "\(english.output)")
        let byOption = try CommandRunner.run([subcommand, "--help", "--lang", "da"], environment: ["LANG": "C.UTF-8", "LC_ALL": ""])
        #expect(byOption.output.contains("Kontrollér indsendte budgetark"), "\(byOption.output)")
        #expect(byOption.output.contains("Eksempel:"))
        let byLocale = try CommandRunner.run([subcommand, "--help"], environment: ["LANG": "da_DK.UTF-8", "LC_ALL": "", "LC_MESSAGES": ""])
        #expect(byLocale.output.contains("Kontrollér indsendte budgetark"))
        let messages = try CommandRunner.run([subcommand, "--help"], environment: ["LANG": "C.UTF-8", "LC_ALL": "", "LC_MESSAGES": "da_DK.UTF-8"])
        #expect(messages.output.contains("Sproget i meddelelser"))
        let overridden = try CommandRunner.run([subcommand, "--help", "--lang", "en"], environment: ["LANG": "da_DK.UTF-8"])
        #expect(overridden.output.contains("Language of messages and reports"))
    }

    @Test("Every subcommand's help has an example, in both languages, in lines of at most 80 columns", arguments: subcommands)
    func example(_ subcommand: String) throws {
        let english = try CommandRunner.run([subcommand, "--help", "--lang", "en"])
        #expect(english.status == 0)
        #expect(english.output.contains("Example"), "\(english.output)")
        #expect(english.output.contains("plansheet \(subcommand) "), "\(english.output)")
        let danish = try CommandRunner.run([subcommand, "--help", "--lang", "da"])
        #expect(danish.output.contains("Eksempel:") || danish.output.contains("Eksempler:"), "\(danish.output)")
        #expect(danish.output.contains("plansheet \(subcommand) "), "\(danish.output)")
        for line in (english.output + danish.output).split(separator: "\n") {
            #expect(line.count <= 80, "\(subcommand) --help: \(line)")
        }
    }

    @Test("--version prints the version")
    func version() throws {
        let result = try CommandRunner.run(["--version"])
        #expect(result.status == 0)
        let version = result.output.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(version.split(separator: ".").count == 3 && version.split(separator: ".").allSatisfy { Int($0) != nil }, "\(version)")
    }
}
