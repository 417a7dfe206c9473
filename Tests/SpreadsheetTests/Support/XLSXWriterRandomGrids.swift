import Foundation

@testable import Spreadsheet

/// Builds random sheets full of the values that are hard to store: Unicode, control
/// characters, escapes, long texts, extreme numbers, dates in both date systems,
/// formulas with cached values of every type, and merged ranges.
struct RandomGridGenerator {
    var random: SeededGenerator
    /// The date system of the workbook the grids go into (dates are converted to it).
    let workbookDateSystem: DateSystem

    init(seed: UInt64, workbookDateSystem: DateSystem) {
        random = SeededGenerator(seed: seed)
        self.workbookDateSystem = workbookDateSystem
    }

    static let sheetNames = [
        "Ark1", "Æblemost & pærer", "O'Brien", "Data (2013)", "100%", "Sheet-ÆØÅ 🚓", "budget 2014",
        "Ünïcödé", "a", String(repeating: "x", count: 31),
    ]
    static let numberFormats: [String?] = [nil, "General", "#,##0", "0.00", "#,##0 \"kr.\"", "0%", "#,##0.00", "@"]
    static let dateFormats = ["yyyy-mm-dd", "dd-mm-yyyy", "yyyy-mm-dd hh:mm", "d-mmm-yy", "mm-dd-yy", "yyyy-mm-dd hh:mm:ss"]
    static let errors = ["#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A"]
    static let fragments: [String] = [
        "a", "B", "z", "0", "9", " ", "  ", "æ", "ø", "å", "Æ", "Ø", "Å", "é", "ü", "ß", "€", "kr.", "–", "—", "…",
        "🚓", "👮‍♀️", "😀", "🇩🇰", "&", "<", ">", "\"", "'", "&amp;", "<v>", "]]>",
        "\t", "\n", "\r", "\r\n", "\u{1}", "\u{2}", "\u{8}", "\u{B}", "\u{C}", "\u{1F}", "\u{7F}", "\u{85}", "\u{A0}",
        "\u{2028}", "\u{FEFF}", "\u{FFFE}", "\u{FFFF}", "\u{FFFD}", "\u{10FFFF}",
        "_x0041_", "_x005F_", "_X00ff_", "_x00", "_x12345_", "_x_", "x0041_", "__x0020__",
        "Natteravne", "Tryghedsvandring", "SSP", "1.490.000", "40 t.kr.", "=SUM(A1)", "-", "+", "%",
    ]
    static let extremeNumbers: [Double] = [
        0, -0.0, 1, -1, 0.1, 0.2, 0.3, 1.0 / 3.0, -2.0 / 3.0, 123.45, -987_654.321, 1e15, 1e16, -1e16, 9_007_199_254_740_994,
        9_007_199_254_740_992, 1e20, -1e-20, 1e-300, 1e300, .greatestFiniteMagnitude, -.greatestFiniteMagnitude,
        .leastNormalMagnitude, .leastNonzeroMagnitude, -.leastNonzeroMagnitude, 2.5e-7, 123_456_789.123_456_78, 0.000_001,
    ]
    static let extremeIntegers: [Int64] = [
        0, 1, -1, 42, 1_490_000, -5_000, .max, .min, .max - 1, .min + 1,
        9_007_199_254_740_993, -9_007_199_254_740_993, 999_999_999_999_999,
    ]

