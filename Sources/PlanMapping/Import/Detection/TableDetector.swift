import Spreadsheet

/// Finds the tables in a sheet by themselves: overview tables, area tables (one per
/// sheet or several stacked), crime-target tables and long layouts.
///
/// A header row is a row whose cells name, by meaning (``HeaderVocabulary``), an
/// activity (or an offence) and amounts per year (or a year and an amount column, or a
/// baseline). When a group label such as "Finansiering" stands over the year columns
/// (merged or not) and the years are in the row below, the two rows are read as one
/// header. Title rows above the header give the table's title, focus area and unit;
/// notes below and elsewhere in the sheet may give the unit. The body runs from the
/// header to the last activity, total or remaining row: rows with neither an amount nor
/// an activity with a focus area are notes, a "I alt"/"Total"/"Sum" row is the total,
/// "Resterende beløb pr. år" the remaining row, and after the total only a remaining row
/// may follow. Columns may come in any order; unknown columns are read past; hidden rows
/// and columns are data like any other.
struct TableDetector: Sendable {
    var parsing: any AmountTextParsing = SpreadsheetAmountParsing()

    /// How many rows above a header are searched for a title.
    static let titleWindow = 6
    /// How many rows below a table are searched for a note naming the unit.
    static let noteWindow = 5

    /// The tables of `grid`, top to bottom.
    func detect(in grid: SheetGrid) -> [DetectedTable] {
        let rows = grid.rows
        var found: [(header: Header, body: Body)] = []
        var position = 0
        while position < rows.count {
            guard let header = header(at: position, in: grid) else {
                position += 1
                continue
            }
            let body = self.body(after: header, in: grid)
            found.append((header, body))
            position = max(body.nextPosition, header.lastPosition + 1)
        }
        var tables: [DetectedTable] = []
        var usedRows = Set<Int>()
        for (header, body) in found {
            usedRows.formUnion(header.rows)
            if let range = body.range { usedRows.formUnion(range) }
        }
        let sheetUnit = sheetWideUnit(grid, excluding: usedRows)
        var previousEnd = -1
        for (index, item) in found.enumerated() {
            let nextStart = index + 1 < found.count ? found[index + 1].header.rows.lowerBound : Int.max
            tables.append(
                describe(
                    item.header, item.body, in: grid, above: previousEnd, below: nextStart, sheetUnit: sheetUnit))
            previousEnd = item.body.range?.upperBound ?? item.header.rows.upperBound
        }
        return tables
    }

    // MARK: - Headers

    /// A header: its rows (positions in `grid.rows` and row indices), its columns' labels and roles.
    struct Header {
        var firstPosition: Int
        var lastPosition: Int
        var rows: ClosedRange<Int>
        var labels: [Int: String]
        var roles: [Int: ColumnRole]
        var columns: TableColumns
        var kind: TableKind?
    }

    /// The header starting at `position`, if that row is one.
    func header(at position: Int, in grid: SheetGrid) -> Header? {
        let rows = grid.rows
        let row = rows[position]
        let single = labels(of: row)
        guard single.count >= 2 else { return nil }
        var labels = single
        var lastPosition = position
        var roles = classify(labels)
        // A header names what its columns hold: rows of data (names, amounts) name nothing.
        guard roles.values.contains(where: { $0 != .rowTotal }) else { return nil }
        let hasYears = roles.values.contains { if case .year = $0 { return true } else { return false } }
        if !hasYears, position + 1 < rows.count, rows[position + 1].index == row.index + 1,
            let composed = compose(top: row, bottom: rows[position + 1], in: grid)
        {
            labels = composed
            lastPosition = position + 1
            roles = classify(labels)
        }
        guard var header = makeHeader(labels: labels, roles: roles) else { return nil }
        header.firstPosition = position
        header.lastPosition = lastPosition
        // Year columns name their header cell: the lower row's when two rows were composed.
        for i in header.columns.years.indices {
            header.columns.years[i].headerCell = CellAddress(row: rows[lastPosition].index, column: header.columns.years[i].column)
        }
        // A row of units under the header ("kr.", "(t.kr.)") belongs to it.
        if lastPosition + 1 < rows.count, rows[lastPosition + 1].index == rows[lastPosition].index + 1,
            let units = unitRow(rows[lastPosition + 1])
        {
            lastPosition += 1
            header.lastPosition = lastPosition
            for i in header.columns.years.indices where header.columns.years[i].unit == nil {
                header.columns.years[i].unit = units[header.columns.years[i].column]
            }
            if let amount = header.columns.amount, header.columns.amountUnit == nil {
                header.columns.amountUnit = units[amount]
            }
        }
        header.rows = row.index...rows[lastPosition].index
        return header
    }

