/// Reads amounts as people type them in Danish and English spreadsheets and exports.
///
/// | text | kroner | notes |
/// |---|---|---|
/// | `1.490.000`, `1490000`, `1 490 000` | 1490000 | |
/// | `1.490.000,50` | 1490000.50 | Danish |
/// | `1,490,000.50` | 1490000.50 | English |
/// | `30.000.` | 30000 | sloppy trailing dot, ambiguous |
/// | `40 t.kr.` | 40000 | unit in text |
/// | `1,5 mio. kr.` | 1500000 | unit in text |
/// | `kr. 40.000`, `40.000 kr.`, `DKK 40.000` | 40000 | currency; `40.000` alone is ambiguous |
/// | `40.000,-` | 40000 | `,-` (no øre) is Danish, so not ambiguous |
/// | `-`, `–`, empty | 0 | dash / empty as zero |
/// | `(1.000)`, `1.000-`, `÷ 1.000`, `-1.000` | -1000 | parentheses / trailing minus |
/// | `1.500`, `1,500` | 1500 or 1.5 | ambiguous: the locale decides (Danish by default) |
///
/// Rules for the separators:
/// - spaces (also no-break and thin spaces) and `'` only group thousands;
/// - with both `.` and `,`, the last one is the decimal separator and the other groups
///   thousands (`1.490,50` Danish, `1,490.50` English);
/// - one kind, several times, groups thousands (`1.490.000` Danish, `1,490,000` English);
/// - one separator once is a decimal separator (`2,5` Danish, `2.5` English), except with
///   exactly three digits after it and one to three before (not starting with 0): then it
///   is ``AmountNote/ambiguous`` and `locale` (Danish by default) decides;
/// - groups after the first must have three digits.
///
/// Units (`kr.`, `DKK`, `t.kr.`, `tkr`, `mio.`, `mio. kr.`, `mia.`…) may stand before or after
/// the number; thousands, millions and billions multiply the value. Nothing passes
/// through floating point: values are ``ExactDecimal``s whose digits fit in 64 bits.
/// Text with anything else in it (`ca. 5`, `12 %`, `31-12-2013`) is not an amount.
public enum AmountParser {
    /// Parses an amount.
    ///
    /// - Parameters:
    ///   - text: The text of a cell or field.
    ///   - locale: The notation that settles ambiguous texts such as `1.500`; usually
    ///     ``AmountColumnLocale/locale`` of the text's column. Danish when `nil`.
    /// - Throws: ``AmountParseError`` when the text is not an amount.
    public static func parse(_ text: String, locale: AmountLocale? = nil) throws(AmountParseError) -> ParsedAmountText {
        var notes: Set<AmountNote> = []
        var negative = false
        var scalars = Array(AmountText.normalized(text).unicodeScalars)
        trim(&scalars)
        if scalars.isEmpty {
            return ParsedAmountText(text: text, value: .zero, unit: .kroner, locale: .unknown, notes: [.emptyAsZero], alternative: nil)
        }
        if scalars.first == "(" && scalars.last == ")" && scalars.count >= 2 {
            negative = true
            notes.insert(.parenthesesNegative)
            scalars = Array(scalars[1..<(scalars.count - 1)])
            trim(&scalars)
        }
        guard let firstDigit = scalars.firstIndex(where: isDigit), let lastDigit = scalars.lastIndex(where: isDigit) else {
            return try dashZero(text, scalars, notes: notes)
        }
        var coreStart = firstDigit
        // A leading decimal separator (".5", ",5") belongs to the number unless it ends a word ("kr.5").
        if coreStart > 0 && (scalars[coreStart - 1] == "." || scalars[coreStart - 1] == ",")
            && (coreStart == 1 || !AmountText.isLetter(scalars[coreStart - 2]))
        {
            coreStart -= 1
        }
        let core = Array(scalars[coreStart...lastDigit])
        var prefix = Array(scalars[..<coreStart])
        var suffix = Array(scalars[(lastDigit + 1)...])

        // Signs: "-40", "- kr. 40", "kr. -40", "÷ 40", "40-".
        var minusCount = 0
        prefix.removeAll { scalar in
            if scalar == "-" || scalar == "÷" {
                minusCount += 1
                return true
            }
            return scalar == "+"
        }
        trim(&suffix)
        if suffix.first == "," && suffix.count >= 2 && suffix[1] == "-" {
            notes.insert(.dashForOre)
            suffix.removeFirst(2)
        } else if suffix.first == "." && (suffix.count == 1 || suffix[1] == " ") {
            notes.insert(.sloppyTrailingDot)
            suffix.removeFirst()
        }
        trim(&suffix)
        if suffix.first == "-" {
            minusCount += 1
            notes.insert(.trailingMinus)
            suffix.removeFirst()
            trim(&suffix)
        }
        if minusCount > 1 { throw AmountParseError(text: text, reason: .unexpectedText("-")) }
        if minusCount == 1 { negative.toggle() }

        // Units and currency on either side.
        var unit = AmountUnit.kroner
        for phrase in [prefix, suffix] {
            let phraseText = String(String.UnicodeScalarView(phrase)).trimmingSpaces
            guard let found = AmountUnit.ofPhrase(phraseText) else {
                throw AmountParseError(text: text, reason: .unexpectedText(phraseText))
            }
            if found.currency { notes.insert(.currencyInText) }
            if found.unit != .kroner {
                if unit != .kroner && unit != found.unit { throw AmountParseError(text: text, reason: .conflictingUnits) }
                unit = found.unit
                notes.insert(.unitInText)
            }
        }

        // The number itself.
        let reading = try readNumber(core, text: text)
        var value: ExactDecimal
        var alternative: ExactDecimal?
        switch reading {
        case .plain(let decimal, let evidence):
            value = decimal
            return try finish(text, value: value, alternative: nil, unit: unit, negative: negative, evidence: evidence, notes: notes)
        case .ambiguous(let danish, _) where notes.contains(.dashForOre):
            // "40.000,-" is Danish writing: the point groups thousands.
            return try finish(text, value: danish, alternative: nil, unit: unit, negative: negative, evidence: .danish, notes: notes)
        case .ambiguous(let danish, let english):
            notes.insert(.ambiguous)
            if (locale ?? .danish) == .danish {
                value = danish
                alternative = english
            } else {
                value = english
                alternative = danish
            }
            return try finish(text, value: value, alternative: alternative, unit: unit, negative: negative, evidence: .unknown, notes: notes)
        }
    }

