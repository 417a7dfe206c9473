import Foundation
import Testing

@testable import Spreadsheet

/// Sheets are parsed on a thread of their own and the SAX events replayed to the sheet
/// handler on the caller's thread (`XMLParsePipeline`). The same sheet read through the
/// pipeline and on one thread must give the same rows, and the same error, to the field
/// (kind, part, cell, line, column, detail), for good and for broken input.
@Suite("XLSX reader: parse pipeline")
struct XLSXParsePipelineTests {
    static let part = "xl/worksheets/sheet1.xml"
    static let rowCount = 12_000

    static func rows(_ range: ClosedRange<Int>, inject: [Int: String] = [:]) -> String {
        range.map { r in
            (inject[r] ?? "") + "<row r=\"\(r)\"><c r=\"A\(r)\"><v>\(r * 3)</v></c><c r=\"B\(r)\" t=\"s\"><v>\(r % 2)</v></c>"
                + "<c r=\"C\(r)\" s=\"1\"><f>A\(r)*2</f><v>\(Double(r) / 8)</v></c>"
                + "<c r=\"D\(r)\" t=\"inlineStr\"><is><r><t xml:space=\"preserve\"> del \(r) </t></r><r><t>&amp;&#229;</t></r></is></c></row>"
        }.joined()
    }

    static func bytes(_ sheetRows: String, extra: String = "", before: String = "") -> [UInt8] {
        WorkbookFixture(sheets: [.init(name: "Ark", xml: WorkbookFixture.worksheet(sheetRows, extra: extra, before: before))]).bytes
    }

    struct Outcome {
        var rows: [Row]
        var error: XLSXError?
        var merged: [CellRange]
    }

    /// Reads the sheet part of `bytes` with a fresh sheet handler, pipelined or not.
    static func read(_ bytes: [UInt8], pipelined: Bool, options: XLSXReadOptions = XLSXReadOptions(chunkSize: 4096)) throws -> Outcome {
        let archive = try ZipArchive(source: .bytes(ByteStorage(copying: bytes)), options: options)
        let stream = try #require(try archive.openPart(part))
        let handler = WorksheetHandler(
            context: .init(
                sharedStrings: ["nul", "en"], styles: StyleTable(formats: [.general, NumberFormat(code: "0.000", isDate: false)]),
                dateSystem: .date1900, readsFormulas: true, sheetName: "Ark", part: part, headerOnly: false))
        var rows: [Row] = []
        do {
            try XMLPartReader.parse(stream, with: handler, chunkSize: options.chunkSize, pipelined: pipelined) { () throws(Never) in
                rows.append(contentsOf: handler.pendingRows)
                handler.recyclePendingRows()
            }
            handler.finishPart()
            rows.append(contentsOf: handler.pendingRows)
            return Outcome(rows: rows, error: nil, merged: handler.mergedRanges)
        } catch {
            return Outcome(rows: rows, error: error.readerError, merged: handler.mergedRanges)
        }
    }

    static func compare(_ bytes: [UInt8], options: XLSXReadOptions = XLSXReadOptions(chunkSize: 4096)) throws -> Outcome {
        let plain = try read(bytes, pipelined: false, options: options)
        let pipelined = try read(bytes, pipelined: true, options: options)
        #expect(pipelined.error == plain.error)
        if plain.error == nil {
            #expect(pipelined.rows == plain.rows)
            #expect(pipelined.merged == plain.merged)
        }
        return pipelined
    }

    @Test("a long sheet: the same rows, cells, formulas and merges")
    func longSheet() throws {
        let outcome = try XLSXParsePipelineTests.compare(
            XLSXParsePipelineTests.bytes(
                XLSXParsePipelineTests.rows(1...XLSXParsePipelineTests.rowCount),
                extra: "<mergeCells count=\"1\"><mergeCell ref=\"A1:B2\"/></mergeCells>"))
        #expect(outcome.error == nil)
        #expect(outcome.rows.count == XLSXParsePipelineTests.rowCount)
        let last = try #require(outcome.rows.last)
        #expect(last[0] == .integer(36_000))
        #expect(last[1] == .string("nul"))
        #expect(last.cell(at: 2)?.formula == "A12000*2")
        #expect(last[2] == .number(1500))
        #expect(last[3] == .string(" del 12000 &å"))
        #expect(outcome.merged.count == 1)
    }

