/// The stable identifier of what a finding is about. The raw value (`"amount-format"`)
/// appears in reports and never changes.
public enum RuleID: String, Sendable, Hashable, Codable, CaseIterable {
    /// Rule 1: a text amount was read, but it is sloppy or ambiguous (warning).
    case amountFormat = "amount-format"
    /// Rule 1: no whole, non-negative amount could be read.
    case amountInvalid = "amount-invalid"
    /// Rule 1: tables were found, but not one amount in them (warning).
    case submissionEmpty = "submission-empty"
    /// Rule 2: a year lies outside the plan period.
    case yearOutOfPeriod = "year-out-of-period"
    /// Rule 2: no plan or `--period` gave the period; the one taken from the sheet (information).
    case periodAssumed = "period-assumed"
    /// Rule 3: an area table's "I alt" is not the sum of its activities.
    case areaTotalMismatch = "area-total-mismatch"
    /// Rule 3: a subtotal row ("I alt indsatsområde 1", "Subtotal") is not the sum of the rows it closes.
    case subtotalMismatch = "subtotal-mismatch"
    /// Rule 4: the overview's "I alt" is not the sum of its rows or of the area totals.
    case overviewTotalMismatch = "overview-total-mismatch"
    /// Rule 5: an activity's amount in the overview differs from its area table.
    case overviewAreaMismatch = "overview-area-mismatch"
    /// Rule 5: an activity could not be matched (warning).
    case activityUnmatched = "activity-unmatched"
    /// Rule 6: the remaining amount is not the annual frame minus the total.
    case remainingMismatch = "remaining-mismatch"
    /// Rule 6: the total exceeds the annual frame, or the remaining amount is negative.
    case budgetOverspent = "budget-overspent"
    /// Rule 6: no plan or `--frame` gave the frame; the one taken from the sheet (information).
    case frameAssumed = "frame-assumed"
    /// Rule 6: nothing gives the frame, so overspending is not checked (warning).
    case frameUnknown = "frame-unknown"
    /// Rule 7: a focus area number is missing or invalid.
    case focusAreaInvalid = "focus-area-invalid"
    /// Rule 8: an activity appears twice in the same area.
    case duplicateActivity = "duplicate-activity"
    /// Rule 9: a co-financing does not add up or misses its minimum own share.
    case cofinancingShare = "cofinancing-share"
    /// Rule 10: a crime target is not baseline × (1 − reduction), rounded half up.
    case crimeTargetMismatch = "crime-target-mismatch"
    /// Rule 10: a crime target does not fall year by year.
    case crimeTargetNotDecreasing = "crime-target-not-decreasing"
    /// Rule 11: a focus area has no activities (information).
    case focusAreaEmpty = "focus-area-empty"

    // Reading the sheets: what was not understood, set aside or assumed (the mapping
    // layer reports these; the budget rules do not raise them).

    /// A figure inside a table was neither used nor set aside with a reason (warning).
    case figureNotUnderstood = "figure-not-understood"
    /// A table's layout is unclear at a cell (a year in two digits with nothing to place
    /// it by, a second column for the same year): what it concerns is not read (error).
    case layoutUnclear = "layout-unclear"
    /// A hidden sheet was not read (information; `--include-hidden` reads it).
    case hiddenSheetSkipped = "hidden-sheet-skipped"
    /// Two cells give different figures for the same activity and year (error).
    case conflictingFigures = "conflicting-figures"
    /// The unit makes the figures implausible against the plan (a factor 1,000 off; warning).
    case unitImplausible = "unit-implausible"
    /// A row was matched to a plan activity with less than the required certainty (warning).
    case matchUncertain = "match-uncertain"
    /// A crime-target table was found but could not be read (error).
    case crimeTableUnreadable = "crime-table-unreadable"
    /// A sheet numbers its rows from 0 (`<row r="0">`, `A0`) and was read as if numbered
    /// from 1, every row one further down (information, at the sheet).
    case rowsNumberedFromZero = "rows-numbered-from-zero"

    // Formulas: computed by the spreadsheet layer's formula engine, and audited.

    /// Formulas without a saved value took the value they compute (warning, once per file:
    /// a value the author's program never showed).
    case formulaComputed = "formula-computed"
    /// A formula's saved value is not what it computes: the saved value is stale (warning).
    case formulaStale = "formula-stale"
    /// An amount or total cell's formula gives an error value (`#REF!`, `#DIV/0!`…; error).
    case formulaErrorValue = "formula-error-value"
    /// A total's formula leaves out rows of its table, takes in rows outside it, or counts
    /// a subtotal twice (error).
    case totalRangeIncomplete = "total-range-incomplete"
    /// A total typed as a number where the table's other totals are formulas (warning).
    case totalHardcoded = "total-hardcoded"

    /// The severity of every finding with this id: the one place it is decided, for
    /// `validate`'s findings and `import`'s problems alike.
    public var severity: Severity {
        switch self {
        case .amountFormat, .activityUnmatched, .figureNotUnderstood, .unitImplausible, .matchUncertain, .submissionEmpty,
            .frameUnknown, .formulaStale, .totalHardcoded, .formulaComputed:
            return .warning
        case .focusAreaEmpty, .hiddenSheetSkipped, .periodAssumed, .frameAssumed, .rowsNumberedFromZero: return .info
        default: return .error
        }
    }

    /// The number of the budget rule in the list of budget rules (BudgetRules.docc, “The budget rules”).
    public var domainRule: Int {
        switch self {
        case .amountFormat, .amountInvalid, .figureNotUnderstood, .hiddenSheetSkipped, .unitImplausible, .layoutUnclear,
            .submissionEmpty, .formulaComputed, .formulaStale, .formulaErrorValue, .rowsNumberedFromZero:
            return 1
        case .yearOutOfPeriod, .periodAssumed: return 2
        case .areaTotalMismatch, .subtotalMismatch, .totalRangeIncomplete, .totalHardcoded: return 3
        case .overviewTotalMismatch: return 4
        case .overviewAreaMismatch, .activityUnmatched, .matchUncertain, .conflictingFigures: return 5
        case .remainingMismatch, .budgetOverspent, .frameAssumed, .frameUnknown: return 6
        case .focusAreaInvalid: return 7
        case .duplicateActivity: return 8
        case .cofinancingShare: return 9
        case .crimeTargetMismatch, .crimeTargetNotDecreasing, .crimeTableUnreadable: return 10
        case .focusAreaEmpty: return 11
        }
    }
}