    mutating func int(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &random) }
    mutating func chance(_ percent: Int) -> Bool { int(0...99) < percent }
    mutating func pick<T>(_ items: [T]) -> T { items[int(0...items.count - 1)] }

    mutating func text() -> String {
        switch int(0...99) {
        case 0..<3:
            return ""
        case 3..<6:
            // Long: up to the 32,767-unit limit, sometimes exactly at it.
            let unit = pick(["a", "æ", "🚓", "_x0041_", "<&>"])
            let units = unit.utf16.count
            let limit = XLSXFormatLimits.maxTextLength / units
            let count = chance(50) ? limit : int(1000...limit)
            let body = String(repeating: unit, count: count)
            let padding = XLSXFormatLimits.maxTextLength - body.utf16.count
            return body + String(repeating: "b", count: chance(50) ? padding : 0)
        default:
            var result = ""
            for _ in 0..<int(1...12) { result += pick(Self.fragments) }
            return result
        }
    }

    mutating func number() -> Double {
        if chance(40) { return pick(Self.extremeNumbers) }
        if chance(50) { return Double(int(-100_000_000...100_000_000)) / 100 }
        while true {
            let value = Double(bitPattern: random.next())
            if value.isFinite { return value }
        }
    }

    mutating func integer() -> Int64 {
        if chance(40) { return pick(Self.extremeIntegers) }
        return Int64(bitPattern: random.next()) >> UInt64(int(0...63))
    }

    /// A date in a random system whose value the workbook's system can hold.
    mutating func date() -> SpreadsheetDate {
        let system: DateSystem = chance(50) ? .date1900 : .date1904
        let day = Double(int(1_600...2_900_000))  // 1904-05-19 onwards in both systems
        let milliseconds = chance(50) ? 0 : Double(int(0...86_399_999))
        return SpreadsheetDate(serial: day + milliseconds / 86_400_000, system: system)
    }

    /// A cell value of any kind with a number format that fits it.
    mutating func valueAndFormat() -> (CellValue, String?) {
        switch int(0...99) {
        case 0..<18: return (.integer(integer()), pick(Self.numberFormats))
        case 18..<38: return (.number(number()), pick(Self.numberFormats))
        case 38..<70: return (.string(text()), chance(80) ? nil : "@")
        case 70..<78: return (.bool(chance(50)), nil)
        case 78..<84: return (.error(pick(Self.errors)), nil)
        default: return (.date(date()), pick(Self.dateFormats))
        }
    }

    mutating func cell(column: Int) -> Cell {
        var (value, format) = valueAndFormat()
        var formula: String?
        if chance(12) {
            formula = pick(["SUM(A1:A3)", "B2*2", "IF(A1>0,\"ja\",\"nej\")", "A1&\"<&>\"", "NA()", "1/0", "TODAY()"])
            if chance(15) { value = .empty }
            if case .string(let text) = value, text.isEmpty { value = .string("") }
        }
        return Cell(column: column, value: value, formula: formula, numberFormat: format)
    }

    mutating func grids() -> [SheetGrid] {
        var names = Self.sheetNames
        var result: [SheetGrid] = []
        for _ in 0..<int(1...3) {
            let name = names.remove(at: int(0...names.count - 1))
            var rows: [Row] = []
            var rowIndex = int(0...3)
            for _ in 0..<int(1...30) {
                var cells: [Cell] = []
                var column = int(0...2)
                for _ in 0..<int(1...10) {
                    cells.append(cell(column: column))
                    column += chance(20) ? int(2...30) : 1
                }
                if chance(3) { cells.append(cell(column: CellAddress.maxColumn)) }
                rows.append(Row(index: rowIndex, cells: cells))
                rowIndex += chance(15) ? int(2...200) : 1
            }
            if chance(5) { rows.append(Row(index: CellAddress.maxRow, cells: [cell(column: 0)])) }
            var merges: [CellRange] = []
            for _ in 0..<int(0...3) {
                let start = CellAddress(row: int(0...40), column: int(0...10))
                let range = CellRange(start: start, end: CellAddress(row: start.row + int(0...3), column: start.column + int(1...3)))
                if !merges.contains(where: { XLSXSheetWriter.overlap($0, range) }) { merges.append(range) }
            }
            result.append(SheetGrid(name: name, rows: rows, mergedRanges: merges))
        }
        return result
    }
}

/// Compares what was written with what was read back.
enum RoundTripComparison {
    /// Every difference, as readable lines (empty when the round trip is exact).
    static func differences(
        written: [SheetGrid], workbookDateSystem: DateSystem, readBack: ReadBackWorkbook,
        dateTolerance: Double
    ) -> [String] {
        var problems: [String] = []
        if readBack.dateSystem != workbookDateSystem {
            problems.append("date system \(readBack.dateSystem), expected \(workbookDateSystem)")
        }
        let names = readBack.sheets.map(\.name)
        guard names == written.map(\.name) else {
            return problems + ["sheet names \(names), expected \(written.map(\.name))"]
        }
        for (expected, actual) in zip(written, readBack.sheets) {
            var expectedCells: [CellAddress: Cell] = [:]
            for row in expected.rows {
                for cell in row.cells where isStored(cell) { expectedCells[CellAddress(row: row.index, column: cell.column)] = cell }
            }
            var actualCells: [CellAddress: Cell] = [:]
            for row in actual.rows {
                for cell in row.cells { actualCells[CellAddress(row: row.index, column: cell.column)] = cell }
            }
            for (address, cell) in expectedCells.sorted(by: { $0.key < $1.key }) {
                let place = "'\(expected.name)'!\(address.a1)"
                guard let got = actualCells.removeValue(forKey: address) else {
                    problems.append("\(place): missing, expected \(describe(cell.value))")
                    continue
                }
                if !equivalent(cell.value, got.value, system: workbookDateSystem, tolerance: dateTolerance) {
                    problems.append("\(place): \(describe(got.value)), expected \(describe(cell.value))")
                }
                let expectedFormula = cell.formula.map { $0.hasPrefix("=") ? String($0.dropFirst()) : $0 }
                if expectedFormula != got.formula {
                    problems.append("\(place): formula \(got.formula ?? "nil"), expected \(expectedFormula ?? "nil")")
                }
                let expectedFormat = normalizedFormat(cell)
                if expectedFormat != (got.numberFormat ?? "General") {
                    problems.append("\(place): number format \(got.numberFormat ?? "nil"), expected \(expectedFormat)")
                }
            }
            for address in actualCells.keys.sorted() {
                problems.append("'\(expected.name)'!\(address.a1): unexpected \(describe(actualCells[address]!.value))")
            }
            if Set(expected.mergedRanges) != Set(actual.mergedRanges) {
                problems.append("'\(expected.name)': merged \(actual.mergedRanges.map(\.a1).sorted()), expected \(expected.mergedRanges.map(\.a1).sorted())")
            }
        }
        return problems
    }

