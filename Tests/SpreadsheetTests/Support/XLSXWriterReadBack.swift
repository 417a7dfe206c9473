import Foundation

@testable import Spreadsheet

/// A workbook as read back from a file the writer produced.
struct ReadBackWorkbook {
    var dateSystem: DateSystem
    var sheets: [SheetGrid]
}

/// Reads a written workbook back, for the round-trip tests.
///
/// The round-trip tests only see this protocol, so the reading side is switched in
/// one line (``WriterRoundTripReader/current``).
protocol WorkbookReadBack: Sendable {
    /// A short name for messages.
    var name: String { get }
    /// Why the reader cannot run here, or `nil` when it can.
    var unavailableReason: String? { get }
    /// How far a date serial may move in the round trip (in days).
    var dateTolerance: Double { get }
    func read(_ path: String) throws -> ReadBackWorkbook
}

enum WriterRoundTripReader {
    /// The reader the round-trip tests use: the package's own ``XLSXWorkbook``.
    /// (`OpenpyxlReadBack()` reads the same files with openpyxl.)
    static let current: any WorkbookReadBack = XLSXWorkbookReadBack()
}

/// Reads a workbook with the package's own reader, ``XLSXWorkbook``.
struct XLSXWorkbookReadBack: WorkbookReadBack {
    var name: String { "XLSXWorkbook" }
    var unavailableReason: String? { nil }
    /// Serials are written in their shortest exact form and parsed back exactly.
    var dateTolerance: Double { 0 }

    func read(_ path: String) throws -> ReadBackWorkbook {
        let workbook = try XLSXWorkbook(path: path)
        let sheets = try workbook.sheets.map { info throws(XLSXError) in try workbook.readSheet(at: info.index) }
        return ReadBackWorkbook(dateSystem: workbook.dateSystem, sheets: sheets)
    }
}

/// Reads a workbook with openpyxl (in a python3 subprocess) into `SheetGrid`s.
///
/// openpyxl does not decode the `_xHHHH_` escapes of the format the way Excel,
/// LibreOffice and calamine do (in shared strings it only drops `x005F_`, in inline
/// strings nothing), so the dump reads the raw text and decodes every escape with
/// openpyxl's own `unescape`, as Excel does.
struct OpenpyxlReadBack: WorkbookReadBack {
    var name: String { "openpyxl" }

    var unavailableReason: String? {
        WriterTestSupport.hasOpenpyxl ? nil : "python3 with openpyxl is not installed"
    }

    /// openpyxl turns serials into datetimes with microsecond resolution and back.
    var dateTolerance: Double { 1e-8 }

    static let script = #"""
        import json, sys, datetime, openpyxl
        from openpyxl.utils.escape import unescape
        from openpyxl.utils.datetime import to_excel
        import openpyxl.reader.excel as excel_reader, openpyxl.reader.strings as strings_reader
        def raw_string_table(xml_source):
            tag = "{%s}si" % strings_reader.SHEET_MAIN_NS
            table = []
            for _, node in strings_reader.iterparse(xml_source):
                if node.tag == tag:
                    table.append(strings_reader.Text.from_tree(node).content)
                    node.clear()
            return table
        excel_reader.read_string_table = raw_string_table
        path = sys.argv[1]
        full = openpyxl.load_workbook(path)
        cached = openpyxl.load_workbook(path, data_only=True)
        out = {"date1904": cached.epoch.year == 1904, "sheets": []}
        for ws_f, ws_v in zip(full.worksheets, cached.worksheets):
            cells = []
            for key in sorted(ws_v._cells):  # only the stored cells (iter_rows would walk the whole rectangle)
                c = ws_v._cells[key]
                v = c.value
                fc = ws_f._cells.get(key)
                formula = fc.value[1:] if fc is not None and fc.data_type == "f" and isinstance(fc.value, str) else None
                if v is None and formula is None:
                    continue
                fmt = c.number_format
                if v is None:
                    kind, val = "empty", None
                elif isinstance(v, bool):
                    kind, val = "b", v
                elif isinstance(v, (datetime.datetime, datetime.date, datetime.time, datetime.timedelta)):
                    kind, val = "d", repr(float(to_excel(v, cached.epoch)))
                elif isinstance(v, int):
                    kind, val = "i", str(v)
                elif isinstance(v, float):
                    kind, val = "n", repr(v)
                elif c.data_type == "e":
                    kind, val = "e", v
                else:
                    kind, val = "s", unescape(v)
                cells.append([c.row - 1, c.column - 1, kind, val, formula, fmt])
            merges = [str(r) for r in ws_f.merged_cells.ranges]
            out["sheets"].append({"name": ws_f.title, "cells": cells, "merges": merges})
        sys.stdout.write(json.dumps(out))
        """#

    private struct Dump: Decodable {
        var date1904: Bool
        var sheets: [SheetDump]
    }

    private struct SheetDump: Decodable {
        var name: String
        var cells: [CellDump]
        var merges: [String]
    }

    private struct CellDump: Decodable {
        var row: Int
        var column: Int
        var kind: String
        var text: String?
        var flag: Bool?
        var formula: String?
        var format: String?

        init(from decoder: Decoder) throws {
            var container = try decoder.unkeyedContainer()
            row = try container.decode(Int.self)
            column = try container.decode(Int.self)
            kind = try container.decode(String.self)
            if kind == "b" {
                flag = try container.decode(Bool.self)
            } else {
                text = try container.decodeIfPresent(String.self)
            }
            formula = try container.decodeIfPresent(String.self)
            format = try container.decodeIfPresent(String.self)
        }
    }

    func read(_ path: String) throws -> ReadBackWorkbook {
        let python = TestEnvironment.executable(named: "python3") ?? "/usr/bin/python3"
        let result = try WriterTestSupport.run(python, ["-c", Self.script, path])
        guard result.status == 0 else { throw ReadBackError(message: "openpyxl failed: \(result.output)") }
        let dump = try JSONDecoder().decode(Dump.self, from: Data(result.output.utf8))
        let system: DateSystem = dump.date1904 ? .date1904 : .date1900
        var sheets: [SheetGrid] = []
        for sheet in dump.sheets {
            var rows: [Int: [Cell]] = [:]
            for cell in sheet.cells {
                let value: CellValue
                switch cell.kind {
                case "b": value = .bool(cell.flag ?? false)
                case "i": value = Int64(cell.text ?? "").map { .integer($0) } ?? .number(Double(cell.text ?? "") ?? .nan)
                case "n": value = .number(Double(cell.text ?? "") ?? .nan)
                case "d": value = .date(SpreadsheetDate(serial: Double(cell.text ?? "") ?? .nan, system: system))
                case "e": value = .error(cell.text ?? "")
                case "s": value = .string(cell.text ?? "")
                default: value = .empty
                }
                rows[cell.row, default: []].append(
                    Cell(
                        column: cell.column, value: value, formula: cell.formula,
                        numberFormat: cell.format))
            }
            let sortedRows = rows.keys.sorted().map { Row(index: $0, cells: rows[$0]!.sorted { $0.column < $1.column }) }
            sheets.append(SheetGrid(name: sheet.name, rows: sortedRows, mergedRanges: sheet.merges.compactMap { CellRange($0) }))
        }
        return ReadBackWorkbook(dateSystem: system, sheets: sheets)
    }
}

struct ReadBackError: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}
