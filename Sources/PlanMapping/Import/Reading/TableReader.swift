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

    /// The location of a cell of `grid`.
    func location(_ address: CellAddress, in grid: SheetGrid) -> SourceLocation {
        SourceLocation(file: file, sheet: isCSV ? nil : grid.name, cell: address.a1)
    }

    /// Reads `table` from `grid`.
    func read(_ table: DetectedTable, in grid: SheetGrid) -> SheetTable {
        let topLeft = CellAddress(
            row: table.headerRows.lowerBound,
            column: ([table.columns.area, table.columns.activity, table.columns.offence].compactMap { $0 }
                + table.columns.amountColumns).min() ?? 0)
        var out = SheetTable(table: table, location: location(table.titleCell ?? topLeft, in: grid))
        out.yearHeadings = table.columns.years.compactMap { column in
            column.headerCell.map { YearHeading(year: column.year, location: location($0, in: grid)) }
        }
        guard let body = table.bodyRows else { return out }
        let rows = grid.rows.filter { body.contains($0.index) }
        let detector = TableDetector(parsing: parsing)
        if table.kind == .crimeTargets {
            for row in rows where detector.rowKind(row, columns: table.columns, kind: .crimeTargets) == .data {
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
        let notation = self.notation(of: rows, table: table)
        let amounts = AmountCellReader(isCSV: isCSV, parsing: parsing)
        var longRows: [String: Int] = [:]
        for row in rows {
            if table.setAsideRows[row.index] != nil { continue }
            switch detector.rowKind(row, columns: table.columns, kind: table.kind) {
            case .data:
                if table.kind == .long {
                    readLong(row, table: table, grid: grid, notation: notation, into: &out, index: &longRows)
                } else {
                    let activity = activityRow(row, table: table, grid: grid, notation: notation, reader: amounts)
                    useAmounts(activity.row.amounts, row: row, table: table, as: CoverageUse.amount, in: grid, into: &out.coverage)
                    out.rows.append(activity)
                }
            case .total:
                let total = totalRow(row, table: table, grid: grid, notation: notation, reader: amounts)
                useAmounts(total.amounts, row: row, table: table, as: CoverageUse.total, in: grid, into: &out.coverage)
                out.total = total
            case .remaining:
                let remaining = totalRow(row, table: table, grid: grid, notation: notation, reader: amounts)
                useAmounts(remaining.amounts, row: row, table: table, as: CoverageUse.remaining, in: grid, into: &out.coverage)
                out.remaining = remaining
            case .note, nil:
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

    /// Accounts for the figures the reader did not record.
    private func sweep(_ table: DetectedTable, in grid: SheetGrid, into coverage: inout Coverage) {
        CoverageSweep(isCSV: isCSV, parsing: parsing).sweep(table, in: grid, into: &coverage)
    }

    /// The notation of the table's text amounts: their own evidence, else the file's.
    func notation(of rows: [Row], table: DetectedTable) -> AmountNotation {
        var texts: [String] = []
        for row in rows {
            for column in table.columns.amountColumns {
                if let text = SheetText.string(row[column]) { texts.append(text) }
            }
        }
        let own = parsing.notation(of: texts, fallback: fileNotation?.locale ?? .danish)
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
    /// in order of first appearance). A year an activity already has starts a new row, so
    /// that the repetition is seen (rule 8) and no amount is lost.
    private func readLong(
        _ row: Row, table: DetectedTable, grid: SheetGrid, notation: AmountNotation, into out: inout SheetTable,
        index: inout [String: Int]
    ) {
        let reader = AmountCellReader(isCSV: isCSV, parsing: parsing)
        let identity = self.identity(row, table: table, grid: grid)
        guard let yearColumn = table.columns.year, let amountColumn = table.columns.amount else { return }
        let yearText = SheetText.label(row[yearColumn]) ?? ""
        let year = Int(yearText).flatMap { (1000...9999).contains($0) ? $0 : nil } ?? LabelText(yearText).years.first
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
        let key = "\(identity.row.area.map(String.init) ?? "?")|\(ActivityMatcher.normalize(identity.row.name))|\(identity.row.id ?? "")"
        if let existing = index[key], out.rows[existing].row.amounts[year] == nil {
            out.rows[existing].row.amounts[year] = amount
            if out.rows[existing].responsible == nil { out.rows[existing].responsible = identity.responsible }
            return
        }
        var activity = identity
        activity.row.amounts = [year: amount]
        index[key] = out.rows.count
        out.rows.append(activity)
    }

    private func crimeRow(_ row: Row, table: DetectedTable, grid: SheetGrid) -> CrimeTargetRow {
        let columns = table.columns
        let offenceColumn = columns.offence ?? 0
        let offence = SheetText.label(row[offenceColumn]) ?? ""
        let baselineAddress = CellAddress(row: row.index, column: columns.baseline ?? offenceColumn)
        let baseline = columns.baseline.map { count(row[$0], at: location(baselineAddress, in: grid)).count }
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
