import Spreadsheet

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `recalc DIR [--formulas N] [--no-libreoffice]`: writes a workbook of N formulas (row sums
/// across sheets, lookups into a rate table, sliding SUM ranges, IF/ROUND) without saved
/// values, recalculates it with the formula engine (read, compute, write the copy), and
/// does the same with LibreOffice headless (`soffice --convert-to xlsx`), timing each and
/// taking its peak memory; then compares LibreOffice's values with ours.
enum RecalcBench {
    static func run(folder: String, formulas: Int, libreOffice: Bool) throws -> String {
        let rows = max(1, formulas / 5)
        let input = folder + "/recalc-input.xlsx"
        let ours = folder + "/recalc-ours.xlsx"
        try generate(input, rows: rows)

        // Ours, in this process: read, compute, write.
        let start = BenchClock.now()
        let workbook = try XLSXWorkbook(path: input)
        let engine = try FormulaEngine(workbook: workbook)
        let readDone = BenchClock.now()
        let results = engine.evaluate()
        let computeDone = BenchClock.now()
        let check = FormulaCheck(results)
        try XLSXWriter.write(grids: results.applied(to: engine.grids), to: ours)
        let seconds = BenchClock.now() - start
        var usage = rusage()
        #if canImport(Glibc)
            getrusage(RUSAGE_SELF.rawValue, &usage)
        #else
            getrusage(RUSAGE_SELF, &usage)
        #endif
        let summary = check.summary
        var out =
            "{\"formulas\": \(check.cells.count), \"computed\": \(summary[.computed] ?? 0), "
            + "\"ours\": {\"seconds\": \(format6(seconds)), \"read\": \(format6(readDone - start)), "
            + "\"compute\": \(format6(computeDone - readDone)), \"peak_rss_mb\": \(Int(usage.ru_maxrss) / 1024)}"

        if libreOffice {
            let profile = folder + "/lo-profile"
            let loStart = BenchClock.now()
            let (status, child) = try spawn([
                "soffice", "-env:UserInstallation=file://" + profile, "--headless", "--convert-to", "xlsx",
                "--outdir", folder + "/libreoffice", input,
            ])
            let loSeconds = BenchClock.now() - loStart
            out += ", \"libreoffice\": {\"status\": \(status), \"seconds\": \(format6(loSeconds)), \"peak_rss_mb\": \(Int(child.ru_maxrss) / 1024)"
            let converted = folder + "/libreoffice/recalc-input.xlsx"
            if status == 0, let theirs = try? FormulaEngine(workbook: XLSXWorkbook(path: converted)).evaluate() {
                // Their saved values against what we computed, cell by cell.
                var agree = 0
                var differ = 0
                var firstDifference = ""
                for cell in theirs.cells {
                    guard let ourValue = results.result(sheet: cell.sheet, address: cell.address)?.outcome.value else { continue }
                    if FormulaCheck.agrees(ourValue, cell.cached) {
                        agree += 1
                    } else {
                        differ += 1
                        if firstDifference.isEmpty { firstDifference = "\(cell.sheetName)!\(cell.address.a1): ours \(ourValue), theirs \(cell.cached)" }
                    }
                }
                out += ", \"values_agree\": \(agree), \"values_differ\": \(differ), \"first_difference\": \(quoted(firstDifference))"
            }
            out += "}"
        }
        return out + "}"
    }

    /// The input: `Data` (keys and four amounts per row), `Rates` (50 rates), `Calc` (five formulas per row).
    static func generate(_ path: String, rows: Int) throws {
        let writer = try XLSXWriter(path: path)
        let data = try writer.addSheet("Data")
        for r in 1...rows {
            try data.appendRow(values: [
                .integer(Int64(r)), .integer(Int64((r * 37) % 1000)), .integer(Int64((r * 53) % 700)),
                .number(Double((r * 11) % 97) / 4), .integer(Int64((r * 7) % 300)),
            ])
        }
        let rates = try writer.addSheet("Rates")
        for r in 1...50 { try rates.appendRow(values: [.integer(Int64(r)), .number(1 + Double(r) / 100)]) }
        let calc = try writer.addSheet("Calc")
        for r in 1...rows {
            let window = max(1, r - 9)
            let formulas = [
                "SUM(Data!B\(r):E\(r))",
                "VLOOKUP(MOD(Data!A\(r),50)+1,Rates!$A$1:$B$50,2,FALSE)",
                "A\(r)*B\(r)",
                "SUM(C\(window):C\(r))",
                "IF(D\(r)>5000,ROUND(D\(r)/3,2),D\(r)-C\(r))",
            ]
            try calc.appendRow(formulas.enumerated().map { WriteCell(column: $0.offset, value: .empty, formula: $0.element) }, at: r - 1)
        }
        try writer.close()
    }

    /// Runs a program found on `PATH` to its end; its exit status and resource use.
    static func spawn(_ arguments: [String]) throws -> (Int32, rusage) {
        var pid: pid_t = 0
        var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) }
        argv.append(nil)
        defer { for pointer in argv { free(pointer) } }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        defer { posix_spawn_file_actions_destroy(&actions) }
        let spawned = posix_spawnp(&pid, arguments[0], &actions, nil, argv, environ)
        guard spawned == 0 else { throw BenchFailure("cannot start \(arguments[0]) (error \(spawned))") }
        var status: Int32 = 0
        var usage = rusage()
        _ = wait4(pid, &status, 0, &usage)
        return ((status >> 8) & 0xFF, usage)
    }
}
