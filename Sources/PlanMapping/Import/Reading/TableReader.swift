import BudgetRules
import PlanModel
import Spreadsheet

/// Reads a detected table's rows: activity rows with their amounts per year, the total
/// and remaining rows, or the offences of a crime-target table, every value with its
/// file, sheet and cell.
struct TableReader: Sendable {
    /// The file's path as the user gave it.
    var file: String
    /// Whether the file is CSV: its sheet is not named in locations, and its values are text.
    var isCSV: Bool
    /// The notation the file shows as a whole (a Danish CSV export), if any.
    var fileNotation: AmountNotation?
    /// The amount parser.
    var parsing: any AmountTextParsing = SpreadsheetAmountParsing()

    /// Whether the table being read was detected turned: cells are named in the sheet as it is.
    var isTransposed = false

    /// The location of a cell of `grid` (a cell of the turned sheet for a turned table).
    func location(_ address: CellAddress, in grid: SheetGrid) -> SourceLocation {
        let cell = isTransposed ? CellAddress(row: address.column, column: address.row) : address
        return SourceLocation(file: file, sheet: isCSV ? nil : grid.name, cell: cell.a1)
    }

    /// A layout note of `grid` as an import problem (`layout-unclear` in validate); its cell
    /// is already one of the sheet as it is.
    func problem(_ note: LayoutNote, in grid: SheetGrid) -> ImportProblem {
        ImportProblem(
            severity: note.severity, location: SourceLocation(file: file, sheet: isCSV ? nil : grid.name, cell: note.cell.a1),
            message: note.message, rule: .layoutUnclear)
    }

    /// Reads `table` from `grid` (the turned sheet when the table was detected turned), row
    /// by row as its lines say: activities (a heading's focus area going to the rows below
    /// it that name none), the total, subtotals with the rows each sums, the remaining row.
    func read(_ table: DetectedTable, in grid: SheetGrid) -> SheetTable {
        var reader = self
        reader.isTransposed = table.isTransposed
        var out = reader.readLines(table, in: grid)
        if table.isTransposed {
            // The coverage names cells of the sheet as it is.
            var turned = Coverage()
            for var entry in out.coverage.entries {
                entry.cell.address = table.sheetAddress(entry.cell.address)
                turned.record(entry)
            }
            out.coverage = turned
        }
        return out
    }

