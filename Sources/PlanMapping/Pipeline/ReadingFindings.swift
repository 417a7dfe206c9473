import BudgetRules
import PlanModel
import Spreadsheet

/// The findings reading a file gives by itself, for import and validate: each sheet the
/// XLSX reader read otherwise than written (`rows-numbered-from-zero`, information at the
/// sheet), each run of figures not understood (`figure-not-understood`, a warning at its
/// first cell naming the run), and each hidden sheet not read whose tables hold figures
/// (`hidden-sheet-skipped`, information).
struct ReadingFindings {
    /// The file.
    var file: ScannedFile

    /// The findings.
    var findings: [Finding] {
        var out: [Finding] = []
        for note in file.file.readNotes {
            let rule: RuleID
            switch note.kind {
            case .rowsNumberedFromZero: rule = .rowsNumberedFromZero
            }
            out.append(
                Finding(
                    rule: rule, location: SourceLocation(file: file.path, sheet: note.sheet),
                    message: LocalizedText(da: note.danishDescription.capitalizedFirst, en: note.description.capitalizedFirst)))
        }
        for sheet in file.skippedSheets {
            // A hidden sheet without a table (notes, lists) is only named in the reading block.
            let count = file.skippedCoverage.entries.filter { $0.cell.sheet == sheet }.count
            guard count > 0 else { continue }
            out.append(
                Finding(
                    rule: .hiddenSheetSkipped, location: SourceLocation(file: file.path, sheet: sheet),
                    found: String(count),
                    message: LocalizedText(
                        da: "Arket er skjult og er ikke læst (\(count) tal i dets tabeller er sat til side); angiv --include-hidden for at læse det.",
                        en:
                            "The sheet is hidden and was not read (\(count) \(count == 1 ? "figure" : "figures") in its tables set aside); give --include-hidden to read it."
                    )))
        }
        for run in Self.runs(file.coverage.notUnderstood) {
            guard case .notUnderstood(let why) = run.first.disposition else { continue }
            let location = run.first.cell.location(in: file.path)
            let message: LocalizedText
            if run.count == 1 {
                message = LocalizedText(
                    da: "Tallet “\(run.first.raw)” er ikke brugt: \(why.da).",
                    en: "The figure “\(run.first.raw)” is not used: \(why.en).")
            } else {
                message = LocalizedText(
                    da: "\(run.count) tal i \(run.range) er ikke brugt: \(why.da).",
                    en: "\(run.count) figures in \(run.range) are not used: \(why.en).")
            }
            out.append(Finding(rule: .figureNotUnderstood, location: location, found: run.first.raw, message: message))
        }
        return out
    }

    /// A run of entries in one column of one sheet with the same reason.
    struct Run {
        var first: CoverageEntry
        var last: CoverageEntry
        var count: Int

        /// `C5:C12`, or `C5` for one cell.
        var range: String {
            count == 1 ? first.cell.address.a1 : "\(first.cell.address.a1):\(last.cell.address.a1)"
        }
    }

    /// Entries grouped into runs: same sheet, same column, same disposition, rows in order.
    static func runs(_ entries: [CoverageEntry]) -> [Run] {
        var runs: [Run] = []
        var index: [String: Int] = [:]
        for entry in entries.sorted(by: {
            $0.cell.sheet != $1.cell.sheet
                ? ($0.cell.sheet ?? "") < ($1.cell.sheet ?? "")
                : $0.cell.address.column != $1.cell.address.column ? $0.cell.address.column < $1.cell.address.column : $0.cell.address.row < $1.cell.address.row
        }) {
            let key = "\(entry.cell.sheet ?? "")|\(entry.cell.address.column)|\(entry.disposition)"
            if let position = index[key] {
                runs[position].last = entry
                runs[position].count += 1
            } else {
                index[key] = runs.count
                runs.append(Run(first: entry, last: entry, count: 1))
            }
        }
        return runs
    }
}
