import BudgetRules
import PlanModel
import Spreadsheet

/// Turns a cell of an amount column into a ``ParsedAmount``: whole kroner after the
/// column's unit is applied, with how cleanly it was read.
///
/// - A number cell is exact: an integer, or a number that is whole kroner after scaling
///   (`40` in a t.kr. column is 40.000 kr.; `12.5` kr. is not whole kroner: invalid).
///   Scaling uses decimal arithmetic on the number as written, never floating point.
/// - An empty cell, or text "-", is zero (clean).
/// - A text cell is read with the amount parser in the table's notation. In a CSV file
///   text is the only form, so a plain amount ("1.490.000", "40.000 kr.") is clean; in a
///   workbook an amount typed as text is *sloppy* (the workbook's own sums skip it).
///   "30.000." (stray point) and an amount whose notation disagrees with its table are
///   *sloppy*; "1.500" where nothing settles the notation, and "40 t.kr." (a unit in the
///   cell), are *ambiguous*; text that is no amount, and amounts that are not whole
///   kroner, are *invalid*.
/// - Error values (`#REF!`), booleans and dates are invalid.
struct AmountCellReader: Sendable {
    /// Whether the file is a CSV file (where every value is text).
    var isCSV: Bool
    /// The amount parser.
    var parsing: any AmountTextParsing = SpreadsheetAmountParsing()

    /// Reads `cell` (nil when the cell is empty) of a column in `unit`, in `notation`.
    func read(_ cell: Cell?, unit: AmountUnit, notation: AmountNotation, at location: SourceLocation) -> ParsedAmount {
        guard let cell else { return .clean(.zero, raw: "", at: location) }
        switch cell.value {
        case .empty:
            if cell.formula != nil {
                return invalid(
                    raw: "=" + (cell.formula ?? ""), at: location,
                    da: "formlen har ingen beregnet værdi i filen", en: "the formula has no computed value in the file")
            }
            return .clean(.zero, raw: "", at: location)
        case .integer(let value):
            return number(ExactDecimal(significand: value), raw: String(value), unit: unit, at: location)
        case .number(let value):
            guard let exact = ExactNumber.decimal(value) else {
                return invalid(raw: String(value), at: location, da: "tallet kan ikke læses præcist", en: "the number cannot be read exactly")
            }
            return number(exact, raw: CellValue.number(value).description, unit: unit, at: location)
        case .string(let text):
            return self.text(text, unit: unit, notation: notation, at: location)
        case .bool(let value):
            return invalid(
                raw: value ? "TRUE" : "FALSE", at: location, da: "cellen er en sandhedsværdi, ikke et beløb",
                en: "the cell holds a truth value, not an amount")
        case .error(let code):
            return invalid(raw: code, at: location, da: "cellen viser fejlen \(code)", en: "the cell shows the error \(code)")
        case .date(let date):
            return invalid(
                raw: date.description, at: location, da: "cellen er formateret som en dato",
                en: "the cell is formatted as a date")
        }
    }

    private func number(_ value: ExactDecimal, raw: String, unit: AmountUnit, at location: SourceLocation) -> ParsedAmount {
        guard let scaled = value.multiplied(byPowerOfTen: unit.powerOfTen) else {
            return invalid(raw: raw, at: location, da: "beløbet er for stort", en: "the amount is too large")
        }
        guard let kroner = scaled.integerValue else { return notWholeKroner(scaled, raw: raw, at: location) }
        return ParsedAmount(value: Kroner(kroner), raw: raw, quality: .clean, location: location)
    }

    private func text(_ text: String, unit: AmountUnit, notation: AmountNotation, at location: SourceLocation) -> ParsedAmount {
        let reading: ParsedAmountText
        do {
            reading = try parsing.read(text, notation: notation, columnUnit: unit)
        } catch {
            return invalid(raw: text, at: location, da: error.danishDescription, en: error.description)
        }
        guard let kroner = reading.kroner else { return notWholeKroner(reading.value, raw: text, at: location) }
        let value = Kroner(kroner)
        if reading.isPlaceholderZero { return ParsedAmount(value: value, raw: text, quality: .clean, location: location) }
        return ParsedAmount(value: value, raw: text, quality: quality(of: reading, notation: notation), location: location)
    }

