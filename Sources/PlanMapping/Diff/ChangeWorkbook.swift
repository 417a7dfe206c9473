import BudgetRules
import PlanModel
import Spreadsheet

/// The change workbook for the steering group: what changed between two versions of the
/// plan, shown on the new version's overview workbook.
///
/// - A first sheet "Ændringer": the totals and remaining per year before, now and the
///   difference (now and the difference as live formulas on "Oversigt", with cached
///   values), then every change on one row, linked to its cell.
/// - The new plan's overview workbook (as `plansheet overview` writes it), each changed
///   cell filled with a note holding the old value: amounts, names and focus areas on
///   "Oversigt", details on "Aktiviteter", crime targets on "Kriminalitetsmål". Added
///   activities are filled green.
/// - Below the "Oversigt" table, the activities the new version dropped, struck through,
///   with their old amounts (outside the totals).
///
/// ```swift
/// let diff = PlanDiffer().diff(plan2013, plan2014)
/// try ChangeWorkbook(diff: diff).write(to: "aendringer.xlsx")
/// ```
public struct ChangeWorkbook: Sendable {
    /// The diff shown.
    public var diff: PlanDiff
    /// The language of the "Ændringer" sheet and the notes (the overview's sheets are Danish).
    public var language: Language
    /// The export options of the overview part (creation time).
    public var options: ExportOptions

    /// The first sheet's name.
    public static let changesSheetName = "Ændringer"
    /// The fill of a changed cell.
    public static let changedFill = RGBColor.lightYellow
    /// The fill of an added activity's cells.
    public static let addedFill = RGBColor.lightGreen
    /// The fill of a removed activity's cells.
    public static let removedFill = RGBColor.lightRed

    /// Creates a change workbook.
    public init(diff: PlanDiff, language: Language = .danish, options: ExportOptions = ExportOptions()) {
        self.diff = diff
        self.language = language
        self.options = options
    }

    private func t(_ da: String, _ en: String) -> String { language == .danish ? da : en }
    private var style: Kroner.Style { language == .danish ? .danish : .english }

    /// Where a change is shown: a sheet and a cell.
    public struct Place: Hashable, Sendable {
        /// The sheet's name.
        public var sheet: String
        /// The cell.
        public var cell: CellAddress
    }

    /// The parts of the workbook before writing: the overview workbook with the removed
    /// activities appended, the marks on its cells, and the place of each change (by index
    /// into `PlanDiff.changes`; `nil` for a change no cell shows).
    struct Model {
        var workbook: ExportWorkbook
        var marks: [String: [CellAddress: XLSXExportRenderer.CellMark]]
        var places: [Place?]
        var overview: OverviewSheetBuilder.Layout
    }

    /// The cell each change is shown in (by index into `PlanDiff.changes`).
    public var places: [Place?] { model().places }

    /// The overview workbook of the new plan, as written after the "Ændringer" sheet.
    public var overviewWorkbook: ExportWorkbook { model().workbook }