    private static func finish(
        _ text: String, value: ExactDecimal, alternative: ExactDecimal?, unit: AmountUnit, negative: Bool,
        evidence: AmountLocaleEvidence, notes: Set<AmountNote>
    ) throws(AmountParseError) -> ParsedAmountText {
        guard var scaled = value.multiplied(byPowerOfTen: unit.powerOfTen) else {
            throw AmountParseError(text: text, reason: .tooLarge)
        }
        var other = alternative.flatMap { $0.multiplied(byPowerOfTen: unit.powerOfTen) }
        if negative {
            scaled = scaled.negated
            other = other?.negated
        }
        var notes = notes
        if scaled.hundredths == nil { notes.insert(.belowOre) }
        return ParsedAmountText(text: text, value: scaled, unit: unit, locale: evidence, notes: notes.sorted(), alternative: other)
    }

    /// Empty-looking amounts: a dash (with or without a unit) is zero.
    private static func dashZero(_ text: String, _ scalars: [Unicode.Scalar], notes: Set<AmountNote>) throws(AmountParseError) -> ParsedAmountText {
        var dashes = 0
        var rest: [Unicode.Scalar] = []
        for scalar in scalars {
            if scalar == "-" || scalar == "—" { dashes += 1 } else if scalar != "," { rest.append(scalar) }
        }
        let phrase = String(String.UnicodeScalarView(rest)).trimmingSpaces
        guard dashes > 0, let found = AmountUnit.ofPhrase(phrase) else {
            throw AmountParseError(text: text, reason: .noDigits)
        }
        var notes = notes
        notes.insert(.dashAsZero)
        if found.currency { notes.insert(.currencyInText) }
        return ParsedAmountText(text: text, value: .zero, unit: found.unit, locale: .unknown, notes: notes.sorted(), alternative: nil)
    }

    enum Reading {
        case plain(ExactDecimal, AmountLocaleEvidence)
        case ambiguous(danish: ExactDecimal, english: ExactDecimal)
    }

