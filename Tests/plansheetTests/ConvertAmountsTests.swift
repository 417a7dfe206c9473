import Foundation
import Testing

/// `convert` types amounts by the file's notation, with a thousands format; `--text`
/// keeps text; fields that read two ways are listed.
@Suite("plansheet convert: amounts")
struct ConvertAmountsTests {
    @Test("README's example: the fsb CSV's Danish amounts become numbers with a thousands format")
    func danishAmounts() throws {
        let folder = CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let out = folder + "/fsb.xlsx"
        let result = try CommandRunner.run(["convert", "samples/partners/fsb-budget-lang.csv", out])
        #expect(result.status == 0, "\(result.error)")
        let dump = try CommandRunner.run(["dump", out])
        // "40.000" in D2, "1.490.000" further down: numbers now, not text.
        #expect(dump.output.contains("[\"D2\",\"n\",40000]"), "\(dump.output.prefix(600))")
        #expect(!dump.output.contains("\"s\",\"40.000\""))
        let sheet = try CommandRunner.run(["inspect", out])
        #expect(sheet.status == 0)

        let text = try CommandRunner.run(["convert", "samples/partners/fsb-budget-lang.csv", folder + "/tekst.xlsx", "--text"])
        #expect(text.status == 0)
        #expect(try CommandRunner.run(["dump", folder + "/tekst.xlsx"]).output.contains("[\"D2\",\"s\",\"40.000\"]"))
    }

    @Test("English notation, and a field that reads two ways is listed and kept as text")
    func englishAndAmbiguous() throws {
        let folder = CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let settled = folder + "/english.csv"
        try Data("Activity,Amount,Rate\nLights,\"1,490,000\",0.5\nTalks,\"40,000\",1.25\n".utf8).write(to: URL(fileURLWithPath: settled))
        let result = try CommandRunner.run(["convert", settled, folder + "/english.xlsx"])
        #expect(result.status == 0, "\(result.error)")
        let dump = try CommandRunner.run(["dump", folder + "/english.xlsx"]).output
        #expect(dump.contains("[\"B2\",\"n\",1490000]"), "\(dump)")
        #expect(dump.contains("[\"B3\",\"n\",40000]"))

        let unsettled = folder + "/uklar.csv"
        try Data("Aktivitet,Beløb\nLys,1.500\nMøder,2.490.000\n".utf8).write(to: URL(fileURLWithPath: unsettled))
        let listed = try CommandRunner.run(["convert", unsettled, folder + "/uklar.xlsx", "--lang", "en"])
        #expect(listed.status == 0)
        #expect(listed.error.contains("1 field can be read as a number two ways"), "\(listed.error)")
        #expect(listed.error.contains("B2 “1.500”"))
        let typed = try CommandRunner.run(["dump", folder + "/uklar.xlsx"]).output
        #expect(typed.contains("[\"B2\",\"s\",\"1.500\"]"))
        #expect(typed.contains("[\"B3\",\"n\",2490000]"))
    }

    @Test("A CR LF inside a quoted field is data: it survives reading, CSV → CSV and CSV → XLSX (csv-spectrum newlines_crlf)")
    func lineBreakInField() throws {
        let folder = CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let input = folder + "/newlines_crlf.csv"
        let bytes = Data("a,b,c\r\n1,2,3\r\n\"Once upon \r\na time\",5,6\r\n7,8,9\r\n".utf8)
        try bytes.write(to: URL(fileURLWithPath: input))
        let dump = try CommandRunner.run(["dump", input])
        #expect(dump.output.contains("[\"A3\",\"s\",\"Once upon \\r\\na time\"]"), "\(dump.output)")
        let csv = try CommandRunner.run(["convert", input, folder + "/out.csv", "--csv-format", "rfc4180"])
        #expect(csv.status == 0)
        #expect(try Data(contentsOf: URL(fileURLWithPath: folder + "/out.csv")) == bytes)
        let xlsx = try CommandRunner.run(["convert", input, folder + "/out.xlsx"])
        #expect(xlsx.status == 0)
        #expect(try CommandRunner.run(["dump", folder + "/out.xlsx"]).output.contains("\"Once upon \\r\\na time\""))
    }
}
