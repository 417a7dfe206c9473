// libFuzzer target: amount parsing. Built by scripts/fuzz.sh together with
// Sources/Spreadsheet/**/*.swift as one module.
//
// The input is read as UTF-8 (invalid bytes become U+FFFD) and split into lines. Each line
// is parsed in both notations, and the lines together are one column for
// AmountColumnLocale.decide. Invariants (a broken one traps, so libFuzzer keeps the input):
// - only an ambiguous text reads differently in Danish and English, and it has an alternative;
// - kroner, øre and the exact value agree;
// - a parsed amount written again, in Danish (`-1.490.000,5`), English (`-1,490,000.5`) and
//   plain (`-1490000.5`) notation, parses back to exactly the same value;
// - the column's decision is consistent with its evidence, and its indices are in range.

/// Traps (so libFuzzer reports the input) when `condition` is false.
@inline(__always)
private func require(_ condition: @autoclosure () -> Bool, _ message: @autoclosure () -> String) {
    if !condition() { fatalError("invariant broken: \(message())") }
}

/// `value` written with `group` between thousands and `decimal` before the fraction.
private func formatted(_ value: ExactDecimal, group: String, decimal: String) -> String {
    let plain = value.description  // "-1490000.5"
    var digits = Substring(plain)
    let negative = digits.hasPrefix("-")
    if negative { digits = digits.dropFirst() }
    let parts = digits.split(separator: ".", omittingEmptySubsequences: false)
    let integer = Array(parts[0])
    var grouped = ""
    for (k, character) in integer.enumerated() {
        if k > 0 && (integer.count - k) % 3 == 0 { grouped += group }
        grouped.append(character)
    }
    let fraction = parts.count > 1 ? decimal + parts[1] : ""
    return (negative ? "-" : "") + grouped + fraction
}

private func checkReformatting(_ amount: ParsedAmountText) {
    let value = amount.value
    let forms: [(String, AmountLocale)] = [
        (formatted(value, group: ".", decimal: ","), .danish),
        (formatted(value, group: ",", decimal: "."), .english),
        (formatted(value, group: "", decimal: ","), .danish),
        (formatted(value, group: "", decimal: "."), .english),
    ]
    for (text, locale) in forms {
        do {
            let again = try AmountParser.parse(text, locale: locale)
            require(again.value == value, "'\(amount.text)' = \(value), written '\(text)', reads back as \(again.value)")
        } catch {
            fatalError("'\(amount.text)' = \(value), written '\(text)' (\(locale)), does not parse back: \(error)")
        }
    }
}

private func checkAmount(_ text: String) {
    let danish: ParsedAmountText
    let english: ParsedAmountText
    do {
        danish = try AmountParser.parse(text, locale: .danish)
    } catch {
        require(!error.description.isEmpty && !error.danishDescription.isEmpty, "empty error message")
        // Not an amount in Danish: then not in English either (the locale only settles ambiguity).
        require((try? AmountParser.parse(text, locale: .english)) == nil, "'\(text)' parses only in English")
        return
    }
    do {
        english = try AmountParser.parse(text, locale: .english)
    } catch {
        fatalError("'\(text)' parses in Danish but not in English: \(error)")
    }
    let unlocalized = try? AmountParser.parse(text)
    require(unlocalized == danish, "'\(text)': no locale is not the same as Danish")
    if danish.notes.contains(.ambiguous) {
        require(english.notes.contains(.ambiguous), "'\(text)' ambiguous in Danish only")
        require(danish.alternative == english.value && english.alternative == danish.value,
                "'\(text)': alternatives do not mirror each other")
        require(danish.value != english.value, "'\(text)' ambiguous, yet reads the same")
    } else {
        require(danish == english, "'\(text)' reads differently in Danish and English but is not ambiguous")
        require(danish.alternative == nil, "'\(text)' has an alternative but is not ambiguous")
    }
    for amount in [danish, english] {
        let value = amount.value
        require(!(value < value), "'\(text)': value < itself")
        if let kroner = amount.kroner {
            require(value.isIntegral && ExactDecimal(significand: kroner) == value, "'\(text)': kroner \(kroner) vs \(value)")
            let (ore, overflow) = kroner.multipliedReportingOverflow(by: 100)
            require(amount.hundredths == (overflow ? nil : ore), "'\(text)': øre \(String(describing: amount.hundredths))")
        } else {
            require(!value.isIntegral, "'\(text)': integral value without kroner")
        }
        if amount.isPlaceholderZero { require(value == .zero, "'\(text)': placeholder that is not zero") }
        require(amount.isNegative == (value < .zero), "'\(text)': sign")
        checkReformatting(amount)
    }
}

private func checkColumn(_ texts: [String]) {
    let column = AmountColumnLocale.decide(texts)
    let all = Set(texts.indices)
    for indices in [column.ambiguousIndices, column.conflictingIndices, column.unparsableIndices] {
        require(Set(indices).isSubset(of: all) && indices == indices.sorted(), "indices out of range or order")
    }
    require(Set(column.ambiguousIndices).isDisjoint(with: column.unparsableIndices), "ambiguous and unparsable")
    require(Set(column.conflictingIndices).isDisjoint(with: column.unparsableIndices), "conflicting and unparsable")
    switch column.locale {
    case .danish: require(column.danishEvidence >= column.englishEvidence, "Danish against the evidence")
    case .english: require(column.englishEvidence > column.danishEvidence, "English against the evidence")
    }
    for (index, text) in texts.enumerated() {
        let parsed = try? column.parse(text)
        require((parsed == nil) == column.unparsableIndices.contains(index), "'\(text)': parsable in column differs")
        if let parsed, let alone = try? AmountParser.parse(text, locale: column.locale) {
            require(parsed.value == alone.value, "'\(text)': column reads \(parsed.value), alone \(alone.value)")
        }
    }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzAmount(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data else { return 0 }
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    for line in lines { checkAmount(line) }
    if lines.count > 1 { checkColumn(lines) }
    return 0
}
