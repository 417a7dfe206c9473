/// Something worth knowing about how an amount was written.
public enum AmountNote: String, Hashable, Sendable, CaseIterable, Comparable {
    /// The text reads differently in Danish and English notation (`1.500`, `1,500`); the
    /// value follows the locale given (Danish by default) and ``ParsedAmountText/alternative``
    /// holds the other reading.
    case ambiguous
    /// The number ends with a stray point (`30.000.`), which was ignored.
    case sloppyTrailingDot
    /// The text names a unit (`40 t.kr.`, `1,5 mio. kr.`): the value is multiplied out.
    case unitInText
    /// The text names the currency (`kr.`, `DKK`).
    case currencyInText
    /// A lone dash (`-`, `–`) stands for zero, as in accounting.
    case dashAsZero
    /// Empty text counts as zero.
    case emptyAsZero
    /// Parentheses mark a negative amount, as in accounting: `(1.000)` is -1000.
    case parenthesesNegative
    /// A minus after the number marks it negative, as finance systems print it: `1.000-` is -1000.
    case trailingMinus
    /// `,-` stands for "no øre" (`40.000,-`).
    case dashForOre
    /// The value has decimals below one øre, so ``ParsedAmountText/hundredths`` is `nil`.
    case belowOre
    /// The text's own notation contradicts the locale decided for its column.
    case conflictsWithColumn

    public static func < (lhs: AmountNote, rhs: AmountNote) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }

    /// A short English explanation.
    public var explanation: String {
        switch self {
        case .ambiguous: return "reads differently in Danish and English notation"
        case .sloppyTrailingDot: return "a stray point after the number was ignored"
        case .unitInText: return "the unit is written in the text"
        case .currencyInText: return "the currency is written in the text"
        case .dashAsZero: return "a dash stands for zero"
        case .emptyAsZero: return "empty counts as zero"
        case .parenthesesNegative: return "parentheses mark a negative amount"
        case .trailingMinus: return "a minus after the number makes it negative"
        case .dashForOre: return "“,-” stands for no øre"
        case .belowOre: return "decimals below one øre"
        case .conflictsWithColumn: return "notation differs from the rest of the column"
        }
    }

    /// A short Danish explanation.
    public var danishExplanation: String {
        switch self {
        case .ambiguous: return "læses forskelligt med dansk og engelsk talformat"
        case .sloppyTrailingDot: return "et overskydende punktum efter tallet er ignoreret"
        case .unitInText: return "enheden står i teksten"
        case .currencyInText: return "valutaen står i teksten"
        case .dashAsZero: return "en tankestreg betyder nul"
        case .emptyAsZero: return "tomt felt tæller som nul"
        case .parenthesesNegative: return "parentes betyder negativt beløb"
        case .trailingMinus: return "minus efter tallet gør det negativt"
        case .dashForOre: return "“,-” betyder ingen øre"
        case .belowOre: return "decimaler under én øre"
        case .conflictsWithColumn: return "talformatet afviger fra resten af kolonnen"
        }
    }
}