    /// Whether a written cell is stored at all (empty texts and empty values are not).
    static func isStored(_ cell: Cell) -> Bool {
        if cell.formula != nil { return true }
        switch cell.value {
        case .empty: return false
        case .string(let text): return !text.isEmpty
        default: return true
        }
    }

    static func normalizedFormat(_ cell: Cell) -> String {
        if let format = cell.numberFormat { return format }
        if case .date(let date) = cell.value {
            return date.serial == date.serial.rounded(.down) ? CellStyle.NumberFormats.isoDate : CellStyle.NumberFormats.isoDateTime
        }
        return "General"
    }

    static func equivalent(_ expected: CellValue, _ actual: CellValue, system: DateSystem, tolerance: Double) -> Bool {
        switch (expected, actual) {
        case (.number(let a), .number(let b)): return a == b
        case (.number(let a), .integer(let b)): return a == Double(b) && abs(a) < 9.3e18
        case (.integer(let a), .integer(let b)): return a == b
        case (.integer(let a), .number(let b)): return Double(a) == b
        case (.date(let a), .date(let b)):
            guard b.system == system else { return false }
            return abs(expectedSerial(a, in: system) - b.serial) <= tolerance
        case (.string(let a), .string(let b)): return a == b
        case (.bool(let a), .bool(let b)): return a == b
        case (.error(let a), .error(let b)): return a == b
        case (.empty, .empty): return true
        default: return false
        }
    }

    /// The serial of `date` in `system`: the epochs are 1,462 days apart.
    static func expectedSerial(_ date: SpreadsheetDate, in system: DateSystem) -> Double {
        if date.system == system { return date.serial }
        return system == .date1904 ? date.serial - 1462 : date.serial + 1462
    }

    static func describe(_ value: CellValue) -> String {
        switch value {
        case .string(let text):
            let shown = text.count > 60 ? String(text.prefix(60)) + "…(\(text.utf16.count) units)" : text
            return "string \(shown.debugDescription)"
        case .date(let date): return "date \(date.serial) (\(date.system))"
        default: return "\(value)".isEmpty ? "empty" : "\(value) [\(value)]"
        }
    }
}

extension RandomGridGenerator {
    /// What kinds of values a set of grids holds, to show the generator covers them all.
    static func coverage(of grids: [SheetGrid]) -> Set<String> {
        var kinds: Set<String> = []
        for grid in grids {
            if !grid.mergedRanges.isEmpty { kinds.insert("merge") }
            for row in grid.rows {
                if row.index == CellAddress.maxRow { kinds.insert("last row") }
                for cell in row.cells {
                    if cell.column == CellAddress.maxColumn { kinds.insert("last column") }
                    if cell.formula != nil { kinds.insert("formula") }
                    switch cell.value {
                    case .integer(let value): kinds.insert(abs(Double(value)) > 9.007e15 ? "huge integer" : "integer")
                    case .number(let value): kinds.insert(value != 0 && abs(value) < 1e-300 ? "tiny number" : "number")
                    case .string(let text):
                        kinds.insert("string")
                        if text.utf16.count == XLSXFormatLimits.maxTextLength { kinds.insert("text at limit") }
                        if text.unicodeScalars.contains(where: { $0.value < 0x20 && $0 != "\t" && $0 != "\n" }) { kinds.insert("control") }
                        if text.contains("_x0041_") || text.contains("_x005F_") { kinds.insert("literal escape") }
                        if text.unicodeScalars.contains(where: { $0.value > 0xFFFF }) { kinds.insert("astral") }
                        if text.first == " " || text.last == " " { kinds.insert("edge space") }
                        if text.isEmpty { kinds.insert("empty text") }
                    case .bool: kinds.insert("bool")
                    case .error: kinds.insert("error")
                    case .date(let date): kinds.insert(date.system == .date1900 ? "date 1900" : "date 1904")
                    case .empty: kinds.insert("empty formula result")
                    }
                }
            }
        }
        return kinds
    }
}
