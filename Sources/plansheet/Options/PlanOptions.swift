import ArgumentParser
import BudgetRules
import Foundation
import PlanModel
import Spreadsheet

/// `--plan PLAN.json`, `--frame KR` and `--period FIRST-LAST`: the approved plan and the
/// figures that override it (or stand in for it).
struct PlanOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            HelpText.pick(
                da: "Den godkendte plan (JSON); navne, aliasser, ramme og periode kommer herfra.",
                en: "The approved plan (JSON); names, aliases, frame and period come from it."),
            valueName: "plan.json"))
    var plan: String?

    @Option(
        help: ArgumentHelp(
            HelpText.pick(
                da: "Den årlige ramme i kroner (1500000, 1.500.000 eller 1,5 mio.); går forud for planen og arket.",
                en: "The annual frame in kroner (1500000, 1.500.000 or 1.5 mio.); overrides the plan and the sheet."),
            valueName: "kr"))
    var frame: String?

    @Option(
        help: ArgumentHelp(
            HelpText.pick(
                da: "Planperioden, første og sidste år (2014-2017); går forud for planen og arket.",
                en: "The plan period, first and last year (2014-2017); overrides the plan and the sheet."),
            valueName: "first-last"))
    var period: String?

    func validate() throws {
        let language = HelpText.messageLanguage
        if let frame, Self.parseFrame(frame) == nil {
            throw ValidationError(
                LocalizedText(
                    da: "--frame \"\(frame)\" er ikke et helt, ikke-negativt antal kroner.",
                    en: "--frame \"\(frame)\" is not a whole, non-negative number of kroner.")[language])
        }
        if let period, Self.parsePeriod(period) == nil {
            throw ValidationError(
                LocalizedText(
                    da: "--period \"\(period)\" er ikke to årstal, første og sidste (f.eks. 2014-2017).",
                    en: "--period \"\(period)\" is not two years, first and last (e.g. 2014-2017).")[language])
        }
    }

    /// The `--frame` amount.
    var annualFrame: Kroner? { frame.flatMap(Self.parseFrame) }

    /// The `--period` years.
    var planPeriod: PlanPeriod? { period.flatMap(Self.parsePeriod) }

    /// The frame and period the command line sets, for the budget rules.
    var validationOptions: ValidationOptions {
        ValidationOptions(annualFrame: annualFrame, period: planPeriod)
    }

    /// Whole kroner from "2000000", "2.000.000" or "2 mio. kr."; `nil` for anything else.
    static func parseFrame(_ text: String) -> Kroner? {
        guard let parsed = try? AmountParser.parse(text), let kroner = parsed.kroner, kroner >= 0 else { return nil }
        return Kroner(kroner)
    }

    /// "2014-2017" or "2014–2017" (en dash); the first year not after the last.
    static func parsePeriod(_ text: String) -> PlanPeriod? {
        let parts = text.split(whereSeparator: { $0 == "-" || $0 == "\u{2013}" }).map {
            Int($0.trimmingCharacters(in: .whitespaces))
        }
        guard parts.count == 2, let first = parts[0], let last = parts[1], (1...9999).contains(first), first <= last,
            last <= 9999
        else { return nil }
        return PlanPeriod(firstYear: first, lastYear: last)
    }
}