    private func readLines(_ table: DetectedTable, in grid: SheetGrid) -> SheetTable {
        let topLeft = CellAddress(
            row: table.headerRows.lowerBound,
            column: ([table.columns.area, table.columns.activity, table.columns.offence].compactMap { $0 }
                + table.columns.amountColumns).min() ?? 0)
        var out = SheetTable(table: table, location: location(table.titleCell ?? topLeft, in: grid))
        out.yearHeadings = table.columns.years.compactMap { column in
            column.headerCell.map { YearHeading(year: column.year, location: location($0, in: grid)) }
        }
        out.problems = table.notes.map { problem($0, in: grid) }
        guard !table.lines.isEmpty else { return out }
        // The lines' rows, found in one pass over the sheet's sorted rows.
        var rowsByIndex: [Int: Row] = [:]
        if let body = table.bodyRows {
            rowsByIndex.reserveCapacity(table.lines.count)
            var low = 0
            var high = grid.rows.count
            while low < high {
                let mid = (low + high) / 2
                if grid.rows[mid].index < body.lowerBound { low = mid + 1 } else { high = mid }
            }
            for row in grid.rows[low...] {
                if row.index > body.upperBound { break }
                rowsByIndex[row.index] = row
            }
        }
        let lines = table.lines.compactMap { line in rowsByIndex[line.row].map { (line, $0) } }
        if table.kind == .crimeTargets {
            for (line, row) in lines where line.kind == .activity {
                let crime = crimeRow(row, table: table, grid: grid)
                if let column = table.columns.baseline {
                    use(row, column: column, raw: crime.baseline.raw, as: .baseline, in: grid, into: &out.coverage)
                }
                for target in crime.targets {
                    guard let column = table.columns.years.first(where: { $0.year == target.year })?.column else { continue }
                    use(row, column: column, raw: target.count.raw, as: .target(year: target.year), in: grid, into: &out.coverage)
                }
                out.crimeRows.append(crime)
            }
            sweep(table, in: grid, into: &out.coverage)
            return out
        }
        let notation = self.notation(of: lines.map(\.1), table: table)
        let amounts = AmountCellReader(isCSV: isCSV, parsing: parsing)
        var longRows = LongRowIndex()
        var sectionArea: (area: Int, location: SourceLocation)?
        var sectionStart = 0
        for (line, row) in lines {
            switch line.kind {
            case .activity:
                if table.kind == .long {
                    readLong(row, table: table, grid: grid, notation: notation, into: &out, index: &longRows)
                } else {
                    var item = activityRow(row, table: table, grid: grid, notation: notation, reader: amounts)
                    out.problems += secondYearColumnConflicts(item.row, row: row, table: table, grid: grid, notation: notation, reader: amounts)
                    if item.row.area == nil, item.row.areaRaw == nil, let sectionArea {
                        item.row.area = sectionArea.area
                        item.row.areaRaw = String(sectionArea.area)
                        item.row.areaLocation = sectionArea.location
                    }
                    useAmounts(item.row.amounts, row: row, table: table, as: CoverageUse.amount, in: grid, into: &out.coverage)
                    out.rows.append(item)
                }
            case .total:
                let total = totalRow(row, table: table, grid: grid, notation: notation, reader: amounts)
                useAmounts(total.amounts, row: row, table: table, as: CoverageUse.total, in: grid, into: &out.coverage)
                if out.total == nil {
                    useAmounts(total.amounts, row: row, table: table, as: CoverageUse.total, in: grid, into: &out.coverage)
                    out.total = total
                } else {
                    setAside(total.amounts, row: row, table: table, reason: .subtotalChecked, in: grid, into: &out.coverage)
                    // A second grand total (one above the activities, one below) is checked like a subtotal of all rows.
                    out.subtotals.append(SubtotalRow(total: total, rows: out.rows.map(\.row)))
                }
            case .subtotal:
                let total = totalRow(row, table: table, grid: grid, notation: notation, reader: amounts)
                setAside(total.amounts, row: row, table: table, reason: .subtotalChecked, in: grid, into: &out.coverage)
                out.subtotals.append(SubtotalRow(total: total, rows: out.rows[sectionStart...].map(\.row)))
                sectionStart = out.rows.count
            case .remaining:
                let remaining = totalRow(row, table: table, grid: grid, notation: notation, reader: amounts)
                useAmounts(remaining.amounts, row: row, table: table, as: CoverageUse.remaining, in: grid, into: &out.coverage)
                out.remaining = remaining
            case .heading:
                sectionStart = out.rows.count
                if let area = line.area {
                    let column = table.columns.labelColumns().first { SheetText.label(row[$0]) != nil } ?? 0
                    sectionArea = (area, location(CellAddress(row: row.index, column: column), in: grid))
                }
            case .note:
                break
            }
        }
        sweep(table, in: grid, into: &out.coverage)
        return out
    }

    // MARK: - Coverage

    /// The position of a cell of `grid`.
    func position(row: Int, column: Int, in grid: SheetGrid) -> SheetCell {
        SheetCell(sheet: isCSV ? nil : grid.name, row: row, column: column)
    }

    /// Records the figure in `column` of `row` as used, when the cell is not blank.
    private func use(_ row: Row, column: Int, raw: String, as use: CoverageUse, in grid: SheetGrid, into coverage: inout Coverage) {
        guard !SheetText.isBlank(row[column]) else { return }
        coverage.use(position(row: row.index, column: column, in: grid), raw: raw, as: use)
    }

    /// Records a row's amounts (by year, in the table's year columns) as used.
    private func useAmounts(
        _ amounts: [Int: ParsedAmount], row: Row, table: DetectedTable, as use: (Int) -> CoverageUse, in grid: SheetGrid,
        into coverage: inout Coverage
    ) {
        for column in table.columns.years {
            guard let amount = amounts[column.year] else { continue }
            self.use(row, column: column.column, raw: amount.raw, as: use(column.year), in: grid, into: &coverage)
        }
    }

    /// Records a row's figures (by year, in the table's year columns) as set aside.
    private func setAside(
        _ amounts: [Int: ParsedAmount], row: Row, table: DetectedTable, reason: SetAsideReason, in grid: SheetGrid,
        into coverage: inout Coverage
    ) {
        for column in table.columns.years {
            guard let amount = amounts[column.year], !SheetText.isBlank(row[column.column]) else { continue }
            coverage.setAside(position(row: row.index, column: column.column, in: grid), raw: amount.raw, reason: reason)
        }
    }

    /// Accounts for the figures the reader did not record.
    private func sweep(_ table: DetectedTable, in grid: SheetGrid, into coverage: inout Coverage) {
        CoverageSweep(isCSV: isCSV, parsing: parsing).sweep(table, in: grid, into: &coverage)
    }