    /// The labels of a row's cells by column: texts that could be headers (short, with a
    /// letter or a year in them).
    func labels(of row: Row) -> [Int: String] {
        var labels: [Int: String] = [:]
        for cell in row.cells {
            guard let text = SheetText.label(cell.value), Self.couldBeHeader(text) else { continue }
            labels[cell.column] = text
        }
        return labels
    }

    /// Whether a text could be a header: short, and with a letter or a four-digit year in
    /// it (so amounts such as "123.000" are passed over without further work).
    static func couldBeHeader(_ text: String) -> Bool {
        guard text.utf8.count <= 160 else { return false }
        var digitRun = 0
        var hasYear = false
        for scalar in text.unicodeScalars {
            if scalar.properties.isAlphabetic { return true }
            if scalar >= "0" && scalar <= "9" {
                digitRun += 1
            } else {
                if digitRun == 4 { hasYear = true }
                digitRun = 0
            }
        }
        return hasYear || digitRun == 4
    }

    /// The units of a row that holds nothing but units ("kr.", "(t.kr.)", "DKK '000") by
    /// column; `nil` for any other row.
    func unitRow(_ row: Row) -> [Int: AmountUnit]? {
        var units: [Int: AmountUnit] = [:]
        for cell in row.cells where !SheetText.isBlank(cell.value) {
            guard let text = SheetText.string(cell.value) else { return nil }
            let label = LabelText(text)
            guard label.words.isEmpty, label.years.isEmpty, let unit = parsing.unit(inHeader: text) else { return nil }
            units[cell.column] = unit
        }
        return units.isEmpty ? nil : units
    }

    /// Two rows read as one header when the lower one holds only years (and header words)
    /// under a group label: "Finansiering" merged over C4:F4 and 2013…2016 in C5:F5.
    func compose(top: Row, bottom: Row, in grid: SheetGrid) -> [Int: String]? {
        let lower = labels(of: bottom)
        guard !lower.isEmpty else { return nil }
        var yearCount = 0
        for (_, text) in lower {
            let label = LabelText(text)
            if label.years.count == 1, HeaderVocabulary.role(of: label) != nil {
                yearCount += 1
            } else if HeaderVocabulary.role(of: label) == nil {
                return nil
            }
        }
        guard yearCount > 0 else { return nil }
        let upper = labels(of: top)
        var composed: [Int: String] = [:]
        for column in Set(upper.keys).union(lower.keys) {
            var head = upper[column]
            if head == nil, let range = grid.mergedRanges.first(where: {
                $0.contains(CellAddress(row: top.index, column: column)) && $0.start.row == top.index
            }) {
                head = upper[range.start.column]
            }
            if head == nil, let text = lower[column], LabelText(text).years.count == 1 {
                // A group label to the left, not merged (CSV): "Finansiering;;;" over the years.
                if let left = upper.keys.filter({ $0 < column }).max(), let leftText = upper[left],
                    HeaderVocabulary.role(of: LabelText(leftText)) == .amount,
                    lower[left].map({ LabelText($0).years.count == 1 }) ?? false
                {
                    head = leftText
                }
            }
            composed[column] = [head, lower[column]].compactMap { $0 }.joined(separator: " ")
        }
        return composed
    }

    /// Roles by column.
    func classify(_ labels: [Int: String]) -> [Int: ColumnRole] {
        var roles: [Int: ColumnRole] = [:]
        for (column, text) in labels {
            if let role = HeaderVocabulary.role(of: LabelText(text)) { roles[column] = role }
        }
        return roles
    }

