// libFuzzer target: the XLSX reader. Built by scripts/fuzz.sh together with
// Sources/Spreadsheet/**/*.swift as one module, so internal API is visible.
//
// Two kinds of input:
// - bytes starting with "PK" are a zip file, opened as it is (raw mode: exercises libzip's
//   handling of damaged archives and our zip limits);
// - anything else is split at each "\u{1}PART\u{1}" into the XML of up to six parts
//   (sheet1.xml, sharedStrings.xml, styles.xml, workbook.xml, workbook.xml.rels, sheet2.xml),
//   packed into a valid zip with a stored (uncompressed) entry per part, so the fuzzer's
//   mutations reach the XML handlers directly instead of dying in the zip layer. A part left
//   empty is left out of the package; the workbook and its relationships get defaults.
//
// For every input: open the workbook, read every sheet both ways (streamed and into a grid)
// and check what comes out. Any crash, sanitizer report, broken invariant (a trap) or
// timeout is a bug: the reader must answer every input with a value or an XLSXError.
import CLibZip

#if canImport(Glibc)
import Glibc
#endif

/// Small limits so a zip bomb cannot take the fuzzer's memory.
private let fuzzOptions = XLSXReadOptions(
    limits: ZipLimits(
        maxEntries: 200, maxUncompressedEntrySize: 16 << 20, maxTotalUncompressedSize: 64 << 20,
        maxCompressionRatio: 250, ratioGraceSize: 1 << 20, maxSharedFormulaText: 16 << 20),
    verifiesChecksums: false, readsFormulas: true, chunkSize: 4096)

private let partSeparator: [UInt8] = Array("\u{1}PART\u{1}".utf8)

private let defaultWorkbook = """
    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
    <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
    xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><workbookPr/>\
    <sheets><sheet name="Ark1" sheetId="1" r:id="rId1"/><sheet name="Ark2" sheetId="2" r:id="rId2"/></sheets>\
    <definedNames><definedName name="Budget">Ark1!$A$1:$C$3</definedName></definedNames></workbook>
    """

private let defaultWorkbookRels = """
    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>\
    <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet2.xml"/>\
    <Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>\
    <Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>\
    </Relationships>
    """

private let packageRels = """
    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>\
    </Relationships>
    """

private let contentTypes = """
    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
    <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
    <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
    <Default Extension="xml" ContentType="application/xml"/></Types>
    """

/// Splits `bytes` at every occurrence of `separator`.
private func split(_ bytes: UnsafeBufferPointer<UInt8>, at separator: [UInt8]) -> [[UInt8]] {
    var parts: [[UInt8]] = []
    var start = 0
    var i = 0
    while i + separator.count <= bytes.count {
        var match = true
        for k in 0..<separator.count where bytes[i + k] != separator[k] {
            match = false
            break
        }
        if match {
            parts.append(Array(bytes[start..<i]))
            i += separator.count
            start = i
        } else {
            i += 1
        }
    }
    parts.append(Array(bytes[start..<bytes.count]))
    return parts
}

/// A zip holding `entries` (name, bytes), every entry stored, built in memory with libzip.
private func storedZip(_ entries: [(String, [UInt8])]) -> [UInt8] {
    var error = zip_error_t()
    zip_error_init(&error)
    defer { zip_error_fini(&error) }
    guard let source = zip_source_buffer_create(nil, 0, 0, &error) else { fatalError("zip source") }
    zip_source_keep(source)
    defer { zip_source_free(source) }
    guard let archive = zip_open_from_source(source, ZIP_TRUNCATE, &error) else { fatalError("zip open") }
    for (name, bytes) in entries {
        let copy = malloc(max(bytes.count, 1))!
        bytes.withUnsafeBytes { raw in
            if let base = raw.baseAddress { copy.copyMemory(from: base, byteCount: raw.count) }
        }
        guard let data = zip_source_buffer(archive, copy, UInt64(bytes.count), 1) else { fatalError("zip data") }
        let index = zip_file_add(archive, name, data, zip_flags_t(ZIP_FL_ENC_UTF_8 | ZIP_FL_OVERWRITE))
        if index < 0 {
            zip_source_free(data)
            continue
        }
        zip_set_file_compression(archive, UInt64(index), ZIP_CM_STORE, 0)
    }
    guard zip_close(archive) == 0 else { fatalError("zip close") }
    var stat = zip_stat_t()
    zip_stat_init(&stat)
    zip_source_stat(source, &stat)
    var out = [UInt8](repeating: 0, count: Int(stat.size))
    zip_source_open(source)
    _ = out.withUnsafeMutableBytes { zip_source_read(source, $0.baseAddress, UInt64($0.count)) }
    zip_source_close(source)
    return out
}

