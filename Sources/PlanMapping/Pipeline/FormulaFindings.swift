import BudgetRules
import PlanModel
import Spreadsheet

/// The findings a workbook's formula values give, for import (and through import's
/// problems, validate): the values the formula engine filled in (`formula-computed`,
/// information, once per file) and the saved values that are stale (`formula-stale`, a
/// warning at each cell). Validate adds the audit of the totals (``FormulaAudit``).
struct FormulaFindings {
    /// The file.
    var file: ScannedFile

    /// What the engine did to the file's values.
    var valueFindings: [Finding] {
        let values = file.file.formulaValues
        var out: [Finding] = []
        if let first = values.filled.first {
            let count = values.filled.count
            out.append(
                Finding(
                    rule: .formulaComputed, location: first.location(in: file.path), found: String(count),
                    message: LocalizedText(
                        da:
                            "\(count) \(count == 1 ? "formel" : "formler") uden gemt værdi (filen er skrevet af et program, der ikke regner) har fået den værdi, formlen beregner.",
                        en:
                            "\(count) \(count == 1 ? "formula" : "formulas") without a saved value (the file was written by a program that does not calculate) took the value the formula computes."
                    )))
        }
        for stale in values.stale {
            out.append(
                Finding(
                    rule: .formulaStale, location: stale.cell.location(in: file.path),
                    expected: stale.computed.description, found: stale.saved.description,
                    message: LocalizedText(
                        da:
                            "Den gemte værdi er forældet: formlen =\(stale.formula) beregner \(stale.computed), men filen har gemt \(stale.saved). Den gemte værdi er brugt.",
                        en:
                            "The saved value is stale: the formula =\(stale.formula) computes \(stale.computed), but the file saved \(stale.saved). The saved value is used."
                    )))
        }
        return out
    }

    /// `findings` with `area-total-mismatch` and `overview-total-mismatch` naming the formula of
    /// their cell, when it holds one.
    static func namingFormulas(_ findings: [Finding], in file: ScannedFile) -> [Finding] {
        findings.map { finding in
            guard finding.rule == .areaTotalMismatch || finding.rule == .overviewTotalMismatch,
                let sheet = finding.location.sheet, let a1 = finding.location.cell, let address = CellAddress(a1),
                let grid = file.file.grids.first(where: { $0.name == sheet }),
                let formula = grid.cell(at: address)?.formula
            else { return finding }
            var named = finding
            named.message = LocalizedText(
                da: finding.message.da + " Cellens formel er =\(formula).",
                en: finding.message.en + " The cell's formula is =\(formula).")
            return named
        }
    }
}
