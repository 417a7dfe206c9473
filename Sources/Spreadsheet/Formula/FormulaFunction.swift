/// The spreadsheet functions the engine computes, by their Excel names.
///
/// A function not listed here is reported as unsupported, and a volatile one
/// (``volatileNames``) as volatile: the engine never guesses their results.
enum FormulaFunction: String, Sendable, CaseIterable {
    // Aggregates
    case sum = "SUM"
    case sumif = "SUMIF"
    case sumifs = "SUMIFS"
    case sumproduct = "SUMPRODUCT"
    case subtotal = "SUBTOTAL"
    case count = "COUNT"
    case counta = "COUNTA"
    case countblank = "COUNTBLANK"
    case countif = "COUNTIF"
    case countifs = "COUNTIFS"
    case average = "AVERAGE"
    case averagea = "AVERAGEA"
    case averageif = "AVERAGEIF"
    case averageifs = "AVERAGEIFS"
    case min = "MIN"
    case max = "MAX"
    case mina = "MINA"
    case maxa = "MAXA"
    case minifs = "MINIFS"
    case maxifs = "MAXIFS"
    case product = "PRODUCT"
    case sumsq = "SUMSQ"
    case median = "MEDIAN"
    case large = "LARGE"
    case small = "SMALL"
    // Maths
    case round = "ROUND"
    case roundup = "ROUNDUP"
    case rounddown = "ROUNDDOWN"
    case int = "INT"
    case trunc = "TRUNC"
    case abs = "ABS"
    case mod = "MOD"
    case sign = "SIGN"
    case sqrt = "SQRT"
    case power = "POWER"
    case exp = "EXP"
    case ln = "LN"
    case log = "LOG"
    case log10 = "LOG10"
    case pi = "PI"
    case quotient = "QUOTIENT"
    case even = "EVEN"
    case odd = "ODD"
    case mround = "MROUND"
    case ceiling = "CEILING"
    case floor = "FLOOR"
    case fact = "FACT"
    // Logic and information
    case `if` = "IF"
    case iferror = "IFERROR"
    case ifna = "IFNA"
    case ifs = "IFS"
    case `switch` = "SWITCH"
    case choose = "CHOOSE"
    case and = "AND"
    case or = "OR"
    case not = "NOT"
    case xor = "XOR"
    case `true` = "TRUE"
    case `false` = "FALSE"
    case iserror = "ISERROR"
    case iserr = "ISERR"
    case isna = "ISNA"
    case isblank = "ISBLANK"
    case isnumber = "ISNUMBER"
    case istext = "ISTEXT"
    case isnontext = "ISNONTEXT"
    case islogical = "ISLOGICAL"
    case iseven = "ISEVEN"
    case isodd = "ISODD"
    case na = "NA"
    case n = "N"
    case t = "T"
    case type = "TYPE"
    case errorType = "ERROR.TYPE"
    // Lookup and reference
    case vlookup = "VLOOKUP"
    case hlookup = "HLOOKUP"
    case lookup = "LOOKUP"
    case index = "INDEX"
    case match = "MATCH"
    case xlookup = "XLOOKUP"
    case xmatch = "XMATCH"
    case row = "ROW"
    case column = "COLUMN"
    case rows = "ROWS"
    case columns = "COLUMNS"
    // Text
    case concatenate = "CONCATENATE"
    case concat = "CONCAT"
    case textjoin = "TEXTJOIN"
    case len = "LEN"
    case left = "LEFT"
    case right = "RIGHT"
    case mid = "MID"
    case upper = "UPPER"
    case lower = "LOWER"
    case proper = "PROPER"
    case trim = "TRIM"
    case value = "VALUE"
    case exact = "EXACT"
    case find = "FIND"
    case search = "SEARCH"
    case substitute = "SUBSTITUTE"
    case replace = "REPLACE"
    case rept = "REPT"
    case char = "CHAR"
    case code = "CODE"
    // Dates
    case date = "DATE"
    case year = "YEAR"
    case month = "MONTH"
    case day = "DAY"
    case time = "TIME"
    case hour = "HOUR"
    case minute = "MINUTE"
    case second = "SECOND"
    case weekday = "WEEKDAY"
    case edate = "EDATE"
    case eomonth = "EOMONTH"

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
