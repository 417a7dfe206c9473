import Foundation
import PlanModel
import Testing

@testable import BudgetRules

/// Control characters in cell texts reach a text report as visible signs (issue 18), so a
/// cell cannot erase the report's lines, set the window title or ring the bell.
@Suite("Terminal text: control characters shown")
struct TerminalTextTests {
    @Test("C0 controls become control pictures, DEL ␡, C1 and bidi overrides \\u{…}")
    func visible() {
        #expect(TerminalText.visible("a\u{1B}[2Jb") == "a␛[2Jb")
        #expect(TerminalText.visible("\u{07}\u{00}\u{08}\r") == "␇␀␈␍")
        #expect(TerminalText.visible("x\u{7F}") == "x␡")
        #expect(TerminalText.visible("\u{9B}31m") == "\\u{9B}31m")
        #expect(TerminalText.visible("abc\u{202E}fed") == "abc\\u{202E}fed")
        #expect(TerminalText.visible("to\nlinjer") == "to␊linjer")
        #expect(TerminalText.visible("to\nlinjer", keepingLineBreaks: true) == "to\nlinjer")
        #expect(TerminalText.visible("tab\there") == "tab\there")
        let plain = "Indbrud i Tingbjerg – “Det gode valg” æøå"
        #expect(TerminalText.visible(plain) == plain)
    }

    /// A report with an activity name and a message holding ESC, BEL, NUL and a window-title sequence.
    static func hostileReport() -> Report {
        let name = "Indbrud\u{1B}]0;pwned\u{07}\u{1B}[1A\u{1B}[2K\u{00}"
        let finding = Finding(
            rule: .focusAreaInvalid,
            location: SourceLocation(file: "bad\u{1B}[31m.csv", sheet: "Ark\u{07}1", cell: "B2"), activity: name,
            expected: "1–5", found: "\u{1B}[0m",
            message: LocalizedText(da: "Aktiviteten “\(name)” har intet område.", en: "The activity “\(name)” has no area."))
        return Report(files: [Report.FileReport(path: "bad\u{1B}[31m.csv", findings: [finding])])
    }

    @Test("the text report in both languages shows every control character as a sign", arguments: [Language.danish, .english])
    func report(language: Language) {
        let text = TerminalTextTests.hostileReport().text(language: language, width: 80)
        let controls = text.unicodeScalars.filter { $0.value < 0x20 && $0 != "\n" || (0x7F...0x9F).contains($0.value) }
        #expect(controls.isEmpty, "control characters in the report: \(controls.map(\.value))")
        #expect(text.contains("␛]0;pwned␇␛[1A␛[2K␀"))
        #expect(text.contains("bad␛[31m.csv"))
        #expect(text.contains("Ark␇1"))
    }
}