    /// The notation of the table's text amounts: their own evidence, else the file's. One
    /// text alone does not turn a table against the notation its file shows ("220.00" among
    /// "40.000" and "340.000" in a Danish CSV is a typo, not an English table): the file's
    /// notation is kept and that text is read in its own, with a warning at its cell.
    func notation(of rows: [Row], table: DetectedTable) -> AmountNotation {
        var texts: [String] = []
        for row in rows {
            for column in table.columns.amountColumns {
                if let text = SheetText.string(row[column]) { texts.append(text) }
            }
        }
        let own = parsing.notation(of: texts, fallback: fileNotation?.locale ?? .danish)
        if own.isSettled, let fileNotation, fileNotation.isSettled, fileNotation.locale != own.locale, own.evidence < 2 {
            return fileNotation
        }
        if own.isSettled { return own }
        if let fileNotation, fileNotation.isSettled { return fileNotation }
        if table.hasDanishHeaders { return AmountNotation(locale: .danish, isSettled: true) }
        return own
    }

    private func activityRow(
        _ row: Row, table: DetectedTable, grid: SheetGrid, notation: AmountNotation, reader: AmountCellReader
    ) -> SheetActivityRow {
        var activity = identity(row, table: table, grid: grid)
        activity.row.amounts = amounts(of: row, table: table, grid: grid, notation: notation, reader: reader)
        return activity
    }

    /// The row's area, name, id and responsible, without amounts.
    private func identity(_ row: Row, table: DetectedTable, grid: SheetGrid) -> SheetActivityRow {
        let columns = table.columns
        var area: Int?
        var areaRaw: String?
        var areaLocation: SourceLocation?
        if let column = columns.area {
            let address = CellAddress(row: row.index, column: column)
            areaLocation = location(address, in: grid)
            areaRaw = SheetText.label(row[column]) ?? (SheetText.isBlank(row[column]) ? nil : row[column].description)
            area = areaRaw.flatMap(Self.area(from:))
        }
        let nameColumn = columns.activity ?? columns.amountColumns.min() ?? 0
        let name = SheetText.label(row[nameColumn]) ?? ""
        let id = columns.id.flatMap { SheetText.label(row[$0]) }
        let responsible = columns.responsible.flatMap { SheetText.label(row[$0]) }
        let activity = ActivityRow(
            area: area, areaRaw: areaRaw, areaLocation: areaLocation, name: name, id: id,
            location: location(CellAddress(row: row.index, column: nameColumn), in: grid), amounts: [:])
        return SheetActivityRow(row: activity, responsible: responsible)
    }

    /// The focus area in an area cell's text: "1", "1.", "Indsatsområde 1", "IO 1";
    /// `nil` when the text holds no single whole number.
    static func area(from text: String) -> Int? {
        let trimmed = SheetText.trim(text)
        if let value = Int(trimmed) { return value }
        let words = LabelText(trimmed).normalized.split(separator: " ")
        let numbers = words.compactMap { Int($0) }
        guard numbers.count == 1, words.count <= 3 else { return nil }
        return numbers[0]
    }

    private func totalRow(
        _ row: Row, table: DetectedTable, grid: SheetGrid, notation: AmountNotation, reader: AmountCellReader
    ) -> TotalRow {
        var label = ""
        var labelAddress = CellAddress(row: row.index, column: 0)
        for column in table.columns.labelColumns() {
            if let text = SheetText.string(row[column]) {
                label = text
                labelAddress = CellAddress(row: row.index, column: column)
                break
            }
        }
        return TotalRow(
            label: label, location: location(labelAddress, in: grid),
            amounts: amounts(of: row, table: table, grid: grid, notation: notation, reader: reader))
    }

