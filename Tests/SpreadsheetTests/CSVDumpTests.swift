import Foundation
import Testing

@testable import Spreadsheet

@Suite("CSV dump")
struct CSVDumpTests {
    @Test("the dump has the oracle's layout plus what was detected")
    func layout() throws {
        let text = "Navn;Beløb\r\n\r\n\"a\"\"b\";\"x\ny\"\r\nØ;\r\n"
        let dump = try CSVDump.json(bytes: Array(text.utf8), name: "tilskud")
        #expect(
            dump == """
                {"date1904":false,"sheets":[
                {"name":"tilskud","state":"visible","kind":"worksheet","cells":[
                ["A1","s","Navn"],
                ["B1","s","Beløb"],
                ["A3","s","a\\"b"],
                ["B3","s","x\\ny"],
                ["A4","s","Ø"]
                ]}
                ],"csv":{"encoding":"utf-8","delimiter":";","quote":"\\"","header":true,"lineEnding":"\\r\\n"}}

                """)
    }

    @Test("an empty file has no cells; the name comes from the file")
    func emptyFile() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("tom fil.csv", [0xEF, 0xBB, 0xBF])
        let dump = try CSVDump.json(path: path)
        #expect(dump.hasPrefix("{\"date1904\":false,\"sheets\":[\n{\"name\":\"tom fil\",\"state\":\"visible\",\"kind\":\"worksheet\",\"cells\":[]}\n]"))
        #expect(dump.contains("\"encoding\":\"utf-8-sig\""))
    }

    @Test("the dump is valid JSON that holds exactly the fields read", arguments: CSVTestEncoding.allCases)
    func validJSON(_ encoding: CSVTestEncoding) throws {
        let text = "Navn\tNote\r\nSøren\t\"tab\there\"\r\n\t\"ctrl\u{1}\u{8}\u{C}\u{7F}\"\r\n"
        let bytes = try #require(encoding.encode(text))
        let dump = try CSVDump.json(bytes: bytes, name: "x")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(dump.utf8)) as? [String: Any])
        let sheets = try #require(object["sheets"] as? [[String: Any]])
        let cells = try #require(sheets.first?["cells"] as? [[String]])
        #expect(
            cells == [["A1", "s", "Navn"], ["B1", "s", "Note"], ["A2", "s", "Søren"], ["B2", "s", "tab\there"], ["B3", "s", "ctrl\u{1}\u{8}\u{C}\u{7F}"]])
        let csv = try #require(object["csv"] as? [String: Any])
        #expect(csv["encoding"] as? String == encoding.expectedName)
        #expect(csv["delimiter"] as? String == "\t")
        #expect(csv["header"] as? Bool == true)
        #expect(csv["lineEnding"] as? String == "\r\n")
    }

    @Test(
        "strings are escaped exactly like Python's json.dumps(ensure_ascii=False)",
        .enabled(if: CSVInteropTests.python != nil || TestEnvironment.isCI, "python3 is not installed: skipped"))
    func pythonEscaping() throws {
        guard let python = CSVInteropTests.python else {
            Issue.record("python3 is required when CI=true")
            return
        }
        var samples = ["plain", "æøå €", "👍🏽🇩🇰", "\"quoted\" \\ back", "\u{7F}\u{80}\u{2028}\u{2029}\u{FEFF}"]
        samples.append(String(decoding: (0..<32).map { UInt8($0) }.filter { $0 != 0 }, as: UTF8.self))
        let script = "import json, sys\nfor line in json.load(sys.stdin):\n    print(json.dumps(line, ensure_ascii=False))"
        let input = try JSONSerialization.data(withJSONObject: samples)
        let result = try Subprocess.run(python, ["-c", script], input: input)
        #expect(result.status == 0, "\(result.error)")
        let expected = result.output.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        let encoded = samples.map { text -> String in
            var out = ""
            JSONText.appendString(text, to: &out)
            return out
        }
        #expect(expected.map(String.init) == encoded)
    }
}
