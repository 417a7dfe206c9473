import BenchData
import Foundation
import Testing

/// Runs the harness's own generator (`../shared/bench/benchdata.py`, read in place) and
/// compares its tables, hashes and first rows with ours.
///
/// Skips, saying so, when the harness folder is absent; with `CI=true` it fails instead.
@Suite("WideSheet against ../shared/bench/benchdata.py")
struct HarnessCrossCheckTests {
    static let harness = URL(fileURLWithPath: TestEnvironment.shared("bench"))
    static var isAvailable: Bool {
        FileManager.default.fileExists(atPath: harness.appendingPathComponent("benchdata.py").path)
    }

    static let rowsChecked = 300

    /// Prints JSON: the tables, splitmix64 of some inputs, and (when numpy is there, which
    /// `wide_columns` needs) the first rows. Without numpy the module is loaded with a stub,
    /// which its tables and its pure-Python `splitmix64` do not use.
    static let script = """
        import json, sys, types
        sys.path.insert(0, sys.argv[1])
        try:
            import numpy
            have_numpy = True
        except ImportError:
            sys.modules["numpy"] = types.ModuleType("numpy")
            have_numpy = False
        import benchdata as bd
        out = {"header": bd.HEADER, "pool": bd.POOL, "words": bd.WORDS, "depts": bd.DEPTS,
               "hashes": [[x, str(bd.splitmix64(x))] for x in range(0, 5000, 7)],
               "rows": None}
        if have_numpy:
            n = int(sys.argv[2])
            cols = bd.wide_columns(n)
            rows = []
            for r in range(n):
                row = []
                for c in range(10):
                    v = cols[c][r]
                    if v is None: row.append(["empty"])
                    elif c == 5: row.append(["date", v])
                    elif isinstance(v, bool): row.append(["bool", v])
                    elif isinstance(v, int): row.append(["int", v])
                    elif isinstance(v, float): row.append(["float", repr(v)])
                    else: row.append(["str", v])
                rows.append(row)
            out["rows"] = rows
        print(json.dumps(out, ensure_ascii=False))
        """

    @Test(
        "tables, hashes and the first rows agree with benchdata.py",
        .enabled(if: isAvailable || TestEnvironment.isCI, "../shared/bench not found (test skipped; CI=true makes this a failure)"))
    func agreesWithHarness() throws {
        try #require(HarnessCrossCheckTests.isAvailable, "../shared/bench/benchdata.py not found")
        let python = try #require(TestEnvironment.python, "python3 is not installed")
        let result = try Subprocess.run(
            python, ["-c", HarnessCrossCheckTests.script, HarnessCrossCheckTests.harness.path, String(HarnessCrossCheckTests.rowsChecked)])
        try #require(result.status == 0, "python3 could not run benchdata.py: \(result.error)")
        let data = result.outputData
        let object = try JSONSerialization.jsonObject(with: data) as? [String: Any]
        let json = try #require(object)

        #expect(json["header"] as? [String] == WideSheet.header)
        #expect(json["pool"] as? [String] == WideTexts.pool)
        #expect(json["words"] as? [String] == WideTexts.words)
        #expect(json["depts"] as? [String] == WideTexts.departments)
        let hashes = try #require(json["hashes"] as? [[Any]])
        #expect(hashes.count > 700)
        for pair in hashes {
            let x = try #require(pair[0] as? Int)
            let h = try #require((pair[1] as? String).flatMap { UInt64($0) })
            #expect(SplitMix64.hash(UInt64(x)) == h, "splitmix64(\(x))")
        }
        guard let rows = json["rows"] as? [[[Any]]] else {
            // numpy missing: the rows are covered by the fixture in WideSheetTests.
            return
        }
        #expect(rows.count == HarnessCrossCheckTests.rowsChecked)
        for (r, row) in rows.enumerated() {
            for (c, cell) in row.enumerated() {
                #expect(WideSheet.value(row: r, column: c) == (try HarnessCrossCheckTests.decode(cell)), "row \(r) column \(c)")
            }
        }
    }

    static func decode(_ cell: [Any]) throws -> WideValue {
        switch cell[0] as? String {
        case "empty": return .empty
        case "date": return .date(serial: Int64(try #require(cell[1] as? Int)))
        case "bool": return .boolean(try #require(cell[1] as? Bool))
        case "int": return .integer(Int64(try #require(cell[1] as? Int)))
        case "float": return .number(try #require((cell[1] as? String).flatMap { Double($0) }))
        default: return .text(try #require(cell[1] as? String))
        }
    }
}