    /// A second column headed with a year the table already reads ("2013 | 2014 | 2014"):
    /// where its figure in `row` differs from the one read for that year, the figure would be
    /// lost in silence (a typo for another year, or two versions of the budget), so it is a
    /// `conflicting-figures` error at the second cell naming the first. An empty cell counts
    /// as 0; figures that agree are only set aside.
    private func secondYearColumnConflicts(
        _ activity: ActivityRow, row: Row, table: DetectedTable, grid: SheetGrid, notation: AmountNotation, reader: AmountCellReader
    ) -> [ImportProblem] {
        guard !table.setAsideColumns.isEmpty else { return [] }
        var problems: [ImportProblem] = []
        for (column, reason) in table.setAsideColumns.sorted(by: { $0.key < $1.key }) {
            guard case .anotherColumnForYear(let year, let heading, _) = reason, !SheetText.isBlank(row[column]),
                let read = activity.amounts[year]
            else { continue }
            let unit = table.columns.years.first { $0.year == year }?.unit ?? table.unit
            let second = reader.read(
                row.cell(at: column), unit: unit, notation: notation, at: location(CellAddress(row: row.index, column: column), in: grid))
            // An empty cell is 0; a text that reads as no amount differs from any amount.
            func value(_ amount: ParsedAmount) -> Kroner? { amount.raw.isEmpty ? .zero : amount.readableValue }
            guard value(second) != value(read) else { continue }
            let firstCell = read.location.cell ?? ""
            let readText = read.raw.isEmpty ? (da: "ingenting", en: "nothing") : (da: "“\(read.raw)”", en: "“\(read.raw)”")
            problems.append(
                ImportProblem(
                    severity: .error, location: second.location,
                    message: LocalizedText(
                        da:
                            "Kolonnen “\(heading)” er endnu en kolonne for \(year) og har “\(second.raw)” her, men \(firstCell) (“\(activity.name)”), som er den læste, har \(readText.da); beløbene er modstridende. Er overskriften en tastefejl for et andet år, eller står der en tabel mere ved siden af denne? Tabeller side om side læses ikke hver for sig: sæt dem under hinanden eller på hvert sit ark.",
                        en:
                            "The column “\(heading)” is another column for \(year) and has “\(second.raw)” here, but \(firstCell) (“\(activity.name)”), the one read, has \(readText.en); the figures conflict. Is the heading a typo for another year, or is there a second table beside this one? Tables side by side are not read apart: put them below each other or on sheets of their own."
                    ),
                    rule: .conflictingFigures))
        }
        return problems
    }

    /// The row's amount in each year column of the table, by year.
    private func amounts(
        of row: Row, table: DetectedTable, grid: SheetGrid, notation: AmountNotation, reader: AmountCellReader
    ) -> [Int: ParsedAmount] {
        var amounts: [Int: ParsedAmount] = [:]
        for column in table.columns.years {
            let address = CellAddress(row: row.index, column: column.column)
            amounts[column.year] = reader.read(
                row.cell(at: column.column), unit: column.unit ?? table.unit, notation: notation,
                at: location(address, in: grid))
        }
        return amounts
    }

    /// A long layout's row: its year and amount go to the activity's row (one per activity,
    /// in order of first appearance). In a ledger, the lines of an activity and year are
    /// summed (each kept in ``SheetActivityRow/postings``). Elsewhere a year an activity
    /// already has starts a new row, so that the repetition is seen (rule 8) and no amount
    /// is lost.
    private func readLong(
        _ row: Row, table: DetectedTable, grid: SheetGrid, notation: AmountNotation, into out: inout SheetTable,
        index: inout LongRowIndex
    ) {
        let reader = AmountCellReader(isCSV: isCSV, parsing: parsing)
        let identity = self.identity(row, table: table, grid: grid)
        guard let yearColumn = table.columns.year, let amountColumn = table.columns.amount else { return }
        let yearText = SheetText.label(row[yearColumn]) ?? (SheetText.isBlank(row[yearColumn]) ? "" : row[yearColumn].description)
        let year = Self.year(in: row[yearColumn], context: table.yearContext)
        let amountAddress = CellAddress(row: row.index, column: amountColumn)
        var amount = reader.read(
            row.cell(at: amountColumn), unit: table.columns.amountUnit ?? table.unit, notation: notation,
            at: location(amountAddress, in: grid))
        if let year {
            use(row, column: amountColumn, raw: amount.raw, as: .amount(year: year), in: grid, into: &out.coverage)
        } else if !SheetText.isBlank(row[amountColumn]) {
            out.coverage.notUnderstood(
                position(row: row.index, column: amountColumn, in: grid), raw: amount.raw,
                why: LocalizedText(
                    da: "rækkens år (\(yearText.isEmpty ? "tomt" : "“\(yearText)”")) kan ikke læses",
                    en: "the row's year (\(yearText.isEmpty ? "empty" : "“\(yearText)”")) cannot be read"))
        }
        guard let year else {
            // No year: keep the row, with its amount under no year it could be confused with.
            amount.quality = .invalid(
                .init(
                    da: "rækkens år (\(yearText.isEmpty ? "tomt" : "“\(yearText)”")) kan ikke læses",
                    en: "the row's year (\(yearText.isEmpty ? "empty" : "“\(yearText)”")) cannot be read"))
            amount.value = nil
            var activity = identity
            activity.row.amounts = [0: amount]
            out.rows.append(activity)
            return
        }
        let key = "\(identity.row.area.map(String.init) ?? "?")|\(index.normalized(identity.row.name))|\(identity.row.id ?? "")"
        if let existing = index.rows[key] {
            if out.rows[existing].row.amounts[year] == nil {
                out.rows[existing].row.amounts[year] = amount
                if table.isLedger { out.rows[existing].postings[year] = [amount] }
                if out.rows[existing].responsible == nil { out.rows[existing].responsible = identity.responsible }
                return
            }
            if table.isLedger, let sum = out.rows[existing].row.amounts[year] {
                out.rows[existing].row.amounts[year] = Self.adding(amount, to: sum)
                out.rows[existing].postings[year, default: []].append(amount)
                return
            }
        }
        var activity = identity
        activity.row.amounts = [year: amount]
        if table.isLedger { activity.postings[year] = [amount] }
        index.rows[key] = out.rows.count
        out.rows.append(activity)
    }

