import Foundation

/// `compare.py`'s default rules in Swift: a reader's dump against the oracle's.
///
/// Numbers match when equal or within 1e-12 relative; strings, booleans and
/// error texts must be identical; `"d"` cells match by serial or by the instant
/// their ISO texts denote (within 1 ms); an empty string on one side and no cell
/// on the other is only a note.
enum OracleComparison {
    struct Result {
        var mismatches: [String] = []
        var notes: [String] = []
    }

    static func compare(oracle: Data, ours: Data) throws -> Result {
        let o = try JSONSerialization.jsonObject(with: oracle) as? [String: Any] ?? [:]
        let u = try JSONSerialization.jsonObject(with: ours) as? [String: Any] ?? [:]
        return compare(oracle: o, ours: u)
    }

    static func compare(oracle: [String: Any], ours: [String: Any]) -> Result {
        var result = Result()
        let date1904 = bool(oracle["date1904"]) ?? false
        if let ourFlag = ours["date1904"], bool(ourFlag) != date1904 {
            result.mismatches.append("date1904: oracle \(date1904), ours \(String(describing: bool(ourFlag)))")
        }
        let oSheets = oracle["sheets"] as? [[String: Any]] ?? []
        let uSheets = ours["sheets"] as? [[String: Any]] ?? []
        let oNames = oSheets.map { $0["name"] as? String ?? "" }
        let uNames = uSheets.map { $0["name"] as? String ?? "" }
        if oNames != uNames { result.mismatches.append("sheet list: oracle \(oNames), ours \(uNames)") }
        var byName: [String: [String: Any]] = [:]
        for sheet in uSheets where byName[sheet["name"] as? String ?? ""] == nil {
            byName[sheet["name"] as? String ?? ""] = sheet
        }
        for sheet in oSheets {
            let name = sheet["name"] as? String ?? ""
            let oCells = sheet["cells"] as? [[Any]] ?? []
            guard let mine = byName[name] else {
                if !oCells.isEmpty { result.mismatches.append("[\(name)] sheet missing in ours (\(oCells.count) oracle cells)") }
                continue
            }
            if let state = mine["state"] as? String, state != sheet["state"] as? String {
                result.mismatches.append("[\(name)] state: oracle \(sheet["state"] ?? "-"), ours \(state)")
            }
            if let kind = mine["kind"] as? String, let oKind = sheet["kind"] as? String, kind != oKind {
                result.mismatches.append("[\(name)] kind: oracle \(oKind), ours \(kind)")
            }
            var uCells: [String: [Any]] = [:]
            for cell in mine["cells"] as? [[Any]] ?? [] { uCells[cell[0] as? String ?? ""] = cell }
            for cell in oCells {
                let ref = cell[0] as? String ?? ""
                guard let other = uCells.removeValue(forKey: ref) else {
                    if cell[1] as? String == "s", cell[2] as? String == "" {
                        result.notes.append("[\(name)] \(ref) empty string only in oracle")
                    } else {
                        result.mismatches.append("[\(name)] \(ref) missing: oracle \(cell.dropFirst())")
                    }
                    continue
                }
                if !cellsEqual(cell, other, date1904: date1904) {
                    result.mismatches.append("[\(name)] \(ref) oracle \(cell.dropFirst()), ours \(other.dropFirst())")
                }
            }
            for (ref, cell) in uCells {
                if cell[1] as? String == "s", cell[2] as? String == "" {
                    result.notes.append("[\(name)] \(ref) empty string only in ours")
                } else {
                    result.mismatches.append("[\(name)] \(ref) extra in ours: \(cell.dropFirst())")
                }
            }
        }
        return result
    }

    static func cellsEqual(_ o: [Any], _ u: [Any], date1904: Bool) -> Bool {
        guard o.count >= 3, u.count >= 3, let type = o[1] as? String, let ourType = u[1] as? String else { return false }
        if type == "d" { return datesEqual(o, u) }
        guard ourType == type else { return false }
        switch type {
        case "n": return numbersEqual(o[2], u[2])
        case "b": return bool(o[2]) == bool(u[2]) && bool(o[2]) != nil
        default: return (o[2] as? String) == (u[2] as? String) && o[2] is String
        }
    }

    static func numbersEqual(_ a: Any, _ b: Any) -> Bool {
        if a is String || b is String { return "\(a)" == "\(b)" }
        guard let x = (a as? NSNumber)?.doubleValue, let y = (b as? NSNumber)?.doubleValue else { return false }
        if x == y { return true }
        if x.isNaN || y.isNaN { return false }
        return abs(x - y) <= 1e-12 * max(abs(x), abs(y))
    }

    static func datesEqual(_ o: [Any], _ u: [Any]) -> Bool {
        guard u[1] as? String == "d" else { return false }
        if o.count > 3, u.count > 3, o[3] is NSNumber, u[3] is NSNumber, numbersEqual(o[3], u[3]) { return true }
        guard let oISO = o[2] as? String, let uISO = u[2] as? String else { return false }
        if oISO == uISO { return true }
        guard let a = parseISO(oISO), let b = parseISO(uISO) else { return false }
        guard let bDate = b.date else {
            guard o.count > 3, let serial = (o[3] as? NSNumber)?.doubleValue else { return false }
            return serial >= 0 && serial < 1 && abs(a.ms - b.ms) <= 1
        }
        guard let aDate = a.date else { return false }
        if aDate == [1900, 2, 29] || bDate == [1900, 2, 29] { return aDate == bDate && abs(a.ms - b.ms) <= 1 }
        let diff = (days(bDate) - days(aDate)) * 86_400_000 + (b.ms - a.ms)
        return abs(diff) <= 1
    }

    private static func days(_ d: [Int]) -> Int {
        // Days from civil (proleptic Gregorian).
        let y = d[1] <= 2 ? d[0] - 1 : d[0]
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (d[1] + 9) % 12
        let doy = (153 * mp + 2) / 5 + d[2] - 1
        return era * 146_097 + yoe * 365 + yoe / 4 - yoe / 100 + doy
    }

    /// `YYYY-MM-DD`, `HH:MM[:SS[.f]]` or both → (date, ms of day).
    static func parseISO(_ text: String) -> (date: [Int]?, ms: Int)? {
        let pattern = #"^(?:(\d{4})-(\d{2})-(\d{2}))?(?:[T ]?(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?)?(Z|[+-]\d{2}:?\d{2})?$"#
        guard let regex = try? NSRegularExpression(pattern: pattern),
            let match = regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text))
        else { return nil }
        func group(_ i: Int) -> String? {
            guard let range = Range(match.range(at: i), in: text) else { return nil }
            return String(text[range])
        }
        let date = group(1).map { [Int($0)!, Int(group(2)!)!, Int(group(3)!)!] }
        var ms = 0
        if let hh = group(4) {
            ms = ((Int(hh)! * 60 + Int(group(5)!)!) * 60 + Int(group(6) ?? "0")!) * 1000
            if let fraction = group(7) { ms += Int((Double("0." + fraction)! * 1000).rounded()) }
        }
        if date == nil && group(4) == nil { return nil }
        return (date, ms)
    }

    static func bool(_ value: Any?) -> Bool? {
        if let b = value as? Bool { return b }
        if let n = value as? NSNumber { return n.boolValue }
        return nil
    }
}