    func model() -> Model {
        let exporter = PlanExporter(plan: diff.new, options: options)
        var workbook = exporter.overviewWorkbook()
        let layout = OverviewSheetBuilder(plan: diff.new, years: exporter.years).layout()
        var marks: [String: [CellAddress: XLSXExportRenderer.CellMark]] = [:]
        let overviewName = OverviewSheetBuilder.sheetName
        func mark(_ sheet: String, _ cell: CellAddress, fill: RGBColor, note: String?, strike: Bool = false) {
            var existing = marks[sheet]?[cell] ?? XLSXExportRenderer.CellMark()
            existing.fill = fill
            existing.strikethrough = existing.strikethrough || strike
            if let note { existing.note = existing.note.map { $0 + "\n" + note } ?? note }
            marks[sheet, default: [:]][cell] = existing
        }
        func row(of id: String, in sheetName: String) -> Int? {
            workbook.sheet(named: sheetName)?.rows.firstIndex { $0.kind == .activity(id: id) }
        }
        let yearColumn = Dictionary(layout.yearColumns.map { ($0.year, $0.column) }, uniquingKeysWith: { a, _ in a })
        let detailColumn: [ChangeField: Int] = [
            .name: 2, .shortName: 3, .targetGroup: 5, .timeline: 6, .deliverables: 7, .responsible: 8,
            .otherFocusAreas: 9, .totalCost: 10, .ownShare: 10, .statedOwnShare: 10, .externalShare: 10,
            .minimumOwnShare: 10, .description: 2, .economy: 2,
        ]
        let removedRows = appendRemoved(to: &workbook, layout: layout)
        var places: [Place?] = []
        for change in diff.changes {
            var place: Place?
            let before = t("Før: ", "Before: ") + oldText(change)
            switch change.kind {
            case .activityAdded:
                if let id = change.activity, let r = row(of: id, in: overviewName) {
                    place = Place(sheet: overviewName, cell: CellAddress(row: r, column: layout.nameColumn))
                    for column in [layout.areaColumn, layout.nameColumn, layout.idColumn] + layout.yearColumns.map(\.column) {
                        mark(
                            overviewName, CellAddress(row: r, column: column), fill: Self.addedFill,
                            note: column == layout.nameColumn ? t("Ny aktivitet.", "New activity.") : nil)
                    }
                }
            case .activityRemoved:
                if let id = change.activity, let r = removedRows[id] {
                    place = Place(sheet: overviewName, cell: CellAddress(row: r, column: layout.nameColumn))
                    for column in [layout.areaColumn, layout.nameColumn, layout.idColumn] + layout.yearColumns.map(\.column) {
                        mark(
                            overviewName, CellAddress(row: r, column: column), fill: Self.removedFill,
                            note: column == layout.nameColumn ? t("Fjernet i den nye udgave.", "Removed in the new version.") : nil,
                            strike: true)
                    }
                }
            case .activityRenamed, .activityMoved, .fundingChanged:
                guard let id = change.activity, let r = row(of: id, in: overviewName) else { break }
                let column: Int?
                switch change.kind {
                case .activityMoved: column = layout.areaColumn
                case .fundingChanged: column = change.year.flatMap { yearColumn[$0] }
                default: column = layout.nameColumn
                }
                if change.kind == .activityRenamed, change.field == .name, let a = row(of: id, in: ActivitySheetBuilder.sheetName) {
                    // The area-table name is on "Aktiviteter"; the overview shows the short name.
                    place = Place(sheet: ActivitySheetBuilder.sheetName, cell: CellAddress(row: a, column: 2))
                } else if let column {
                    place = Place(sheet: overviewName, cell: CellAddress(row: r, column: column))
                }
            case .frameChanged:
                place = Place(sheet: overviewName, cell: layout.frameCell)
            case .yearAdded:
                if let column = change.year.flatMap({ yearColumn[$0] }) {
                    place = Place(sheet: overviewName, cell: CellAddress(row: layout.headerRow, column: column))
                }
            case .yearRemoved:
                place = nil
            case .coFinancingChanged, .detailChanged:
                if let id = change.activity, let r = row(of: id, in: ActivitySheetBuilder.sheetName),
                    let column = change.field.flatMap({ detailColumn[$0] })
                {
                    place = Place(sheet: ActivitySheetBuilder.sheetName, cell: CellAddress(row: r, column: column))
                }
            case .crimeTargetChanged:
                if let sheet = workbook.sheet(named: CrimeTargetSheetBuilder.sheetName),
                    let r = sheet.rows.firstIndex(where: { row in
                        if case .string(let text)? = row[0]?.value, row.kind == .data {
                            return ActivityMatcher.normalize(text) == ActivityMatcher.normalize(change.subject ?? "")
                        }
                        return false
                    })
                {
                    place = Place(sheet: CrimeTargetSheetBuilder.sheetName, cell: CellAddress(row: r, column: 0))
                }
            }
            if let place, change.kind != .activityAdded, change.kind != .activityRemoved {
                mark(place.sheet, place.cell, fill: Self.changedFill, note: noteLine(change, before: before))
            }
            places.append(place)
        }
        return Model(workbook: workbook, marks: marks, places: places, overview: layout)
    }

