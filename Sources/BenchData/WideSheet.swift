/// The benchmark's wide sheet: 200,000 data rows × 10 columns under a header row, every
/// cell a pure function of (row, column) through ``SplitMix64``.
///
/// A port of `wide_columns` in the harness's `benchdata.py` (and of the C writer's
/// `benchdata.h`), so that our writer writes bit for bit the values the peers write:
///
/// | column | header | value (`h = splitmix64(row * 16 + column)`, `row` zero-based) |
/// |---|---|---|
/// | 0 | id | integer `row + 1` |
/// | 1 | antal | integer `h % 2000001 - 1000000` |
/// | 2 | beløb | number `(h % 200000001 - 100000000) / 100` |
/// | 3 | kategori | text `pool[h % 1000]` |
/// | 4 | beskrivelse | text: three of ``WideTexts/words`` (bits 0–4, 5–9, 10–14 of `h`) joined by spaces |
/// | 5 | dato | date serial `41275 + h % 4018` (2013-01-01 … 2023-12-31) |
/// | 6 | aktiv | boolean bit 7 of `h` |
/// | 7 | pris | empty when `h % 10 == 0`, else number `((h >> 16) % 10000000) / 100` |
/// | 8 | mængde | empty when `h % 5 == 0`, else integer `(h >> 16) % 1000` |
/// | 9 | afdeling | empty when `h % 20 == 0`, else `departments[(h >> 16) % 12]` |
public enum WideSheet {
    /// Data rows of the benchmark sheet (the header row comes on top).
    public static let rowCount = 200_000
    /// Columns of every row.
    public static let columnCount = 10
    /// The header row's texts.
    public static let header = [
        "id", "antal", "beløb", "kategori", "beskrivelse", "dato", "aktiv", "pris", "mængde", "afdeling",
    ]
    /// The serial of the first date (2013-01-01 in the 1900 date system).
    public static let dateBaseSerial: Int64 = 41275
    /// How many days the dates span (up to 2023-12-31).
    public static let dateSpan: UInt64 = 4018

    /// The hash of the cell at zero-based data row `row`, column `column`.
    @inline(__always)
    public static func hash(row: Int, column: Int) -> UInt64 {
        SplitMix64.hash(UInt64(row) &* 16 &+ UInt64(column))
    }

    /// The value at zero-based data row `row` (the header is not a data row) and column `column`.
    public static func value(row: Int, column: Int) -> WideValue {
        precondition(row >= 0 && column >= 0 && column < columnCount, "WideSheet: no such cell")
        let h = hash(row: row, column: column)
        switch column {
        case 0:
            return .integer(Int64(row) + 1)
        case 1:
            return .integer(Int64(h % 2_000_001) - 1_000_000)
        case 2:
            return .number(Double(Int64(h % 200_000_001) - 100_000_000) / 100.0)
        case 3:
            return .text(WideTexts.pool[Int(h % 1000)])
        case 4:
            return .text(description(h))
        case 5:
            return .date(serial: dateBaseSerial + Int64(h % dateSpan))
        case 6:
            return .boolean((h >> 7) & 1 == 1)
        case 7:
            return h % 10 == 0 ? .empty : .number(Double(Int64((h >> 16) % 10_000_000)) / 100.0)
        case 8:
            return h % 5 == 0 ? .empty : .integer(Int64((h >> 16) % 1000))
        default:
            return h % 20 == 0 ? .empty : .text(WideTexts.departments[Int((h >> 16) % 12)])
        }
    }

    /// Fills `values` with data row `row` (zero-based), one value per column, reusing its storage.
    public static func fill(_ values: inout [WideValue], row: Int) {
        values.removeAll(keepingCapacity: true)
        for column in 0..<columnCount { values.append(value(row: row, column: column)) }
    }

    /// The three-word description of column 4 for hash `h`.
    static func description(_ h: UInt64) -> String {
        let words = WideTexts.words
        return words[Int(h & 31)] + " " + words[Int((h >> 5) & 31)] + " " + words[Int((h >> 10) & 31)]
    }

    /// The checksums a reader of the whole sheet (header included) must print.
    public static func expectedChecksum(rows: Int = rowCount) -> WideChecksum {
        var checksum = WideChecksum(nonempty: header.count, numeric: 0, cents: 0, dates: 0, booleans: 0)
        for row in 0..<rows {
            for column in 0..<columnCount {
                switch value(row: row, column: column) {
                case .empty: break
                case .integer(let v):
                    checksum.nonempty += 1
                    checksum.numeric += 1
                    checksum.cents += v * 100
                case .number(let v):
                    checksum.nonempty += 1
                    checksum.numeric += 1
                    checksum.cents += Int64((v * 100).rounded())
                case .text: checksum.nonempty += 1
                case .date:
                    checksum.nonempty += 1
                    checksum.dates += 1
                case .boolean:
                    checksum.nonempty += 1
                    checksum.booleans += 1
                }
            }
        }
        return checksum
    }
}
