/// The spreadsheet functions the engine computes, by their Excel names.
///
/// A function not listed here is reported as unsupported, and a volatile one
/// (``volatileNames``) as volatile: the engine never guesses their results.
enum FormulaFunction: String, Sendable, CaseIterable {
    // Aggregates
    case sum = "SUM", sumif = "SUMIF", sumifs = "SUMIFS", sumproduct = "SUMPRODUCT", subtotal = "SUBTOTAL"
    case count = "COUNT", counta = "COUNTA", countblank = "COUNTBLANK", countif = "COUNTIF", countifs = "COUNTIFS"
    case average = "AVERAGE", averagea = "AVERAGEA", averageif = "AVERAGEIF", averageifs = "AVERAGEIFS"
    case min = "MIN", max = "MAX", mina = "MINA", maxa = "MAXA", minifs = "MINIFS", maxifs = "MAXIFS"
    case product = "PRODUCT", sumsq = "SUMSQ", median = "MEDIAN", large = "LARGE", small = "SMALL"
    // Maths
    case round = "ROUND", roundup = "ROUNDUP", rounddown = "ROUNDDOWN", int = "INT", trunc = "TRUNC"
    case abs = "ABS", mod = "MOD", sign = "SIGN", sqrt = "SQRT", power = "POWER", exp = "EXP", ln = "LN"
    case log = "LOG", log10 = "LOG10", pi = "PI", quotient = "QUOTIENT", even = "EVEN", odd = "ODD"
    case mround = "MROUND", ceiling = "CEILING", floor = "FLOOR", fact = "FACT"
    // Logic and information
    case `if` = "IF", iferror = "IFERROR", ifna = "IFNA", ifs = "IFS", `switch` = "SWITCH", choose = "CHOOSE"
    case and = "AND", or = "OR", not = "NOT", xor = "XOR", `true` = "TRUE", `false` = "FALSE"
    case iserror = "ISERROR", iserr = "ISERR", isna = "ISNA", isblank = "ISBLANK", isnumber = "ISNUMBER"
    case istext = "ISTEXT", isnontext = "ISNONTEXT", islogical = "ISLOGICAL", iseven = "ISEVEN", isodd = "ISODD"
    case na = "NA", n = "N", t = "T", type = "TYPE", errorType = "ERROR.TYPE"
    // Lookup and reference
    case vlookup = "VLOOKUP", hlookup = "HLOOKUP", lookup = "LOOKUP", index = "INDEX", match = "MATCH"
    case xlookup = "XLOOKUP", xmatch = "XMATCH"
    case row = "ROW", column = "COLUMN", rows = "ROWS", columns = "COLUMNS"
    // Text
    case concatenate = "CONCATENATE", concat = "CONCAT", textjoin = "TEXTJOIN", len = "LEN"
    case left = "LEFT", right = "RIGHT", mid = "MID", upper = "UPPER", lower = "LOWER", proper = "PROPER"
    case trim = "TRIM", value = "VALUE", exact = "EXACT", find = "FIND", search = "SEARCH"
    case substitute = "SUBSTITUTE", replace = "REPLACE", rept = "REPT", char = "CHAR", code = "CODE"
    // Dates
    case date = "DATE", year = "YEAR", month = "MONTH", day = "DAY", time = "TIME"
    case hour = "HOUR", minute = "MINUTE", second = "SECOND", weekday = "WEEKDAY", edate = "EDATE", eomonth = "EOMONTH"

    /// Functions whose result changes from one calculation to the next, or which read
    /// something other than the cells they name: reported, never computed.
    static let volatileNames: Set<String> = [
        "TODAY", "NOW", "RAND", "RANDBETWEEN", "RANDARRAY", "INDIRECT", "OFFSET", "CELL", "INFO",
    ]

    /// Every function by its name (one hash lookup instead of a comparison per case).
    static let byName: [String: FormulaFunction] = Dictionary(uniqueKeysWithValues: allCases.map { ($0.rawValue, $0) })

    /// The name without the prefixes files give newer functions (`_xlfn.XLOOKUP` → `XLOOKUP`), upper-cased.
    static func canonicalName(_ name: String) -> String {
        var upper = name.uppercased()[...]
        for prefix in ["_XLFN.", "_XLWS."] where upper.hasPrefix(prefix) { upper = upper.dropFirst(prefix.count) }
        if upper.hasPrefix("_XLWS.") { upper = upper.dropFirst(6) }
        return String(upper)
    }
}
