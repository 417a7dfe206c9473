import PlanModel
import Spreadsheet

/// Builds the "Aktiviteter" sheet: the facts of each activity besides its money.
///
/// Columns: Id, Indsatsområde, Aktivitet (area-table name), Navn i oversigten (short
/// name), Andre navne, Målgruppe, Tidsplan, Leverancer, Ansvarlig for implementering,
/// Bidrager til øvrige indsatsområder ("Alle" or "2, 3"), Medfinansiering. Lists are
/// one item per line; long text wraps. Rows are sorted like the overview.
struct ActivitySheetBuilder {
    static let sheetName = "Aktiviteter"
    static let title = "Aktiviteter: målgruppe, tidsplan, leverancer og ansvar"

    static let headings = [
        ExportHeading.id, ExportHeading.focusArea, ExportHeading.activity, "Navn i oversigten", "Andre navne",
        "Målgruppe", "Tidsplan", "Leverancer", "Ansvarlig for implementering",
        "Bidrager til øvrige indsatsområder", "Medfinansiering",
    ]

    let plan: Plan

    func build() -> ExportSheet {
        var rows: [ExportRow] = [ExportRow(.title, [.text(0, Self.title, .title)])]
        let headerRow = rows.count
        rows.append(ExportRow(.header, Self.headings.enumerated().map { .text($0.offset, $0.element, .header) }))
        for activity in ExportOrder.activities(of: plan) {
            let texts: [String] = [
                activity.name, activity.shortName, Self.lines(activity.aliases), activity.targetGroup ?? "",
                activity.timeline ?? "", Self.lines(activity.deliverables), Self.lines(activity.responsible),
                Self.otherAreas(activity.otherFocusAreas), activity.coFinancing.map(Self.coFinancing) ?? "",
            ]
            var cells: [ExportCell] = [
                .text(0, activity.id, .identifier), .integer(1, activity.focusArea, .areaNumber),
            ]
            for (offset, text) in texts.enumerated() where !text.isEmpty {
                cells.append(.text(2 + offset, text, offset < 2 ? .text : .wrappedText))
            }
            rows.append(ExportRow(.activity(id: activity.id), cells))
        }
        var sheet = ExportSheet(
            name: Self.sheetName, rows: rows, frozenRows: headerRow + 1, frozenColumns: 3,
            printTitleRows: headerRow...headerRow)
        sheet.fitColumns(minimum: 6, maximum: 40, maximumByColumn: [1: 15])
        return sheet
    }

    /// One item per line.
    static func lines(_ items: [String]) -> String {
        items.filter { !$0.isEmpty }.joined(separator: "\n")
    }

    /// "Alle", "2, 3", or empty.
    static func otherAreas(_ areas: OtherFocusAreas) -> String {
        switch areas {
        case .all: return "Alle"
        case .areas(let numbers): return numbers.map(String.init).joined(separator: ", ")
        }
    }

    /// The co-financing in lines: total cost, own share, external shares, minimum.
    ///
    /// ```
    /// Samlet udgift: 1.000.000 kr.
    /// Egenandel: 340.000 kr. (1/3)
    /// Naturstyrelsen: 660.000 kr. (søgt)
    /// Krav: egenandel mindst 1/3 (Naturstyrelsen)
    /// ```
    static func coFinancing(_ financing: CoFinancing) -> String {
        var lines = ["Samlet udgift: \(financing.totalCost.phrase(.danish))"]
        var own = "Egenandel: \(financing.ownShare.phrase(.danish))"
        if let stated = financing.statedOwnShare { own += " (\(stated))" }
        lines.append(own)
        for share in financing.externalShares {
            var line = "\(share.source): \(share.amount.phrase(.danish))"
            if let status = share.status, !status.isEmpty { line += " (\(status))" }
            lines.append(line)
        }
        if let minimum = financing.minimumOwnShare {
            var line = "Krav: egenandel mindst \(minimum)"
            if let by = financing.minimumOwnShareRequiredBy, !by.isEmpty { line += " (\(by))" }
            lines.append(line)
        }
        return lines.joined(separator: "\n")
    }
}