    /// Appends the removed activities below the overview table; their rows by id.
    private func appendRemoved(to workbook: inout ExportWorkbook, layout: OverviewSheetBuilder.Layout) -> [String: Int] {
        let removed = diff.changes.filter { $0.kind == .activityRemoved }.compactMap { $0.activity.flatMap(diff.old.activity(id:)) }
        guard !removed.isEmpty, let index = workbook.sheets.firstIndex(where: { $0.name == OverviewSheetBuilder.sheetName })
        else { return [:] }
        var sheet = workbook.sheets[index]
        sheet.rows.append(.blank)
        sheet.rows.append(
            ExportRow(
                .note,
                [
                    .text(
                        0,
                        t(
                            "Fjernet i den nye udgave (med den gamle udgaves beløb; ikke med i I alt):",
                            "Removed in the new version (with the old version's amounts; not in the totals):"), .note)
                ]))
        var rows: [String: Int] = [:]
        for activity in removed {
            var cells: [ExportCell] = [
                .integer(layout.areaColumn, activity.focusArea, .areaNumber), .text(layout.nameColumn, activity.shortName),
                .text(layout.idColumn, activity.id, .identifier),
            ]
            for (year, column) in layout.yearColumns {
                if let amount = activity.funding.amounts[year] { cells.append(.amount(column, amount)) }
            }
            rows[activity.id] = sheet.rows.count
            sheet.rows.append(ExportRow(.data, cells))
        }
        workbook.sheets[index] = sheet
        return rows
    }

    // MARK: - Texts

    private func value(_ value: ChangeValue?) -> String {
        switch value {
        case .amount(let kroner)?: return kroner.formatted(style)
        case .number(let number)?: return String(number)
        case .text(let text)?: return text == "all" ? t("Alle", "All") : text
        case .list(let items)?: return items.joined(separator: "\n")
        case nil: return t("(intet)", "(none)")
        }
    }

    private func oldText(_ change: PlanChange) -> String { value(change.old) }

    private func noteLine(_ change: PlanChange, before: String) -> String {
        var text = before
        if let difference = change.difference, case .amount? = change.new {
            text += " (" + Kroner(difference).signed(style) + ")"
        }
        return text
    }

    /// The kind of a change in words.
    func kindLabel(_ change: PlanChange) -> String {
        switch change.kind {
        case .activityAdded: return t("Ny aktivitet", "Activity added")
        case .activityRemoved: return t("Aktivitet fjernet", "Activity removed")
        case .activityRenamed: return change.field == .shortName ? t("Kortnavn ændret", "Short name changed") : t("Omdøbt", "Renamed")
        case .activityMoved: return t("Flyttet", "Moved")
        case .fundingChanged: return t("Beløb ændret", "Amount changed")
        case .yearAdded: return t("År tilføjet", "Year added")
        case .yearRemoved: return t("År fjernet", "Year removed")
        case .frameChanged: return t("Ramme ændret", "Frame changed")
        case .coFinancingChanged: return t("Medfinansiering ændret", "Co-financing changed")
        case .crimeTargetChanged: return t("Kriminalitetsmål ændret", "Crime target changed")
        case .detailChanged: return t("Detalje ændret", "Detail changed")
        }
    }

    // MARK: - Writing

    /// Writes the workbook to `path` (through a temporary file in the same folder).
    public func write(to path: String) throws(ExportError) {
        let model = model()
        try XLSXExportRenderer.write(model.workbook, to: path, marks: model.marks) { (writer: XLSXWriter) throws(XLSXWriteError) in
            try writeChangesSheet(writer, model: model)
        }
    }