    /// A header from its labels and roles, or `nil` when the roles make no table.
    func makeHeader(labels: [Int: String], roles: [Int: ColumnRole]) -> Header? {
        var columns = TableColumns()
        var seenYears = Set<Int>()
        var groups: [Int] = []
        for column in roles.keys.sorted() {
            let label = LabelText(labels[column] ?? "")
            switch roles[column]! {
            case .area: if columns.area == nil { columns.area = column }
            case .activity: if columns.activity == nil { columns.activity = column }
            case .id: if columns.id == nil { columns.id = column }
            case .responsible: if columns.responsible == nil { columns.responsible = column }
            case .remarks: columns.remarks.append(column)
            case .year(let year):
                guard seenYears.insert(year).inserted else { continue }
                columns.years.append(
                    TableColumns.YearColumn(
                        year: year, column: column, unit: parsing.unit(inHeader: label.raw), reduction: label.reduction))
            case .yearKey: if columns.year == nil { columns.year = column }
            case .amount: groups.append(column)
            case .offence: if columns.offence == nil { columns.offence = column }
            case .baseline:
                if columns.baseline == nil {
                    columns.baseline = column
                    columns.baselineYear = label.years.first
                }
            case .rowTotal: break
            }
        }
        let kind: TableKind?
        if columns.activity == nil, columns.offence != nil || columns.baseline != nil {
            guard !columns.years.isEmpty || columns.baseline != nil else { return nil }
            if columns.offence == nil {
                // The offence is the first text column left of the baseline.
                let baseline = columns.baseline!
                columns.offence = labels.keys.filter { $0 < baseline && roles[$0] == nil }.min()
                guard columns.offence != nil else { return nil }
            }
            if columns.baseline == nil, columns.years.count >= 2,
                let earliest = columns.years.min(by: { $0.year < $1.year }), earliest.reduction == nil
            {
                // "Gerningstype | 2012 | 2013 (-10 %) | …": the earliest year, with no
                // reduction of its own, is the baseline the targets are reduced from.
                columns.baseline = earliest.column
                columns.baselineYear = earliest.year
                columns.years.removeAll { $0.column == earliest.column }
            }
            kind = .crimeTargets
        } else if columns.activity != nil, !columns.years.isEmpty {
            kind = nil  // overview or area table: decided from the title and the rows
        } else if columns.activity != nil, columns.year != nil, let amount = groups.first {
            columns.amount = amount
            columns.amountUnit = parsing.unit(inHeader: labels[amount] ?? "")
            kind = .long
        } else {
            return nil
        }
        return Header(firstPosition: 0, lastPosition: 0, rows: 0...0, labels: labels, roles: roles, columns: columns, kind: kind)
    }

    // MARK: - Bodies

    /// A table's body: the range of its rows, and where scanning goes on.
    struct Body {
        var range: ClosedRange<Int>?
        var nextPosition: Int
        var dataRows: [Int]
        var hasTotal: Bool
        var hasRemaining: Bool
        var areas: Set<Int>
    }

    /// What a body row is.
    enum RowKind: Equatable {
        case data, total, remaining, note
    }

    /// Classifies a row of a table with `columns` (`nil` for a row that is blank in the table).
    func rowKind(_ row: Row, columns: TableColumns, kind: TableKind?) -> RowKind? {
        var blank = true
        for cell in row.cells where !SheetText.isBlank(cell.value) {
            blank = false
            break
        }
        if blank { return nil }
        if kind == .crimeTargets {
            guard let offence = columns.offence, let text = SheetText.label(row[offence]) else { return .note }
            let hasCount = ([columns.baseline].compactMap { $0 } + columns.years.map(\.column)).contains {
                !SheetText.isBlank(row[$0])
            }
            if HeaderVocabulary.isTotal(LabelText(text)) { return .total }
            return hasCount ? .data : .note
        }
        for column in columns.labelColumns() {
            guard let text = SheetText.string(row[column]) else { continue }
            let label = LabelText(text)
            if HeaderVocabulary.isTotal(label) { return .total }
            if HeaderVocabulary.isRemaining(label) { return .remaining }
            break
        }
        let hasAmount = columns.amountColumns.contains { !SheetText.isBlank(row[$0]) }
        let name = columns.activity.flatMap { SheetText.label(row[$0]) }
        if hasAmount { return .data }
        if name != nil, let area = columns.area, !SheetText.isBlank(row[area]) { return .data }
        if name != nil, kind == .long { return .data }
        return .note
    }

