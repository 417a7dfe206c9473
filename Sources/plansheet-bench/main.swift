import Spreadsheet

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// `plansheet-bench`: our side of the peer benchmark in `../shared/bench` (see bench/README.md).
///
///     plansheet-bench read FILE.xlsx|FILE.csv [--rows] [--no-formulas]
///     plansheet-bench write OUT.xlsx [--constant-memory] [--level N] [--rows N] [--omit-references]
///     plansheet-bench ledger OUT.xlsx|OUT.csv --first-year YYYY [--rows N]
///     plansheet-bench recalc DIR [--formulas N] [--no-libreoffice]
///
/// Each prints one JSON line in the harness's checksum contract, with `t_work` = seconds
/// after start-up.
struct BenchFailure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

let usage = """
    usage: plansheet-bench read FILE.xlsx|FILE.csv [--rows] [--no-formulas]
           plansheet-bench write OUT.xlsx [--constant-memory] [--level N] [--rows N] [--omit-references]
           plansheet-bench ledger OUT.xlsx|OUT.csv --first-year YYYY [--rows N]
           plansheet-bench recalc DIR [--formulas N] [--no-libreoffice]
    """

func fail(_ message: String) -> Never {
    FileHandleOutput.standardError(message + "\n")
    exit(2)
}

enum FileHandleOutput {
    static func standardError(_ text: String) {
        var text = text
        text.withUTF8 { _ = write(2, $0.baseAddress, $0.count) }
    }
}

func runBench(_ arguments: [String]) throws -> String {
    let start = BenchClock.now()
    guard arguments.count >= 2 else { fail(usage) }
    let command = arguments[0]
    let path = arguments[1]
    var flags = Array(arguments.dropFirst(2))
    func flag(_ name: String) -> Bool {
        guard let index = flags.firstIndex(of: name) else { return false }
        flags.remove(at: index)
        return true
    }
    func number(_ name: String) -> Int? {
        guard let index = flags.firstIndex(of: name) else { return nil }
        guard index + 1 < flags.count, let value = Int(flags[index + 1]) else { fail("\(name) needs a number\n" + usage) }
        flags.removeSubrange(index...index + 1)
        return value
    }
    switch command {
    case "read":
        let rows = flag("--rows")
        let noFormulas = flag("--no-formulas")
        guard flags.isEmpty else { fail("unknown options \(flags)\n" + usage) }
        if path.lowercased().hasSuffix(".csv") {
            return try CSVReadBench.run(path: path, start: start, rows: rows)
        }
        return try XLSXReadBench.run(path: path, start: start, options: XLSXReadOptions(readsFormulas: !noFormulas))
    case "write":
        var options = XLSXWriterOptions()
        options.sharedStrings = !flag("--constant-memory")
        if flag("--omit-references") { options.cellReferences = .whenNeeded }
        if let level = number("--level") { options.compressionLevel = level }
        let rows = number("--rows") ?? 200_000
        guard flags.isEmpty else { fail("unknown options \(flags)\n" + usage) }
        return try WriteBench.run(path: path, start: start, options: options, rows: rows)
    case "ledger":
        let rows = number("--rows") ?? 200_000
        guard let firstYear = number("--first-year") else { fail("ledger needs --first-year\n" + usage) }
        guard flags.isEmpty else { fail("unknown options \(flags)\n" + usage) }
        return try LedgerBench.run(path: path, start: start, rows: rows, firstYear: firstYear)
    case "recalc":
        let formulas = number("--formulas") ?? 100_000
        let libreOffice = !flag("--no-libreoffice")
        guard flags.isEmpty else { fail("unknown options \(flags)\n" + usage) }
        return try RecalcBench.run(folder: path, formulas: formulas, libreOffice: libreOffice)
    default:
        fail(usage)
    }
}

do {
    print(try runBench(Array(CommandLine.arguments.dropFirst())))
} catch {
    fail("plansheet-bench: \(error)")
}
