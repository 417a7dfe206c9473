import Foundation
import Testing

/// `plansheet recalc`: a workbook written by a script (formulas, no saved values) gets its
/// values, and `--check` compares saved with computed values.
@Suite("plansheet recalc")
struct RecalcCommandTests {
    static let clientCheck = TestEnvironment.shared("tools/xlsx-client-check")
    static var canRun: Bool {
        TestEnvironment.pythonWithOpenpyxl != nil || TestEnvironment.isCI
    }

    /// A budget written by openpyxl: formulas of every common kind, no cached values.
    static let script = #"""
        import sys, datetime
        from openpyxl import Workbook
        wb = Workbook()
        ws = wb.active
        ws.title = "Område 1"
        ws.append(["Aktivitet", "2024", "2025", "Nøgle"])
        ws.append(["Tovholder", 120000, 125000, "a"])
        ws.append(["Dialogmøder", 45000.5, 50000, "b"])
        ws.append(["Akutpulje", 30000, None, "c"])
        ws.append(["I alt", "=SUM(B2:B4)", "=SUM(C2:C4)", None])
        ws["E2"] = "=ROUND(B2*1.025,0)"
        ws["E3"] = '=IF(C3>B3,"op","ned")'
        ws["E4"] = '=A2&" og "&A3'
        ws["E5"] = '=SUMIF(D2:D4,"<>b",B2:B4)'
        ws["F2"] = '=VLOOKUP("b",D2:E4,2,FALSE)'
        ws["F3"] = "=DATE(2024,12,31)"
        ws["F3"].number_format = "yyyy-mm-dd"
        ws["F4"] = "=COUNTIF(B2:C4,\">=50000\")"
        ov = wb.create_sheet("Oversigt")
        ov["A1"] = "Samlet"
        ov["B1"] = "='Område 1'!B5+'Område 1'!C5"
        ov["B2"] = "=B1/2"
        ov["B3"] = "=IFERROR(B1/0,\"-\")"
        ov["B4"] = "=SUMPRODUCT('Område 1'!B2:B4,'Område 1'!C2:C4)"
        wb.save(sys.argv[1])
        """#

    @Test(
        "a script's workbook gets its computed values, and LibreOffice's recalculation agrees",
        .enabled(if: canRun, "python3 with openpyxl not found (CI=true makes this a failure)"))
    func scriptWorkbook() throws {
        let python = try #require(TestEnvironment.pythonWithOpenpyxl, "CI=true, but python3 with openpyxl is missing")
        let folder = CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let input = folder + "/script.xlsx"
        let output = folder + "/recalc.xlsx"
        let made = try Subprocess.run(python, ["-c", Self.script, input])
        #expect(made.status == 0, "\(made.error)")

        let before = try CommandRunner.run(["recalc", input, "--check", "--format", "json"])
        #expect(before.status == 0, "nothing differs when nothing is saved: \(before.error)")
        #expect(before.output.contains(#""summary":{"formulas":13,"agrees":0,"differs":0,"computed":13,"#), "\(before.output)")

        let recalc = try CommandRunner.run(["recalc", input, "-o", output])
        #expect(recalc.status == 0, "\(recalc.error)")
        let dump = try CommandRunner.run(["dump", output])
        #expect(dump.output.contains(#"["B5","n",195000.5]"#), "\(dump.output)")
        #expect(dump.output.contains(#"["E3","s","op"]"#))
        #expect(dump.output.contains(#"["E4","s","Tovholder og Dialogmøder"]"#))
        #expect(dump.output.contains(#"["E5","n",150000]"#))
        #expect(dump.output.contains(#"["F2","s","op"]"#))
        #expect(dump.output.contains(#"["F3","d","2024-12-31T00:00:00",45657]"#))
        #expect(dump.output.contains(#"["B1","n",370000.5]"#))
        #expect(dump.output.contains(#"["B3","s","-"]"#))

        let after = try CommandRunner.run(["recalc", output, "--check", "--format", "json"])
        #expect(after.status == 0)
        #expect(after.output.contains(#""summary":{"formulas":13,"agrees":13,"#), "\(after.output)")

        guard FileManager.default.isExecutableFile(atPath: Self.clientCheck) else {
            if TestEnvironment.isCI { Issue.record("CI=true, but \(Self.clientCheck) is missing") }
            return
        }
        let check = try Subprocess.run(Self.clientCheck, [output])
        #expect(check.status == 0, "xlsx-client-check:\n\(check.output)\n\(check.error)")
    }

    @Test(
        "--check: a stale saved value differs (exit 1, in the JSON at its cell); an unreadable file exits 2",
        .enabled(if: canRun, "python3 with openpyxl not found (CI=true makes this a failure)"))
    func staleAndUnreadable() throws {
        let python = try #require(TestEnvironment.pythonWithOpenpyxl, "CI=true, but python3 with openpyxl is missing")
        let folder = CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let input = folder + "/script.xlsx"
        let output = folder + "/recalc.xlsx"
        let stale = folder + "/stale.xlsx"
        #expect(try Subprocess.run(python, ["-c", Self.script, input]).status == 0)
        #expect(try CommandRunner.run(["recalc", input, "-o", output]).status == 0)
        // Edit the saved total of B5 as a program that does not recalculate would leave it.
        let edit = #"""
            import sys, zipfile, re
            src, dst = sys.argv[1], sys.argv[2]
            with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
                for item in zin.infolist():
                    data = zin.read(item.filename)
                    if item.filename == "xl/worksheets/sheet1.xml":
                        data = re.sub(rb'(<c r="B5"[^>]*><f>SUM\(B2:B4\)</f><v>)[^<]*', rb'\g<1>190000', data)
                    zout.writestr(item, data)
            """#
        #expect(try Subprocess.run(python, ["-c", edit, output, stale]).status == 0)
        let check = try CommandRunner.run(["recalc", stale, "--check", "--format", "json"])
        #expect(check.status == 1)
        #expect(
            check.output.contains(
                #"{"sheet":"Område 1","cell":"B5","formula":"SUM(B2:B4)","cached":["n",190000],"computed":["n",195000.5],"status":"differs","detail":null}"#),
            "\(check.output)")
        let text = try CommandRunner.run(["recalc", stale, "--check"])
        #expect(text.status == 1)
        #expect(text.output.contains("Område 1!B5"))

        try Data("not a workbook".utf8).write(to: URL(fileURLWithPath: folder + "/bad.xlsx"))
        #expect(try CommandRunner.run(["recalc", folder + "/bad.xlsx", "--check"]).status == 2)
        let overwrite = try CommandRunner.run(["recalc", output, "-o", output])
        #expect(overwrite.status != 0, "recalc never overwrites its input")
    }
}