    /// The body below `header`.
    func body(after header: Header, in grid: SheetGrid) -> Body {
        body(afterRow: header.rows.upperBound, columns: header.columns, kind: header.kind, in: grid)
    }

    /// The body of a table with `columns` whose header ends at row index `headerEnd`;
    /// `lastRow` (a row index), when given, ends it there.
    func body(
        afterRow headerEnd: Int, columns: TableColumns, kind: TableKind?, lastRow: Int? = nil, in grid: SheetGrid
    ) -> Body {
        let rows = grid.rows
        var position = rows.firstIndex { $0.index > headerEnd } ?? rows.count
        let firstPosition = position
        var last: Int?
        var dataRows: [Int] = []
        var hasTotal = false
        var hasRemaining = false
        var areas = Set<Int>()
        while position < rows.count {
            let row = rows[position]
            if let lastRow, row.index > lastRow { break }
            if lastRow == nil, self.header(at: position, in: grid) != nil { break }
            guard let rowKind = rowKind(row, columns: columns, kind: kind) else {
                position += 1
                continue
            }
            if hasTotal || hasRemaining {
                // After the total only the remaining row (or the total, when the remaining row came first).
                if rowKind == .remaining && !hasRemaining {
                    hasRemaining = true
                    last = row.index
                    position += 1
                    continue
                }
                if rowKind == .total && !hasTotal {
                    hasTotal = true
                    last = row.index
                    position += 1
                    continue
                }
                if lastRow == nil { break }
                position += 1
                continue
            }
            switch rowKind {
            case .data:
                dataRows.append(row.index)
                if let column = columns.area, let text = SheetText.label(row[column]),
                    let area = LabelText.firstInteger(in: text)
                {
                    areas.insert(area)
                }
                last = row.index
            case .total:
                hasTotal = true
                last = row.index
            case .remaining:
                hasRemaining = true
                last = row.index
            case .note:
                break
            }
            position += 1
        }
        // Scanning resumes after the last row that belongs to the table.
        var next = firstPosition
        if let last {
            while next < rows.count, rows[next].index <= last { next += 1 }
        }
        return Body(
            range: last.map { (headerEnd + 1)...$0 }, nextPosition: next, dataRows: dataRows, hasTotal: hasTotal,
            hasRemaining: hasRemaining, areas: areas)
    }

    // MARK: - Titles, kinds and units

    /// Completes a table: title, area, kind and unit.
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

extension TableDetector {
    /// A table whose header row and columns are given (by a mapping file): its body, title,
    /// area and unit are found as for a detected table, then `kind`, `area` and `unit`
    /// override what was found when given.
    func table(
        kind: TableKind, columns: TableColumns, headerRow: Int, firstRow: Int?, lastRow: Int?, area: Int?,
        unit: AmountUnit?, in grid: SheetGrid
    ) -> DetectedTable {
        let headerEnd = max(headerRow, (firstRow ?? headerRow + 1) - 1)
        var columns = columns
        for index in columns.years.indices where columns.years[index].headerCell == nil {
            columns.years[index].headerCell = CellAddress(row: headerRow, column: columns.years[index].column)
        }
        var header = Header(
            firstPosition: 0, lastPosition: 0, rows: headerRow...headerEnd,
            labels: grid.row(headerRow).map { labels(of: $0) } ?? [:], roles: [:], columns: columns, kind: kind)
        header.kind = kind
        let body = self.body(afterRow: headerEnd, columns: columns, kind: kind, lastRow: lastRow, in: grid)
        var table = describe(header, body, in: grid, above: -1, below: Int.max, sheetUnit: nil)
        table.kind = kind
        if kind == .area { table.area = area ?? table.area ?? SheetText.areaNumber(inTitle: grid.name) } else { table.area = nil }
        if let unit {
            table.unit = unit
            table.unitSource = .mapping
            table.unitCell = nil
        }
        return table
    }
}