    /// The year a long layout's year cell holds: a four-digit number, a date, or a label
    /// naming one year ("2013", "B2013", "FY2013").
    static func year(in value: CellValue, context: YearContext) -> Int? {
        if case .date(let date) = value { return date.components?.year }
        guard let text = SheetText.label(value) else { return nil }
        if let number = Int(text), (1000...9999).contains(number) { return number }
        let years = YearLabel(LabelText(text), context: context).years
        return years.count == 1 ? years[0] : nil
    }

    /// A ledger's running sum with one more line: the value added; the first line that is
    /// not clean gives the sum its quality and cell (so rule 1 names that line), else the
    /// first line's cell stands for the sum.
    static func adding(_ line: ParsedAmount, to sum: ParsedAmount) -> ParsedAmount {
        guard case .invalid = sum.quality else {
            if case .invalid = line.quality { return line }
            var result = sum
            if let a = sum.value, let b = line.value {
                guard let total = a.adding(b) else {
                    return ParsedAmount(
                        value: nil, raw: line.raw,
                        quality: .invalid(LocalizedText(da: "summen af linjerne er for stor", en: "the lines' sum is too large")),
                        location: line.location)
                }
                result.value = total
            } else {
                result.value = nil
            }
            if result.quality == .clean, line.quality != .clean {
                result.quality = line.quality
                result.location = line.location
                result.raw = line.raw
            }
            return result
        }
        return sum
    }

    private func crimeRow(_ row: Row, table: DetectedTable, grid: SheetGrid) -> CrimeTargetRow {
        let columns = table.columns
        let offenceColumn = columns.offence ?? 0
        let offence = SheetText.label(row[offenceColumn]) ?? ""
        let baselineAddress = CellAddress(row: row.index, column: columns.baseline ?? offenceColumn)
        let baseline =
            columns.baseline.map { count(row[$0], at: location(baselineAddress, in: grid)).count }
            ?? ParsedCount(value: nil, raw: "", location: location(baselineAddress, in: grid))
        var targets: [CrimeTargetCell] = []
        for column in columns.years {
            let value = row[column.column]
            guard !SheetText.isBlank(value) else { continue }
            let read = count(value, at: location(CellAddress(row: row.index, column: column.column), in: grid))
            targets.append(CrimeTargetCell(year: column.year, count: read.count, reduction: column.reduction ?? read.reduction))
        }
        return CrimeTargetRow(
            offence: offence, location: location(CellAddress(row: row.index, column: offenceColumn), in: grid),
            baselineYear: columns.baselineYear, baseline: baseline, targets: targets)
    }

    /// A count of police reports: a whole number, or text such as "139" or "139 (-10 %)".
    func count(_ value: CellValue, at location: SourceLocation) -> (count: ParsedCount, reduction: Int?) {
        switch value {
        case .integer(let number):
            return (ParsedCount(value: Int(exactly: number), raw: String(number), location: location), nil)
        case .number(let number):
            let raw = CellValue.number(number).description
            let whole = number.isFinite && number == number.rounded() && abs(number) < 1e15 ? Int(number) : nil
            return (ParsedCount(value: whole, raw: raw, location: location), nil)
        case .string(let text):
            let trimmed = SheetText.trim(text)
            let reduction = LabelText.reduction(in: trimmed)
            var head = trimmed
            if let open = trimmed.firstIndex(of: "(") { head = SheetText.trim(String(trimmed[..<open])) }
            let digits = head.filter { $0 != "." && $0 != " " && $0 != "\u{00A0}" }
            let number = !digits.isEmpty && digits.allSatisfy { $0.isASCII && $0.isNumber } ? Int(digits) : nil
            return (ParsedCount(value: number, raw: trimmed, location: location), reduction)
        default:
            return (ParsedCount(value: nil, raw: value.description, location: location), nil)
        }
    }
}
