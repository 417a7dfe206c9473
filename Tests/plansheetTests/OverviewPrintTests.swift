import Foundation
import Testing

/// The overview prints readably on A4: LibreOffice turns it into a PDF, every page has
/// text pdftotext can extract, and no word is set below 8 pt.
@Suite("plansheet overview: printing")
struct OverviewPrintTests {
    static let soffice = TestEnvironment.executable(named: "soffice")
    static let pdftotext = TestEnvironment.executable(named: "pdftotext")

    @Test(
        "Every page of the overview's PDF has extractable text in 8 pt or more",
        .enabled(
            if: (soffice != nil && pdftotext != nil) || TestEnvironment.isCI,
            "LibreOffice (soffice) or pdftotext (poppler-utils) is missing: skipped; scripts/setup.sh --checks installs them"),
        .timeLimit(.minutes(5)))
    func printsReadably() throws {
        guard let soffice = Self.soffice, let pdftotext = Self.pdftotext else {
            Issue.record("soffice and pdftotext are required when CI=true (scripts/setup.sh --checks)")
            return
        }
        let folder = CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let plan = folder + "/revision.json"
        try PlanFixture.write(try PlanFixture.revised2014(), to: plan)
        let written = try CommandRunner.run(["overview", plan, "-o", folder + "/overview.xlsx"])
        try #require(written.status == 0, "\(written.error)")
        let convert = try Subprocess.run(
            soffice,
            [
                "-env:UserInstallation=file://" + folder + "/lo-profile", "--headless", "--norestore", "--convert-to", "pdf",
                "--outdir", folder, folder + "/overview.xlsx",
            ],
            environment: ["HOME": folder])
        #expect(convert.status == 0)
        let pdf = folder + "/overview.pdf"
        try #require(FileManager.default.fileExists(atPath: pdf), "LibreOffice wrote no PDF")
        let boxes = try Subprocess.run(pdftotext, ["-bbox", pdf, "-"])
        #expect(boxes.status == 0)
        let pages = PDFWords.pages(boxes.output)
        #expect(pages.count >= 8, "one page or more per sheet: \(pages.count)")
        for (number, words) in pages.enumerated() {
            #expect(!words.isEmpty, "page \(number + 1) has no extractable text")
            let smallest = words.map(\.height).min() ?? 0
            #expect(smallest >= 8, "page \(number + 1): a word \(words.first { $0.height == smallest }?.text ?? "") is \(smallest) pt high")
        }
        let text = try Subprocess.run(pdftotext, ["-layout", pdf, "-"])
        let all = text.output
        #expect(all.contains("Aktiviteter"))
        // LibreOffice groups thousands by its own locale.
        #expect(all.contains("2.200.000") || all.contains("2,200,000"))
    }
}

/// The words of `pdftotext -bbox` output, page by page.
enum PDFWords {
    struct Word {
        var text: String
        var height: Double
    }

    static func pages(_ html: String) -> [[Word]] {
        var pages: [[Word]] = []
        for line in html.split(separator: "\n") {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.hasPrefix("<page ") {
                pages.append([])
            } else if trimmed.hasPrefix("<word "), !pages.isEmpty {
                func attribute(_ name: String) -> Double? {
                    guard let range = trimmed.range(of: name + "=\"") else { return nil }
                    let rest = trimmed[range.upperBound...]
                    return Double(rest.prefix { $0 != "\"" })
                }
                guard let top = attribute("yMin"), let bottom = attribute("yMax") else { continue }
                let text = trimmed.split(separator: ">").dropFirst().first.map { String($0.split(separator: "<").first ?? "") } ?? ""
                pages[pages.count - 1].append(Word(text: text, height: bottom - top))
            }
        }
        return pages
    }
}
