import PlanModel
import Spreadsheet

/// Finds the tables in a sheet by themselves: overview tables, area tables (one per
/// sheet or several stacked), crime-target tables, long layouts and ledgers.
///
/// A header row is a row whose cells name, by meaning (``HeaderVocabulary``), an
/// activity (or an offence) and amounts per year (or a year and an amount column, or a
/// baseline). Years are read in the forms partners write them (``YearLabel``: "B2013",
/// "Budget 2014", "FY13", a date cell shown as a year). When a second row below the
/// first makes more of the columns known — years under a merged "Finansiering", or
/// "Budget"/"Forbrug" under merged years — the two rows are read as one header; columns
/// of actual spending or forecasts are set aside with their reason. Title rows above the
/// header give the table's title, focus area and unit; notes below and elsewhere in the
/// sheet may give the unit. A table with one amount column and no years takes its year
/// from a title or the sheet's name (one sheet per year).
///
/// The body's rows are classified once (``TableLine``): activities, the grand total
/// above or below them, subtotals, section headings that give the focus area of the
/// rows below, the remaining row, notes. Columns may come in any order; unknown columns
/// are read past; hidden rows and columns are data like any other.
///
/// A sheet in which no table is found is tried turned (years down the rows, activities
/// across the columns).
struct TableDetector: Sendable {
    var parsing: any AmountTextParsing = SpreadsheetAmountParsing()
    /// The plan period the files are read for, when known: it says which years are plausible.
    var period: PlanPeriod?
    /// The years a header can name (set per sheet from ``period`` and the sheet's own years).
    var years = YearContext(period: nil)

    /// How many rows above a header are searched for a title.
    static let titleWindow = 6
    /// How many rows below a table are searched for a note naming the unit.
    static let noteWindow = 5
    /// How many rows at the top of a sheet are searched for the years it writes.
    static let yearEvidenceRows = 40

    /// The tables of `grid`, top to bottom; turned tables when the sheet as it stands has none.
    func detect(in grid: SheetGrid) -> [DetectedTable] {
        detectSheet(grid).tables
    }

    /// The tables of `grid` (turned ones when the sheet as it stands has none), and what
    /// could not be settled about header rows that made no table (a year in two digits
    /// with nothing to place it by), at their cells.
    func detectSheet(_ grid: SheetGrid) -> (tables: [DetectedTable], notes: [LayoutNote]) {
        let detector = self.sheetDetector(for: grid)
        let (tables, notes) = detector.scan(grid)
        if !tables.isEmpty || !notes.isEmpty { return (tables, notes) }
        let turned = grid.transposed()
        let (turnedTables, turnedNotes) = detector.scan(turned)
        let mapped = turnedNotes.map { note in
            var note = note
            note.cell = CellAddress(row: note.cell.column, column: note.cell.row)
            return note
        }
        return (
            turnedTables.map { table in
                var table = table
                table.isTransposed = true
                table.features.insert(.transposed, at: 0)
                table.notes = table.notes.map { note in
                    var note = note
                    note.cell = table.sheetAddress(note.cell)
                    return note
                }
                return table
            }, mapped
        )
    }

    /// This detector with the year context of `grid`.
    func sheetDetector(for grid: SheetGrid) -> TableDetector {
        var detector = self
        var found = LabelText(grid.name).years
        for row in grid.rows.prefix(Self.yearEvidenceRows) {
            for cell in row.cells {
                guard let text = headerText(cell), Self.couldBeHeader(text) else { continue }
                found += LabelText(text).years
            }
        }
        detector.years = YearContext(period: period, sheetYears: found)
        return detector
    }

