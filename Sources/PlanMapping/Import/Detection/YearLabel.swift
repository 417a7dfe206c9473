/// The years a header label names, in the forms partners write them, and the words left
/// beside them: "2013", "B2013", "B13", "Budget 2014", "2015-budget", "FY2013", "År 2013",
/// "R2012" (accounts), "2013 (t.kr.)".
///
/// A four-digit number is a year when the ``YearContext`` finds it plausible; a two-digit
/// number only right after a year prefix ("B13", "FY 13", "R12") and placed in its century
/// by the context. A prefix says what the column holds: "B" budget, "R" accounts; "FY",
/// "År" and "Year" say only that a year follows and leave no word behind.
struct YearLabel: Hashable, Sendable {
    /// The years named, in order.
    let years: [Int]
    /// The words left when years, year prefixes, numbers and unit words are taken out
    /// ("B" and "R" become "budget" and "regnskab").
    let words: [String]
    /// A two-digit year written after a prefix that could not be placed in a century (no
    /// plan period and no four-digit year in the sheet), as written ("B13").
    let unplacedTwoDigitYear: String?

    /// Prefixes that make a following two-digit number a year, and the word each leaves.
    static let prefixes: [String: String?] = [
        "b": "budget", "bud": "budget", "budget": "budget", "r": "regnskab", "regnskab": "regnskab",
        "fy": nil, "år": nil, "aar": nil, "year": nil, "finansår": nil, "budgetår": "budget", "regnskabsår": "regnskab",
    ]

    /// Reads `label` in `context`.
    init(_ label: LabelText, context: YearContext) {
        var years: [Int] = []
        var words: [String] = []
        var unplaced: String?
        let runs = Self.runs(of: label.normalized)
        var index = 0
        while index < runs.count {
            let run = runs[index]
            defer { index += 1 }
            guard run.isDigits else {
                if LabelText.unitWords.contains(run.text) { continue }
                if run.text == "i" || run.text == "in", index + 1 < runs.count, LabelText.unitWords.contains(runs[index + 1].text) {
                    continue
                }
                // A prefix directly before a year stands for the year's kind, or for nothing.
                if let meaning = Self.prefixes[run.text], index + 1 < runs.count, runs[index + 1].isDigits,
                    runs[index + 1].text.utf8.count == 2 || runs[index + 1].text.utf8.count == 4
                {
                    if let meaning { words.append(meaning) }
                    continue
                }
                words.append(run.text)
                continue
            }
            let digits = run.text
            if digits.utf8.count == 4, let value = Int(digits), context.isPlausible(value) {
                years.append(value)
            } else if digits.utf8.count == 2, index > 0, Self.prefixes[runs[index - 1].text] != nil,
                let value = Int(digits)
            {
                if let year = context.expand(twoDigit: value) {
                    years.append(year)
                } else {
                    unplaced = runs[index - 1].text.uppercased() + digits
                }
            }
        }
        self.years = years
        self.words = words
        unplacedTwoDigitYear = unplaced
    }

    /// The words joined without spaces, as ``LabelText/compact``.
    var compact: String { words.joined() }

    /// A run of letters or of digits in a normalised text.
    struct Run: Hashable {
        var text: String
        var isDigits: Bool
    }

    /// The text's words cut where letters meet digits: "b2013" → "b", "2013"; "2015budget"
    /// → "2015", "budget".
    static func runs(of normalized: String) -> [Run] {
        var runs: [Run] = []
        for word in normalized.split(separator: " ") {
            var current = ""
            var currentIsDigits = false
            for scalar in word.unicodeScalars {
                let isDigit = scalar >= "0" && scalar <= "9"
                if !current.isEmpty, isDigit != currentIsDigits {
                    runs.append(Run(text: current, isDigits: currentIsDigits))
                    current = ""
                }
                current.unicodeScalars.append(scalar)
                currentIsDigits = isDigit
            }
            if !current.isEmpty { runs.append(Run(text: current, isDigits: currentIsDigits)) }
        }
        return runs
    }
}
