import Foundation
import Testing

/// `plansheet convert`, run as a user runs it: XLSX ↔ CSV in both directions.
@Suite("plansheet convert")
struct ConvertCommandTests {
    @Test("a Danish CSV becomes a workbook with typed numbers, and back to the same text")
    func csvToXLSXAndBack() throws {
        let folder = CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let input = folder + "/tilskud.csv"
        let text = "\u{FEFF}Aktivitet;Beløb;Andel\r\nAkutpulje;20000;0,5\r\nDialog med beboerne;30000;1,25\r\n"
        try Data(text.utf8).write(to: URL(fileURLWithPath: input))

        let toXLSX = try CommandRunner.run(["convert", input, folder + "/tilskud.xlsx"])
        #expect(toXLSX.status == 0, "\(toXLSX.error)")
        let dump = try CommandRunner.run(["dump", folder + "/tilskud.xlsx"])
        #expect(dump.output.contains(#"["B2","n",20000]"#))
        #expect(dump.output.contains(#"["C3","n",1.25]"#))
        #expect(dump.output.contains(#"["A3","s","Dialog med beboerne"]"#))

        let back = try CommandRunner.run(["convert", folder + "/tilskud.xlsx", folder + "/igen.csv"])
        #expect(back.status == 0, "\(back.error)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: folder + "/igen.csv")) == Data(text.utf8))
    }

    @Test("a sheet is chosen by name or number; an unknown sheet is refused and nothing is written")
    func sheetChoice() throws {
        let folder = CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let workbook = "samples/partners/politi-indsatsomraader-tkr.xlsx"
        let byName = try CommandRunner.run(["convert", workbook, folder + "/krim.csv", "--sheet", "Kriminalitetsmål", "--csv-format", "rfc4180"])
        #expect(byName.status == 0, "\(byName.error)")
        let csv = String(decoding: try Data(contentsOf: URL(fileURLWithPath: folder + "/krim.csv")), as: UTF8.self)
        #expect(csv.contains("Indbrud,154,139,131,123,116\r\n"))
        let byNumber = try CommandRunner.run(["convert", workbook, folder + "/krim2.csv", "--sheet", "6", "--csv-format", "rfc4180"])
        #expect(byNumber.status == 0)
        #expect(try Data(contentsOf: URL(fileURLWithPath: folder + "/krim2.csv")) == Data(csv.utf8))

        let unknown = try CommandRunner.run(["convert", workbook, folder + "/x.csv", "--sheet", "Ark9"])
        #expect(unknown.status == 2)
        #expect(unknown.error.contains("Ark9"))
        #expect(!FileManager.default.fileExists(atPath: folder + "/x.csv"))
    }

    @Test("a whole workbook converts to a workbook with every worksheet")
    func workbookToWorkbook() throws {
        let folder = CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let result = try CommandRunner.run(["convert", "samples/partners/politi-indsatsomraader-tkr.xlsx", folder + "/kopi.xlsx"])
        #expect(result.status == 0, "\(result.error)")
        let original = try CommandRunner.run(["dump", "samples/partners/politi-indsatsomraader-tkr.xlsx"])
        let copy = try CommandRunner.run(["dump", folder + "/kopi.xlsx"])
        #expect(copy.output == original.output)
    }
}