    private func writeChangesSheet(_ writer: XLSXWriter, model: Model) throws(XLSXWriteError) {
        let sheet = try writer.addSheet(Self.changesSheetName)
        let bold = CellStyle.bold
        let header = CellStyle(font: CellFont(bold: true), fill: .solid(.lightGrey))
        let amount = CellStyle(numberFormat: CellStyle.NumberFormats.thousands)
        let signed = CellStyle(numberFormat: "+#,##0;\u{2212}#,##0;0")
        let wrapped = CellStyle(alignment: CellAlignment(vertical: .top, wrapText: true))
        try sheet.appendRow(
            values: [.string(t("Ændringer i planen", "Changes to the plan"))], at: 0,
            style: CellStyle(font: CellFont(size: 14, bold: true)))
        try sheet.appendRow(
            values: [
                .string(
                    t(
                        "Fra \(diff.old.title ?? "den gamle udgave") til \(diff.new.title ?? "den nye udgave"). Klik på en celle i kolonnen Celle for at gå til den.",
                        "From \(diff.old.title ?? "the old version") to \(diff.new.title ?? "the new version"). Click a cell in the Cell column to go to it."))
            ], at: 1)

        // Totals and remaining per year: before as values, now as formulas on Oversigt.
        let totals = diff.totals
        let top = 3
        try sheet.appendRow(
            [WriteCell(0, .string(t("Pr. år", "Per year")), style: header)]
                + totals.enumerated().map { WriteCell($0.offset + 1, .integer(Int64($0.element.year)), style: header) },
            at: top)
        let yearColumn = Dictionary(model.overview.yearColumns.map { ($0.year, $0.column) }, uniquingKeysWith: { a, _ in a })
        func rows(label: (String, String), old: (YearTotals) -> Kroner?, new: (YearTotals) -> Kroner?, sourceRow: Int, at row: Int) throws(XLSXWriteError) {
            var before: [WriteCell] = [WriteCell(0, .string(t(label.0 + " før", label.1 + " before")), style: bold)]
            var now: [WriteCell] = [WriteCell(0, .string(t(label.0 + " nu", label.1 + " now")), style: bold)]
            var change: [WriteCell] = [WriteCell(0, .string(t("Forskel", "Difference")), style: bold)]
            for (offset, entry) in totals.enumerated() {
                let x = old(entry)
                let y = new(entry)
                before.append(WriteCell(column: offset + 1, value: x.map { .integer($0.value) } ?? .empty, style: amount))
                if let target = yearColumn[entry.year] {
                    let source = SheetReference(sheet: OverviewSheetBuilder.sheetName, cell: CellAddress(row: sourceRow, column: target))
                    now.append(
                        WriteCell(
                            column: offset + 1, value: y.map { .integer($0.value) } ?? .empty,
                            formula: source.formula, style: amount))
                } else {
                    now.append(WriteCell(column: offset + 1, value: y.map { .integer($0.value) } ?? .empty, style: amount))
                }
                let letters = CellAddress.columnName(offset + 1)
                let difference = x.flatMap { x in y.flatMap { $0.subtracting(x) } }
                change.append(
                    WriteCell(
                        column: offset + 1, value: difference.map { .integer($0.value) } ?? .empty,
                        formula: "\(letters)\(row + 2)-\(letters)\(row + 1)", style: signed))
            }
            try sheet.appendRow(before, at: row)
            try sheet.appendRow(now, at: row + 1)
            try sheet.appendRow(change, at: row + 2)
        }
        try rows(label: ("I alt", "Total"), old: \.old, new: \.new, sourceRow: model.overview.totalRow, at: top + 1)
        try rows(
            label: ("Resterende", "Remaining"), old: \.oldRemaining, new: \.newRemaining,
            sourceRow: model.overview.remainingRow, at: top + 4)

        // The changes.
        let listTop = top + 8
        let headings = [
            t("Område", "Area"), t("Id", "Id"), t("Aktivitet", "Activity"), t("Ændring", "Change"),
            t("År", "Year"), t("Før", "Before"), t("Nu", "Now"), t("Forskel", "Difference"),
            t("Parret efter", "Paired by"), t("Celle", "Cell"),
        ]
        try sheet.appendRow(headings.enumerated().map { WriteCell($0.offset, .string($0.element), style: header) }, at: listTop)
        var row = listTop + 1
        for (index, change) in diff.changes.enumerated() {
            var cells: [WriteCell] = []
            if let area = change.focusArea { cells.append(WriteCell(0, .integer(Int64(area)))) }
            if let id = change.activity { cells.append(WriteCell(1, .string(id))) }
            if let name = change.activityName ?? change.subject { cells.append(WriteCell(2, .string(name), style: wrapped)) }
            var label = kindLabel(change)
            if let field = change.field, change.kind != .activityRenamed { label += " (" + fieldLabel(field, change) + ")" }
            cells.append(WriteCell(3, .string(label), style: wrapped))
            if let year = change.year { cells.append(WriteCell(4, .integer(Int64(year)))) }
            for (column, value) in [(5, change.old), (6, change.new)] {
                switch value {
                case .amount(let kroner)?: cells.append(WriteCell(column, .integer(kroner.value), style: amount))
                case .number(let number)?: cells.append(WriteCell(column, .integer(Int64(number))))
                case let other?: cells.append(WriteCell(column, .string(self.value(other)), style: wrapped))
                case nil: break
                }
            }
            if let difference = change.difference { cells.append(WriteCell(7, .integer(difference), style: signed)) }
            if let match = change.match {
                cells.append(WriteCell(8, .string(match.method.label(language) + " \(Int((match.certainty * 100).rounded())) %")))
            }
            let place = model.places[index]
            if let place { cells.append(WriteCell(9, .string("\(place.sheet)!\(place.cell.a1)"), style: .hyperlink)) }
            try sheet.appendRow(cells, at: row)
            if let place {
                try sheet.hyperlink(
                    at: CellAddress(row: row, column: 9), toSheet: place.sheet, cell: place.cell,
                    display: "\(place.sheet)!\(place.cell.a1)")
            }
            row += 1
        }
        if diff.changes.isEmpty {
            try sheet.appendRow(values: [.string(t("Ingen ændringer.", "No changes."))], at: row)
        }
        try sheet.setColumnWidth(18, for: 0)
        try sheet.setColumnWidth(12, for: 1...totals.count + 1)
        try sheet.setColumnWidth(40, for: 2)
        try sheet.setColumnWidth(28, for: 3)
        try sheet.setColumnWidth(30, for: 5...6)
        try sheet.setColumnWidth(14, for: 8)
        try sheet.setColumnWidth(22, for: 9)
        try sheet.freeze(rows: listTop + 1)
        try sheet.setPageSetup(
            PageSetup(
                orientation: .landscape, paperSize: .a4, fitToWidth: 1, fitToHeight: nil,
                repeatRows: listTop...listTop))
    }

    private func fieldLabel(_ field: ChangeField, _ change: PlanChange) -> String {
        switch field {
        case .name: return t("navn", "name")
        case .shortName: return t("kortnavn", "short name")
        case .targetGroup: return t("målgruppe", "target group")
        case .timeline: return t("tidsplan", "timeline")
        case .deliverables: return t("leverancer", "deliverables")
        case .responsible: return t("ansvarlig", "responsible")
        case .otherFocusAreas: return t("øvrige indsatsområder", "other focus areas")
        case .description: return t("beskrivelse", "description")
        case .economy: return t("økonomi", "economy")
        case .totalCost: return t("samlet pris", "total cost")
        case .ownShare: return t("egen andel", "own share")
        case .statedOwnShare: return t("egen andel som brøk", "own share as a fraction")
        case .externalShare: return change.subject ?? t("ekstern andel", "external share")
        case .minimumOwnShare: return t("mindste egen andel", "least own share")
        case .offence: return t("gerningstype", "offence")
        case .baseline: return t("basistal", "baseline")
        case .baselineYear: return t("basisår", "baseline year")
        case .reduction: return t("reduktion %", "reduction %")
        case .target: return t("måltal", "target")
        }
    }
}