/// The package a structured input describes.
private func package(from input: UnsafeBufferPointer<UInt8>) -> [UInt8] {
    let parts = split(input, at: partSeparator)
    func part(_ i: Int) -> [UInt8]? { i < parts.count && !parts[i].isEmpty ? parts[i] : nil }
    var entries: [(String, [UInt8])] = [
        ("[Content_Types].xml", Array(contentTypes.utf8)),
        ("_rels/.rels", Array(packageRels.utf8)),
        ("xl/workbook.xml", part(3) ?? Array(defaultWorkbook.utf8)),
        ("xl/_rels/workbook.xml.rels", part(4) ?? Array(defaultWorkbookRels.utf8)),
    ]
    if let sheet = part(0) { entries.append(("xl/worksheets/sheet1.xml", sheet)) }
    if let strings = part(1) { entries.append(("xl/sharedStrings.xml", strings)) }
    if let styles = part(2) { entries.append(("xl/styles.xml", styles)) }
    if let sheet = part(5) { entries.append(("xl/worksheets/sheet2.xml", sheet)) }
    return storedZip(entries)
}

/// Traps (so libFuzzer reports the input) when `condition` is false.
@inline(__always)
private func require(_ condition: @autoclosure () -> Bool, _ message: @autoclosure () -> String) {
    if !condition() { fatalError("invariant broken: \(message())") }
}

/// Checks that a grid is what the reader promises: rows ascending, cells ascending, all in bounds.
private func check(_ grid: SheetGrid) {
    var previousRow = Int.min
    for row in grid.rows {
        require(row.index > previousRow, "rows out of order: \(row.index) after \(previousRow)")
        require(row.index >= -1 && row.index <= CellAddress.maxRow, "row index \(row.index)")
        previousRow = row.index
        var previousColumn = -1
        for cell in row.cells {
            require(cell.column > previousColumn, "cells out of order in row \(row.index)")
            require(cell.column <= CellAddress.maxColumn, "column \(cell.column)")
            previousColumn = cell.column
            switch cell.value {
            case .date(let date): _ = date.description
            case .string(let text): _ = text.utf8.count
            default: break
            }
        }
    }
    for range in grid.mergedRanges {
        require(range.start.row >= -1 && range.end.row <= CellAddress.maxRow, "merged rows")
        require(range.start.column >= 0 && range.end.column <= CellAddress.maxColumn, "merged columns")
    }
}

/// Row equality where a NaN equals a NaN (`<v>nan</v>` reads as `.number(.nan)`).
private func same(_ a: [Row], _ b: [Row]) -> Bool {
    guard a.count == b.count else { return false }
    for (x, y) in zip(a, b) {
        guard x.index == y.index, x.cells.count == y.cells.count else { return false }
        for (p, q) in zip(x.cells, y.cells) {
            guard p.column == q.column, p.formula == q.formula, p.numberFormat == q.numberFormat else { return false }
            if case .number(let u) = p.value, case .number(let v) = q.value, u.isNaN && v.isNaN { continue }
            guard p.value == q.value else { return false }
        }
    }
    return true
}

/// Touches both messages of an error (building them must never fail).
private func describe(_ error: XLSXError) {
    require(!error.description.isEmpty && !error.danishDescription.isEmpty, "empty error message")
}

private func read(_ bytes: [UInt8]) {
    let workbook: XLSXWorkbook
    do {
        workbook = try XLSXWorkbook(bytes: bytes, options: fuzzOptions)
    } catch {
        describe(error)
        return
    }
    for sheet in workbook.sheets {
        require(workbook.sheet(named: sheet.name) != nil, "sheet named '\(sheet.name)' not found")
        do {
            _ = try workbook.dimension(ofSheet: sheet.index)
            let grid = try workbook.readSheet(at: sheet.index)
            check(grid)
            // Streaming gives the same cells (the reader recycles cell arrays between chunks).
            var streamed: [Row] = []
            try workbook.forEachRow(inSheet: sheet.index) { streamed.append($0) }
            require(same(XLSXWorkbook.normalized(streamed), grid.rows), "streamed rows differ from readSheet")
        } catch let error as XLSXError {
            describe(error)
        } catch {
            fatalError("not an XLSXError: \(error)")
        }
    }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzXLSX(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data else { return 0 }
    let input = UnsafeBufferPointer(start: data, count: size)
    let bytes = size >= 2 && input[0] == 0x50 && input[1] == 0x4B ? Array(input) : package(from: input)
    // FUZZ_XLSX_PACKAGE=path (with `scripts/fuzz.sh replay xlsx INPUT`) saves the package an
    // input stands for, so a find can be kept as a real .xlsx under the test fixtures.
    if let path = getenv("FUZZ_XLSX_PACKAGE"), let file = fopen(path, "wb") {
        _ = bytes.withUnsafeBytes { fwrite($0.baseAddress, 1, $0.count, file) }
        fclose(file)
    }
    read(bytes)
    return 0
}