    /// How cleanly a text amount was read (see the type's documentation).
    func quality(of reading: ParsedAmountText, notation: AmountNotation) -> AmountQuality {
        let notes = Set(reading.notes)
        let read = Kroner(reading.kroner ?? 0)
        if notes.contains(.ambiguous), !notation.isSettled {
            let other =
                reading.alternative.map { alternative in
                    (Self.formatted(alternative, .danish) + " kr.", "DKK " + Self.formatted(alternative, .english))
                } ?? ("et andet beløb", "another amount")
            return .ambiguous(
                LocalizedText(
                    da: "\(quote(reading.text)) kan også læses som \(other.0); intet andet i tabellen viser talformatet",
                    en: "\(quote(reading.text)) can also be read as \(other.1); nothing else in the table shows the notation"))
        }
        if notes.contains(.ambiguous), let alternative = reading.alternative, alternative > reading.value {
            // "40,000" in a Danish file is 40 kr. by its notation, but three decimals on a
            // kroner amount are more likely a thousands separator: say both, and which was taken.
            let separator =
                notation.locale == .danish
                ? (
                    "kommaet er læst som decimaltegn,", "the comma was read as the decimal separator", "kommaet som tusindtalsskilletegn",
                    "the comma as a thousands separator"
                )
                : (
                    "punktummet er læst som decimaltegn,", "the point was read as the decimal separator", "punktummet som tusindtalsskilletegn",
                    "the point as a thousands separator"
                )
            return .ambiguous(
                LocalizedText(
                    da: "\(separator.0) som tabellens talformat siger; med \(separator.2) ville det være \(Self.formatted(alternative, .danish)) kr.",
                    en: "\(separator.1), as the table's notation says; with \(separator.3) it would be DKK \(Self.formatted(alternative, .english))."))
        }
        if notes.contains(.unitInText) {
            return .ambiguous(
                LocalizedText(
                    da: "enheden står i cellen (\(reading.unit.danishText)) og er regnet om til \(read.phrase(.danish))",
                    en: "the unit is written in the cell (\(reading.unit.danishText)) and was converted to \(read.phrase(.english))"))
        }
        if notes.contains(.sloppyTrailingDot) {
            return .sloppy(
                LocalizedText(
                    da: "der står et overskydende punktum efter tallet", en: "there is a stray point after the number"))
        }
        if notes.contains(.conflictsWithColumn) {
            return .sloppy(
                LocalizedText(
                    da: "talformatet afviger fra resten af tabellen", en: "the notation differs from the rest of the table"))
        }
        if !isCSV {
            return .sloppy(
                LocalizedText(
                    da: "beløbet er skrevet som tekst, så regnearkets summer tæller det ikke med",
                    en: "the amount is written as text, so the workbook's sums leave it out"))
        }
        return .clean
    }

    private func invalid(raw: String, at location: SourceLocation, da: String, en: String) -> ParsedAmount {
        ParsedAmount(value: nil, raw: raw, quality: .invalid(LocalizedText(da: da, en: en)), location: location)
    }

    /// An amount `raw` whose value in kroner, `value`, has a fractional part.
    private func notWholeKroner(_ value: ExactDecimal, raw: String, at location: SourceLocation) -> ParsedAmount {
        invalid(
            raw: raw, at: location, da: "\(Self.formatted(value, .danish)) kr. er ikke hele kroner",
            en: "DKK \(Self.formatted(value, .english)) is not whole kroner")
    }

    private func quote(_ text: String) -> String { "“\(text)”" }

    /// A decimal in Danish notation: 1490000.5 → "1.490.000,5".
    static func formatted(_ value: ExactDecimal, _ style: Kroner.Style) -> String {
        let text = value.description
        let negative = text.hasPrefix("-")
        let body = negative ? String(text.dropFirst()) : text
        let parts = body.split(separator: ".", maxSplits: 1)
        let whole = Int64(parts[0]).map { Kroner($0).formatted(style) } ?? String(parts[0])
        let decimal = style == .danish ? "," : "."
        return (negative ? "-" : "") + whole + (parts.count > 1 ? decimal + parts[1] : "")
    }
}