    /// Reads digits and separators (the text between the first and the last digit).
    static func readNumber(_ core: [Unicode.Scalar], text: String) throws(AmountParseError) -> Reading {
        var groups: [[UInt8]] = [[]]
        var separators: [Unicode.Scalar] = []
        for scalar in core {
            if isDigit(scalar) {
                groups[groups.count - 1].append(UInt8(scalar.value - 48))
            } else if scalar == "." || scalar == "," || scalar == " " || scalar == "'" {
                if groups[groups.count - 1].isEmpty && !(separators.isEmpty && groups.count == 1) {
                    throw AmountParseError(text: text, reason: .badGrouping)  // two separators in a row
                }
                separators.append(scalar)
                groups.append([])
            } else {
                throw AmountParseError(text: text, reason: .unexpectedText(String(scalar)))
            }
        }
        let bad = AmountParseError(text: text, reason: .badGrouping)
        func grouped(_ groups: ArraySlice<[UInt8]>) -> Bool {
            guard let first = groups.first, (1...3).contains(first.count) else { return false }
            return groups.dropFirst().allSatisfy { $0.count == 3 }
        }
        func number(_ integer: ArraySlice<[UInt8]>, _ fraction: [UInt8]) throws(AmountParseError) -> ExactDecimal {
            let digits = integer.flatMap { $0 } + fraction
            var significant = digits.drop { $0 == 0 }
            if significant.count > 19 { throw AmountParseError(text: text, reason: .tooLarge) }
            // Up to 19 digits, as long as they fit in 64 bits: every amount the parser can
            // produce (1.694.216.573 mia. is 1694216573000000000) can be read back as written.
            var value: Int64 = 0
            while let digit = significant.popFirst() {
                let (times10, overflow) = value.multipliedReportingOverflow(by: 10)
                let (sum, carry) = times10.addingReportingOverflow(Int64(digit))
                if overflow || carry { throw AmountParseError(text: text, reason: .tooLarge) }
                value = sum
            }
            return ExactDecimal(significand: value, fractionDigits: fraction.count)
        }

        if separators.isEmpty { return .plain(try number(groups[...], []), .unknown) }
        let spacing = separators.filter { $0 == " " || $0 == "'" }
        if Set(spacing).count > 1 { throw bad }
        let marks = separators.enumerated().filter { $0.element == "." || $0.element == "," }
        if marks.isEmpty {
            guard grouped(groups[...]) else { throw bad }
            return .plain(try number(groups[...], []), .unknown)
        }
        let kinds = Set(marks.map(\.element))
        let last = marks.last!
        // Only spaces may group when the last mark is not the last separator.
        if last.offset != separators.count - 1 { throw bad }
        if kinds.count == 2 {
            // 1.490.000,50 / 1,490,000.50: the last mark is the decimal separator.
            let grouping = marks.dropLast()
            guard grouping.allSatisfy({ $0.element != last.element }), spacing.isEmpty else { throw bad }
            let integer = groups[0...last.offset]
            guard grouped(integer), !groups[last.offset + 1].isEmpty else { throw bad }
            let value = try number(integer, groups[last.offset + 1])
            return .plain(value, last.element == "," ? .danish : .english)
        }
        let mark = last.element
        if marks.count > 1 {
            // 1.490.000 / 1,490,000: thousands only.
            guard spacing.isEmpty, grouped(groups[...]) else { throw bad }
            return .plain(try number(groups[...], []), mark == "." ? .danish : .english)
        }
        // One mark, once.
        let integer = groups[0...last.offset]
        let fraction = groups[last.offset + 1]
        let decimalEvidence: AmountLocaleEvidence = mark == "," ? .danish : .english
        if !spacing.isEmpty || integer.count > 1 {
            guard grouped(integer) else { throw bad }
            return .plain(try number(integer, fraction), decimalEvidence)
        }
        let head = integer.first!
        if fraction.count == 3 && (1...3).contains(head.count) && head.first != 0 {
            let asDecimal = try number(integer, fraction)
            let asThousands = try number(groups[...], [])
            return mark == "."
                ? .ambiguous(danish: asThousands, english: asDecimal)
                : .ambiguous(danish: asDecimal, english: asThousands)
        }
        return .plain(try number(integer, fraction), decimalEvidence)
    }

    @inline(__always)
    static func isDigit(_ scalar: Unicode.Scalar) -> Bool { scalar.value >= 48 && scalar.value <= 57 }

    private static func trim(_ scalars: inout [Unicode.Scalar]) {
        // One cut at the front: removing the scalars one by one moves the rest each time.
        let isSpace = { (scalar: Unicode.Scalar) in scalar == " " || scalar == "\n" || scalar == "\r" }
        if let first = scalars.first, isSpace(first) {
            scalars.removeSubrange(0..<(scalars.firstIndex { !isSpace($0) } ?? scalars.count))
        }
        while let last = scalars.last, isSpace(last) { scalars.removeLast() }
    }
}