    /// The tables of `grid` as it stands, and the notes of header rows it refused.
    func scan(_ grid: SheetGrid) -> (tables: [DetectedTable], notes: [LayoutNote]) {
        let rows = grid.rows
        var found: [(header: Header, body: Body)] = []
        var refusals: [LayoutNote] = []
        var position = 0
        while position < rows.count {
            guard var header = header(at: position, in: grid) else {
                position += 1
                continue
            }
            if header.refused {
                refusals += header.notes
                position += 1
                continue
            }
            if header.needsYear {
                guard resolveYear(of: &header, in: grid, after: found.last?.body.lastRow ?? -1) else {
                    position += 1
                    continue
                }
            }
            let body = self.body(after: header, in: grid)
            if header.features.contains(where: \.takesNamesFromAnUnheadedColumn),
                !namesActivities(body, column: header.columns.activity, in: grid)
            {
                position += 1
                continue
            }
            found.append((header, body))
            position = max(body.nextPosition, header.lastPosition + 1)
        }
        var usedRows = Set<Int>()
        for (header, body) in found {
            usedRows.formUnion(header.rows)
            if let range = body.range { usedRows.formUnion(range) }
        }
        let sheetUnit = sheetWideUnit(grid, excluding: usedRows)
        var tables: [DetectedTable] = []
        var previousEnd = -1
        for (index, item) in found.enumerated() {
            let nextStart = index + 1 < found.count ? found[index + 1].header.rows.lowerBound : Int.max
            tables.append(
                describe(item.header, item.body, in: grid, above: previousEnd, below: nextStart, sheetUnit: sheetUnit))
            previousEnd = item.body.range?.upperBound ?? item.header.rows.upperBound
        }
        return (tables, refusals)
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
        /// Columns read past with their reason (actuals, forecasts, row sums).
        var setAside: [Int: SetAsideReason] = [:]
        var notes: [LayoutNote] = []
        var features: [LayoutFeature] = []
        /// The table has one amount column and no years: its year comes from a title or the sheet's name.
        var needsYear = false
        /// A header row that names activities and years that cannot be read: no table, only its notes.
        var refused = false
    }

