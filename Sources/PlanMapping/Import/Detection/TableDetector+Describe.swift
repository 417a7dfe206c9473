import Spreadsheet

extension TableDetector {
    /// Completes a table: title, area, kind, unit, its lines, what it sets aside and what was found out.
    func describe(
        _ header: Header, _ body: Body, in grid: SheetGrid, above previousEnd: Int, below nextStart: Int,
        sheetUnit: (unit: AmountUnit, cell: CellAddress)?
    ) -> DetectedTable {
        // Title rows: up to `titleWindow` rows above the header, after the previous table.
        let top = max(previousEnd + 1, header.rows.lowerBound - Self.titleWindow)
        let titleRows = grid.rows.filter { $0.index >= top && $0.index < header.rows.lowerBound }
        var title: (text: String, cell: CellAddress)?
        var titleArea: Int?
        var titleUnit: AmountUnit?
        var titleUnitCell: CellAddress?
        for row in titleRows {
            for cell in row.cells {
                guard let text = SheetText.string(cell.value) else { continue }
                if title == nil { title = (text, cell.address(inRow: row.index)) }
                if titleArea == nil, let area = SheetText.areaNumber(inTitle: text) {
                    titleArea = area
                    title = (text, cell.address(inRow: row.index))
                }
                if titleUnit == nil, let unit = parsing.unit(inHeader: text) {
                    titleUnit = unit
                    titleUnitCell = cell.address(inRow: row.index)
                }
            }
        }
        let sheetArea = SheetText.areaNumber(inTitle: grid.name)
        var kind = header.kind
        var area: Int?
        if kind == nil {
            let titleText = title.map { LabelText($0.text).normalized } ?? ""
            let saysOverview = ["oversigt", "overview", "summary", "sammendrag"].contains { titleText.contains($0) }
            if body.hasRemaining || saysOverview {
                kind = .overview
            } else if let titleArea {
                kind = .area
                area = titleArea
            } else if body.areas.count > 1 {
                kind = .overview
            } else if let sheetArea {
                kind = .area
                area = sheetArea
            } else if body.areas.count == 1 {
                kind = .area
                area = body.areas.first
            } else {
                kind = .overview
            }
        }
        // Unit: the headers', else a title's, else a note's below, else one elsewhere in the sheet.
        var unit = AmountUnit.kroner
        var source = DetectedTable.UnitSource.assumed
        var unitCell: CellAddress?
        let headerUnits = header.columns.years.map(\.unit) + (header.columns.amount != nil ? [header.columns.amountUnit] : [])
        if !headerUnits.isEmpty, headerUnits.allSatisfy({ $0 != nil }) {
            unit = headerUnits.compactMap { $0 }.max() ?? .kroner
            source = .header
            let column = header.columns.years.first { $0.unit == unit }?.column ?? header.columns.amount
            unitCell = column.map { CellAddress(row: header.rows.lowerBound, column: $0) }
        } else if let titleUnit {
            unit = titleUnit
            source = .title
            unitCell = titleUnitCell
        } else if let note = self.noteUnit(below: body.range?.upperBound ?? header.rows.upperBound, before: nextStart, in: grid) {
            unit = note.unit
            source = .note
            unitCell = note.cell
        } else if let sheetUnit {
            unit = sheetUnit.unit
            source = .note
            unitCell = sheetUnit.cell
        }
        let danish = header.labels.values.contains { HeaderVocabulary.isDanish(LabelText($0)) }
        var table = DetectedTable(
            kind: kind ?? .overview, sheet: grid.name, headerRows: header.rows, bodyRows: body.range,
            title: title?.text, titleCell: title?.cell, area: kind == .area ? area : nil, columns: header.columns,
            unit: unit, unitSource: source)
        table.unitCell = unitCell
        table.hasDanishHeaders = danish
        table.lines = body.lines
        table.setAsideColumns = header.setAside
        for line in body.lines where line.kind == .subtotal { table.setAsideRows[line.row] = .subtotalChecked }
        table.notes = header.notes
        table.features = header.features.filter { if case .ledger = $0 { return false } else { return true } }
        if body.lines.first(where: { $0.kind != .heading && $0.kind != .note })?.kind == .total {
            table.features.append(.totalAbove)
        }
        let subtotals = body.lines.filter { $0.kind == .subtotal }.count
        if subtotals > 0 { table.features.append(.subtotals(subtotals)) }
        let headings = body.lines.filter { $0.kind == .heading }.count
        if headings > 0 { table.features.append(.sectionHeadings(headings)) }
        if table.kind == .long, !header.columns.descriptive.isEmpty {
            table.isLedger = true
            table.features.append(.ledger(lines: body.lines.filter { $0.kind == .activity }.count))
        }
        return table
    }

    /// A unit named by a note in the rows just below a table, with the note's cell.
    func noteUnit(below end: Int, before nextStart: Int, in grid: SheetGrid) -> (unit: AmountUnit, cell: CellAddress)? {
        for row in grid.rows where row.index > end && row.index < min(nextStart, end + 1 + Self.noteWindow) {
            for cell in row.cells {
                if let text = SheetText.string(cell.value), let unit = parsing.unit(inHeader: text) {
                    return (unit, cell.address(inRow: row.index))
                }
            }
        }
        return nil
    }

    /// A unit named by a text cell outside every table of the sheet (a note under the last
    /// of several stacked tables speaks for all of them).
    func sheetWideUnit(_ grid: SheetGrid, excluding used: Set<Int>) -> (unit: AmountUnit, cell: CellAddress)? {
        for row in grid.rows where !used.contains(row.index) {
            for cell in row.cells {
                if let text = SheetText.string(cell.value), let unit = parsing.unit(inHeader: text) {
                    return (unit, cell.address(inRow: row.index))
                }
            }
        }
        return nil
    }
}
