// libFuzzer target: the CSV reader (and, through the round trip, the writer). Built by
// scripts/fuzz.sh together with Sources/Spreadsheet/**/*.swift as one module.
//
// For every input:
// 1. The whole input is read with dialect detection and typed numbers, once with the
//    default chunk size and once with the smallest (64 bytes, so every record straddles
//    chunk boundaries). Both must give the same rows and summary, or the same error.
// 2. The input after its first two bytes is read with a dialect those two bytes force
//    (encoding, delimiter, quote, header, decimal separator, typing, formula guard, sep= line).
//    When that read succeeds, the rows are written with CSVWriter and read back with the
//    writer's dialect: the same rows must come out (integral doubles may come back as integers).
// Any crash, sanitizer report, broken invariant (a trap) or timeout is a bug.

/// Traps (so libFuzzer reports the input) when `condition` is false.
@inline(__always)
private func require(_ condition: @autoclosure () -> Bool, _ message: @autoclosure () -> String) {
    if !condition() { fatalError("invariant broken: \(message())") }
}

/// What one read gave: its rows and summary, or its error.
private enum Outcome: Equatable {
    case rows([Row], CSVReadSummary)
    case failure(CSVError)

    static func == (a: Outcome, b: Outcome) -> Bool {
        switch (a, b) {
        case (.rows(let x, let s), .rows(let y, let t)): return s == t && sameRows(x, y, numbersLoose: false)
        case (.failure(let e), .failure(let f)): return e == f
        default: return false
        }
    }
}

/// Whether two values are the same; `numbersLoose` lets an integral double equal its integer
/// (the writer writes 5.0 as `5`, which reads back as the integer 5).
private func sameValue(_ a: CellValue, _ b: CellValue, numbersLoose: Bool) -> Bool {
    switch (a, b) {
    case (.number(let u), .number(let v)):
        return u == v && u.sign == v.sign || (u.isNaN && v.isNaN) || (numbersLoose && u == v)
    case (.number(let u), .integer(let v)), (.integer(let v), .number(let u)):
        return numbersLoose && u == Double(v) && Double(v).isFinite
            && (u.magnitude < 9.007_199_254_740_992e15 || Int64(exactly: u) == v)
    default:
        return a == b
    }
}

private func sameRows(_ a: [Row], _ b: [Row], numbersLoose: Bool) -> Bool {
    guard a.count == b.count else { return false }
    for (x, y) in zip(a, b) {
        guard x.index == y.index, x.cells.count == y.cells.count else { return false }
        for (p, q) in zip(x.cells, y.cells) {
            guard p.column == q.column, sameValue(p.value, q.value, numbersLoose: numbersLoose) else { return false }
        }
    }
    return true
}

private func read(_ bytes: [UInt8], _ options: CSVReadOptions) -> Outcome {
    do {
        let reader = try CSVReader(bytes: bytes, options: options)
        var rows: [Row] = []
        let summary = try reader.forEachRow { rows.append($0) }
        return .rows(rows, summary)
    } catch let error as CSVError {
        require(!error.description.isEmpty && !error.danishDescription.isEmpty, "empty error message")
        return .failure(error)
    } catch {
        fatalError("not a CSVError: \(error)")
    }
}

/// Rows come one per record, numbered from 0 without gaps, cells sorted and non-empty.
private func check(_ rows: [Row], _ summary: CSVReadSummary) {
    require(rows.count == summary.rowCount, "row count \(rows.count) vs summary \(summary.rowCount)")
    for (position, row) in rows.enumerated() {
        require(row.index == position, "row \(position) has index \(row.index)")
        var previous = -1
        for cell in row.cells {
            require(cell.column > previous, "cells out of order in row \(row.index)")
            previous = cell.column
            require(!cell.value.isEmpty, "empty cell in row \(row.index)")
            if case .string(let text) = cell.value { require(!text.isEmpty, "empty string cell in row \(row.index)") }
        }
    }
}

private let encodings: [CSVEncoding?] = [nil, .utf8, .windows1252, .utf16LittleEndian, .utf16BigEndian]
private let delimiters: [Unicode.Scalar?] = [nil, ",", ";", "\t", "|"]
private let quotes: [CSVReadOptions.QuoteChoice] = [.detect, .character("\""), .character("'"), .none]

/// Options forced by two bytes.
private func forcedOptions(_ a: UInt8, _ b: UInt8) -> CSVReadOptions {
    var options = CSVReadOptions()
    options.encoding = encodings[Int(a % 5)]
    options.delimiter = delimiters[Int(a / 5 % 5)]
    options.quote = quotes[Int(a / 25 % 4)]
    options.typeNumbers = b & 1 != 0
    options.hasHeader = [nil, true, false][Int(b >> 1 & 3) % 3]
    options.decimalSeparator = [nil, .point, .comma][Int(b >> 3 & 3) % 3]
    options.stripsFormulaGuard = b & 0x20 != 0
    options.recognizesSeparatorLine = b & 0x40 != 0
    if b & 0x80 != 0 {
        options.chunkBytes = 64
        options.sampleBytes = 64
    }
    return options
}

private func roundTrip(_ rows: [Row], read summary: CSVReadSummary, options: CSVReadOptions, style: UInt8) {
    var write = CSVWriteOptions(
        delimiter: summary.dialect.delimiter, quoting: style & 1 != 0 ? .all : .minimal,
        lineEnding: [.crlf, .lf, .cr][Int((style >> 1) % 3)], byteOrderMark: style & 8 != 0,
        decimalSeparator: summary.dialect.decimalSeparator, formulaGuard: false)
    if summary.dialect.delimiter == "\"" { write.delimiter = "," }
    let bytes: [UInt8]
    do {
        bytes = try CSVWriter.encode(rows, options: write)
    } catch {
        fatalError("writing rows that were read failed: \(error)")
    }
    var back = CSVReadOptions(dialect: write.dialect)
    back.hasHeader = summary.dialect.hasHeader
    back.typeNumbers = options.typeNumbers
    back.recognizesSeparatorLine = true  // the writer must keep a first field `sep=...` from reading as a sep= line
    switch read(bytes, back) {
    case .rows(let again, _):
        require(sameRows(rows, again, numbersLoose: true),
                "round trip changed the rows:\n\(rows)\nwritten \(bytes)\nread back \(again)")
    case .failure(let error):
        fatalError("reading back what was written failed: \(error)")
    }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCSV(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data else { return 0 }
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))

    // 1. Detection; chunk boundaries must not matter.
    var detected = CSVReadOptions()
    detected.typeNumbers = true
    var tiny = detected
    tiny.chunkBytes = 64
    let whole = read(bytes, detected)
    let chunked = read(bytes, tiny)
    require(whole == chunked, "64-byte chunks read differently: \(whole) vs \(chunked)")
    if case .rows(let rows, let summary) = whole { check(rows, summary) }

    // 2. A forced dialect, then the round trip through the writer.
    guard size >= 2 else { return 0 }
    let options = forcedOptions(bytes[0], bytes[1])
    let body = Array(bytes[2...])
    if case .rows(let rows, let summary) = read(body, options) {
        check(rows, summary)
        roundTrip(rows, read: summary, options: options, style: bytes[0] ^ bytes[1])
    }
    return 0
}