    /// The header starting at `position`, if that row is one: the row alone, or the row and
    /// the one below it read together when that makes more of the columns known.
    func header(at position: Int, in grid: SheetGrid) -> Header? {
        let rows = grid.rows
        let row = rows[position]
        let single = labels(of: row)
        guard single.count >= 2 else { return nil }
        let singleRoles = classify(single)
        // A header names what its columns hold: rows of data (names, amounts) name nothing.
        guard singleRoles.values.contains(where: { $0 != .rowTotal }) else { return nil }
        var best = makeHeader(labels: single, roles: singleRoles)
        var lastPosition = position
        var yearCells: [Int: CellAddress] = [:]
        for (column, _) in single { yearCells[column] = CellAddress(row: row.index, column: column) }
        if position + 1 < rows.count, rows[position + 1].index == row.index + 1,
            let composed = compose(top: row, bottom: rows[position + 1], in: grid)
        {
            let roles = classify(composed.labels)
            if let candidate = makeHeader(labels: composed.labels, roles: roles),
                Self.score(candidate) > best.map(Self.score) ?? -1
            {
                best = candidate
                lastPosition = position + 1
                yearCells = composed.yearCells
                best?.features.append(.twoRowHeader)
            }
        }
        guard var header = best else {
            // Activities and years that cannot be placed: refused at the year cells, not passed over in silence.
            let cells = single.keys.reduce(into: [Int: CellAddress]()) { $0[$1] = CellAddress(row: row.index, column: $1) }
            let notes = unplacedYearNotes(single, roles: singleRoles, cells: cells, row: row.index)
            guard !notes.isEmpty, singleRoles.values.contains(.activity) else { return nil }
            return Header(
                firstPosition: position, lastPosition: position, rows: row.index...row.index, labels: single,
                roles: singleRoles, columns: TableColumns(), kind: nil, notes: notes, refused: true)
        }
        header.firstPosition = position
        header.lastPosition = lastPosition
        // Year columns name the cell their year is written in.
        for i in header.columns.years.indices {
            let column = header.columns.years[i].column
            header.columns.years[i].headerCell = yearCells[column] ?? CellAddress(row: rows[lastPosition].index, column: column)
        }
        header.notes += unplacedYearNotes(header.labels, roles: header.roles, cells: yearCells, row: rows[lastPosition].index)
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

    /// How much of a table a header makes known: its recognised columns, years counting double.
    static func score(_ header: Header) -> Int {
        header.roles.count + header.columns.years.count
    }

    /// The labels of a row's cells by column: texts that could be headers (short, with a
    /// letter or a year in them), and date cells shown as a year.
    func labels(of row: Row) -> [Int: String] {
        var labels: [Int: String] = [:]
        for cell in row.cells {
            guard let text = headerText(cell), Self.couldBeHeader(text) else { continue }
            labels[cell.column] = text
        }
        return labels
    }

    /// A cell's text as a header: its label, or the year of a date cell whose format shows
    /// only the year (or that falls on the first of January).
    func headerText(_ cell: Cell) -> String? {
        if case .date(let date) = cell.value {
            guard let parts = date.components else { return nil }
            let format = (cell.numberFormat ?? "").lowercased()
            let showsOnlyYear = format.contains("yy") && !format.contains("d") && !format.contains("m")
            guard showsOnlyYear || (parts.month == 1 && parts.day == 1) else { return nil }
            return String(parts.year)
        }
        return SheetText.label(cell.value)
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

    /// Two rows read as one header: each label of the lower row names something by itself
    /// (a year, "Budget", "Forbrug", a column's role), and a label of the upper row stands
    /// over the lower labels under it — merged over them, or (as in a CSV file) written
    /// once at the left of its group with the cells to its right empty. "Finansiering"
    /// over 2013…2016 gives "Finansiering 2013"…; 2013 over "Budget" and "Forbrug" gives
    /// "2013 Budget" and "2013 Forbrug". Also returns, per column, the cell its year is written in.
    func compose(top: Row, bottom: Row, in grid: SheetGrid) -> (labels: [Int: String], yearCells: [Int: CellAddress])? {
        let lower = labels(of: bottom)
        guard !lower.isEmpty else { return nil }
        for (_, text) in lower {
            let label = LabelText(text)
            guard HeaderVocabulary.role(of: label, context: years) != nil else { return nil }
        }
        let upper = labels(of: top)
        let groupHeads = upper.filter { _, text in
            switch HeaderVocabulary.role(of: LabelText(text), context: years) {
            case .year, .amount, .figures: return true
            default: return false
            }
        }
        // Sorted once: the group label left of a column is found by binary search, so a
        // header of a million columns stays linear.
        let upperColumns = upper.keys.sorted()
        var composed: [Int: String] = [:]
        var yearCells: [Int: CellAddress] = [:]
        for column in Set(upper.keys).union(lower.keys) {
            var headColumn: Int? = upper[column] != nil ? column : nil
            if headColumn == nil,
                let range = grid.mergedRanges.first(where: {
                    $0.contains(CellAddress(row: top.index, column: column)) && $0.start.row == top.index
                })
            {
                headColumn = upper[range.start.column] != nil ? range.start.column : nil
            }
            if headColumn == nil, lower[column] != nil,
                let left = Self.last(in: upperColumns, before: column), groupHeads[left] != nil, lower[left] != nil
            {
                headColumn = left
            }
            let head = headColumn.flatMap { upper[$0] }
            composed[column] = [head, lower[column]].compactMap { $0 }.joined(separator: " ")
            let lowerHasYear = lower[column].map { !YearLabel(LabelText($0), context: years).years.isEmpty } ?? false
            if lowerHasYear || headColumn == nil {
                yearCells[column] = CellAddress(row: bottom.index, column: column)
            } else if let headColumn {
                yearCells[column] = CellAddress(row: top.index, column: headColumn)
            }
        }
        return (composed, yearCells)
    }

    /// The largest of the ascending `columns` below `column`, found by halving (a row of a
    /// million labels must not cost a million steps per column).
    static func last(in columns: [Int], before column: Int) -> Int? {
        var low = 0
        var high = columns.count
        while low < high {
            let middle = (low + high) / 2
            if columns[middle] < column { low = middle + 1 } else { high = middle }
        }
        return low > 0 ? columns[low - 1] : nil
    }

    /// Roles by column.
    func classify(_ labels: [Int: String]) -> [Int: ColumnRole] {
        var roles: [Int: ColumnRole] = [:]
        for (column, text) in labels {
            if let role = HeaderVocabulary.role(of: LabelText(text), context: years) { roles[column] = role }
        }
        return roles
    }

    /// Errors at header cells that write a year in two digits ("B13") when nothing says
    /// which century is meant.
    func unplacedYearNotes(_ labels: [Int: String], roles: [Int: ColumnRole], cells: [Int: CellAddress], row: Int)
        -> [LayoutNote]
    {
        var notes: [LayoutNote] = []
        for column in labels.keys.sorted() where roles[column] == nil {
            guard let written = YearLabel(LabelText(labels[column]!), context: years).unplacedTwoDigitYear else { continue }
            notes.append(
                LayoutNote(
                    severity: .error, cell: cells[column] ?? CellAddress(row: row, column: column),
                    message: LocalizedText(
                        da:
                            "overskriften “\(labels[column]!)” skriver året med to cifre (\(written)), og hverken planen (--plan) eller et firecifret år i arket siger hvilket århundrede; kolonnen er ikke læst. Skriv året med fire cifre eller angiv --plan.",
                        en:
                            "the heading “\(labels[column]!)” writes the year in two digits (\(written)), and neither the plan (--plan) nor a four-digit year in the sheet says which century; the column was not read. Write the year in four digits or give --plan."
                    )))
        }
        return notes
    }

    /// A header from its labels and roles, or `nil` when the roles make no table.
    func makeHeader(labels: [Int: String], roles: [Int: ColumnRole]) -> Header? {
        var columns = TableColumns()
        var seenYears: [Int: Int] = [:]
        var groups: [Int] = []
        var names: [Int] = []
        var setAside: [Int: SetAsideReason] = [:]
        for column in roles.keys.sorted() {
            let text = labels[column] ?? ""
            let label = LabelText(text)
            switch roles[column]! {
            case .area: if columns.area == nil { columns.area = column }
            case .activity: names.append(column)
            case .id: if columns.id == nil { columns.id = column }
            case .responsible: if columns.responsible == nil { columns.responsible = column }
            case .remarks: columns.remarks.append(column)
            case .year(let year):
                if let first = seenYears[year] {
                    setAside[column] = .anotherColumnForYear(year: year, heading: text, readColumn: first)
                    continue
                }
                seenYears[year] = column
                columns.years.append(
                    TableColumns.YearColumn(
                        year: year, column: column, unit: parsing.unit(inHeader: label.raw), reduction: label.reduction))
            case .yearKey: if columns.year == nil { columns.year = column }
            case .amount: groups.append(column)
            case .offence: if columns.offence == nil { columns.offence = column }
            case .baseline:
                if columns.baseline == nil {
                    columns.baseline = column
                    columns.baselineYear = YearLabel(label, context: years).years.first
                }
            case .rowTotal: setAside[column] = .rowTotalColumn
            case .figures(let basis, _): setAside[column] = basis.reason(heading: text)
            case .ledger: columns.descriptive.append(column)
            }
        }
        // Several name columns (a ledger's "Projekt" beside its "Aktivitet"): the activity's wins.
        if let primary = names.first(where: { HeaderVocabulary.isPrimaryActivity(LabelText(labels[$0] ?? "")) }) ?? names.first {
            columns.activity = primary
            columns.descriptive += names.filter { $0 != primary }
        }
        var features: [LayoutFeature] = []
        var needsYear = false
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
        } else if columns.activity != nil, columns.year == nil, groups.count == 1 {
            // One amount column and no years: one sheet (or table) per year.
            columns.amount = groups[0]
            columns.amountUnit = parsing.unit(inHeader: labels[groups[0]] ?? "")
            needsYear = true
            kind = nil
        } else if columns.activity == nil, let nameColumn = unlabelledNameColumn(columns: columns, roles: roles) {
            columns.activity = nameColumn
            features.append(.unlabelledNames)
            kind = nil
        } else if columns.activity == nil, let textColumn = textNameColumn(columns: columns, labels: labels) {
            columns.activity = textColumn
            columns.descriptive.removeAll { $0 == textColumn }
            features.append(.namesFromTextColumn(labels[textColumn] ?? ""))
            kind = nil
        } else {
            return nil
        }
        if !columns.descriptive.isEmpty, kind == .long {
            // Bookkeeping columns beside an activity, a year and an amount: a ledger.
            features.append(.ledger(lines: 0))
        }
        return Header(
            firstPosition: 0, lastPosition: 0, rows: 0...0, labels: labels, roles: roles, columns: columns, kind: kind,
            setAside: setAside, features: features, needsYear: needsYear)
    }

    /// The column of activity names when no heading names it: the leftmost column left of
    /// the years that no heading claims, when the headings are two or more consecutive
    /// years (so that a row of amounts is never taken for a header).
    func unlabelledNameColumn(columns: TableColumns, roles: [Int: ColumnRole]) -> Int? {
        guard let firstYear = Self.firstOfConsecutiveYearColumns(columns), firstYear > 0 else { return nil }
        let claimed = Set([columns.area, columns.id, columns.responsible].compactMap { $0 } + columns.remarks + columns.descriptive)
        return (0..<firstYear).first { column in
            !claimed.contains(column) && (roles[column] == nil || roles[column] == .yearKey)
        }
    }

    /// The column of activity names when no heading names one but a bookkeeping text column
    /// ("Konto | Tekst | Budget 2013 | Budget 2014", an extract from a finance system) stands
    /// left of the years: the leftmost such column, under the same two-consecutive-years guard
    /// as ``unlabelledNameColumn(columns:roles:)``.
    func textNameColumn(columns: TableColumns, labels: [Int: String]) -> Int? {
        guard let firstYear = Self.firstOfConsecutiveYearColumns(columns) else { return nil }
        return columns.descriptive.sorted().first { column in
            column < firstYear && HeaderVocabulary.ledgerText.contains(LabelText(labels[column] ?? "").compact)
        }
    }

    /// The leftmost year column when the headings name two or more consecutive years (the
    /// guard of a table whose name column no heading names: a row of amounts is never taken
    /// for a header); `nil` otherwise.
    static func firstOfConsecutiveYearColumns(_ columns: TableColumns) -> Int? {
        let years = columns.years.map(\.year)
        guard years.count >= 2, zip(years, years.dropFirst()).allSatisfy({ $1 == $0 + 1 }) else { return nil }
        return columns.years.map(\.column).min()
    }

    /// Whether a body under a header that does not name its name column names activities:
    /// some row's name is not merely a focus area ("Indsatsområde 2" rows are a summary by
    /// area, not activities).
    func namesActivities(_ body: Body, column: Int?, in grid: SheetGrid) -> Bool {
        guard let column else { return false }
        return body.lines.contains { line in
            guard line.kind == .activity, let name = grid.row(line.row).flatMap({ SheetText.label($0[column]) }) else { return false }
            return SheetText.areaNumber(inTitle: name) == nil
        }
    }

    /// Gives a one-amount-column header its year from a title row above it (after the
    /// previous table) or the sheet's name; `false` when neither names exactly one year.
    func resolveYear(of header: inout Header, in grid: SheetGrid, after previousEnd: Int) -> Bool {
        guard let amount = header.columns.amount else { return false }
        let top = max(previousEnd + 1, header.rows.lowerBound - Self.titleWindow)
        var year: Int?
        var cell: CellAddress?
        var source = ""
        for row in grid.rows where row.index >= top && row.index < header.rows.lowerBound {
            for item in row.cells {
                guard let text = headerText(item) else { continue }
                let found = Set(YearLabel(LabelText(text), context: years).years)
                guard found.count == 1 else { continue }
                year = found.first
                cell = item.address(inRow: row.index)
                source = "“\(text)”"
            }
        }
        if year == nil {
            let found = Set(YearLabel(LabelText(grid.name), context: years).years)
            if found.count == 1 {
                year = found.first
                source = "arkets navn “\(grid.name)”"
            }
        }
        guard let year else { return false }
        header.columns.years = [
            TableColumns.YearColumn(
                year: year, column: amount, headerCell: cell ?? CellAddress(row: header.rows.upperBound, column: amount),
                unit: header.columns.amountUnit)
        ]
        header.columns.amount = nil
        header.columns.amountUnit = nil
        header.needsYear = false
        header.features.append(.yearFromSheet(year, source: source))
        return true
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
        let detector = sheetDetector(for: grid)
        let headerEnd = max(headerRow, (firstRow ?? headerRow + 1) - 1)
        var columns = columns
        for index in columns.years.indices where columns.years[index].headerCell == nil {
            columns.years[index].headerCell = CellAddress(row: headerRow, column: columns.years[index].column)
        }
        var header = Header(
            firstPosition: 0, lastPosition: 0, rows: headerRow...headerEnd,
            labels: grid.row(headerRow).map { detector.labels(of: $0) } ?? [:], roles: [:], columns: columns, kind: kind)
        header.kind = kind
        let body = detector.body(afterRow: headerEnd, columns: columns, kind: kind, lastRow: lastRow, in: grid)
        var table = detector.describe(header, body, in: grid, above: -1, below: Int.max, sheetUnit: nil)
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