    @Test("events larger than a block: a 300 kB attribute and a 300 kB text")
    func oversizedEvents() throws {
        let long = String(repeating: "æblehave ", count: 35_000)
        let rows =
            XLSXParsePipelineTests.rows(1...50)
            + "<row r=\"51\" spans=\"\(long)\"><c r=\"A51\" t=\"inlineStr\"><is><t>\(long)</t></is></c></row>"
            + XLSXParsePipelineTests.rows(52...60)
        let outcome = try XLSXParsePipelineTests.compare(XLSXParsePipelineTests.bytes(rows))
        #expect(outcome.rows.count == 60)
        #expect(outcome.rows[50][0] == .string(long.trimmingCharacters(in: .whitespaces)))
    }

    @Test(
        "an invalid cell reference or malformed XML deep in the sheet: same error, line and column",
        arguments: [
            ("<row r=\"8999\"><c r=\"AAAA1\"><v>1</v></c></row>", XLSXError.Kind.invalidCellReference),
            ("<x></y>", XLSXError.Kind.malformedXML),
        ])
    func brokenDeepInside(injected: String, kind: XLSXError.Kind) throws {
        let outcome = try XLSXParsePipelineTests.compare(
            XLSXParsePipelineTests.bytes(
                XLSXParsePipelineTests.rows(1...XLSXParsePipelineTests.rowCount, inject: [9000: injected])))
        #expect(outcome.error?.kind == kind)
        #expect(outcome.error?.line != nil)
        #expect(outcome.error?.column != nil)
    }

    @Test("a sheet that ends too early: same error")
    func truncated() throws {
        let xml = WorkbookFixture.worksheet(XLSXParsePipelineTests.rows(1...3000))
        let cut = String(xml.prefix(xml.count - 40))
        let bytes = WorkbookFixture(sheets: [.init(name: "Ark", xml: cut)]).bytes
        let outcome = try XLSXParsePipelineTests.compare(bytes)
        #expect(outcome.error?.kind == .malformedXML)
    }

    @Test("a wrong checksum, alone or behind a failure: same error")
    func checksum() throws {
        for inject in [[:], [9000: "<row r=\"8999\"><c r=\"1A\"><v>1</v></c></row>"], [9000: "<x></y>"]] {
            let bytes = ZipPatcher.corruptingCRC(
                of: XLSXParsePipelineTests.part,
                in: XLSXParsePipelineTests.bytes(XLSXParsePipelineTests.rows(1...XLSXParsePipelineTests.rowCount, inject: inject)))
            let outcome = try XLSXParsePipelineTests.compare(bytes)
            #expect(outcome.error?.kind == .checksumMismatch)
        }
    }

    @Test("an entity declaration: same refusal")
    func entity() throws {
        let xml =
            XLSXReaderSafetyTests.billionLaughs
            + WorkbookFixture.worksheet(XLSXParsePipelineTests.rows(1...10))
            .replacingOccurrences(of: "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n", with: "")
        let bytes = WorkbookFixture(sheets: [.init(name: "Ark", xml: xml)]).bytes
        let outcome = try XLSXParsePipelineTests.compare(bytes)
        #expect(outcome.error?.kind == .forbiddenDTD)
    }

    @Test("a size limit hit while inflating: same error")
    func limit() throws {
        // The directory claims a small size (checked on opening); the inflated bytes break the limit.
        let forged = ZipPatcher.settingUncompressedSize(
            of: XLSXParsePipelineTests.part, to: 900,
            in: XLSXParsePipelineTests.bytes(XLSXParsePipelineTests.rows(1...XLSXParsePipelineTests.rowCount)))
        let outcome = try XLSXParsePipelineTests.compare(
            forged, options: XLSXReadOptions(limits: ZipLimits(maxUncompressedEntrySize: 300_000), chunkSize: 4096))
        #expect(outcome.error?.kind == .limitExceeded(.entrySize))
    }
}
