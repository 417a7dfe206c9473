import Spreadsheet

extension TableDetector {
    /// A table's body: its rows with what each is, the range they span, and where scanning goes on.
    struct Body {
        var range: ClosedRange<Int>?
        var nextPosition: Int
        var lines: [TableLine]
        /// The focus areas named by the rows' area cells and by section headings.
        var areas: Set<Int>
        var hasTotal: Bool { lines.contains { $0.kind == .total } }
        var hasRemaining: Bool { lines.contains { $0.kind == .remaining } }
        /// The last row that belongs to the table, if any.
        var lastRow: Int? { range?.upperBound }
    }

    /// Classifies a row of a table with `columns`: what it is, and the focus area a
    /// heading names; `nil` for a row that is blank in the table.
    func classify(_ row: Row, columns: TableColumns, kind: TableKind?) -> (kind: TableRowKind, area: Int?)? {
        var blank = true
        for cell in row.cells where !SheetText.isBlank(cell.value) {
            blank = false
            break
        }
        if blank { return nil }
        if kind == .crimeTargets {
            guard let offence = columns.offence, let text = SheetText.label(row[offence]) else { return (.note, nil) }
            let hasCount = ([columns.baseline].compactMap { $0 } + columns.years.map(\.column)).contains {
                !SheetText.isBlank(row[$0])
            }
            if TotalLabel.classify(LabelText(text)) != nil { return (.total, nil) }
            return (hasCount ? .activity : .note, nil)
        }
        var firstText: String?
        for column in columns.labelColumns() {
            guard let text = SheetText.string(row[column]) else { continue }
            let label = LabelText(text)
            switch TotalLabel.classify(label) {
            case .grand: return (.total, nil)
            case .subtotal: return (.subtotal, SheetText.areaNumber(inTitle: text))
            case nil: break
            }
            if HeaderVocabulary.isRemaining(label) { return (.remaining, nil) }
            firstText = text
            break
        }
        let hasAmount = columns.amountColumns.contains { !SheetText.isBlank(row[$0]) }
        if hasAmount { return (.activity, nil) }
        let name = columns.activity.flatMap { SheetText.label(row[$0]) }
        if name != nil, kind == .long { return (.activity, nil) }
        // A row with words and no amount is a heading when it names a focus area (by its
        // area cell or its text), else a note; it is never an activity.
        if let column = columns.area, let text = SheetText.label(row[column]), let area = TableReader.area(from: text) {
            return (.heading, area)
        }
        for text in [firstText, name].compactMap({ $0 }) {
            if let area = SheetText.areaNumber(inTitle: text) { return (.heading, area) }
        }
        return (.note, nil)
    }

    /// The body below `header`.
    func body(after header: Header, in grid: SheetGrid) -> Body {
        body(afterRow: header.rows.upperBound, columns: header.columns, kind: header.kind, in: grid)
    }

    /// The body of a table with `columns` whose header ends at row index `headerEnd`;
    /// `lastRow` (a row index), when given, ends it there.
    ///
    /// A grand total below the activities ends the table (the remaining row may follow);
    /// an activity right under it makes it a subtotal instead. A grand total above the
    /// activities does not end it; the next header does.
    func body(
        afterRow headerEnd: Int, columns: TableColumns, kind: TableKind?, lastRow: Int? = nil, in grid: SheetGrid
    ) -> Body {
        let rows = grid.rows
        var position = rows.firstIndex { $0.index > headerEnd } ?? rows.count
        let firstPosition = position
        var lines: [TableLine] = []
        var areas = Set<Int>()
        var sawActivity = false
        var closingTotal: Int?  // index in `lines` of a grand total below the activities
        var sawRemaining = false
        var lastLineRow = headerEnd
        func add(_ line: TableLine) {
            lines.append(line)
            lastLineRow = line.row
        }
        while position < rows.count {
            let row = rows[position]
            if let lastRow, row.index > lastRow { break }
            if lastRow == nil, self.header(at: position, in: grid) != nil { break }
            guard let (rowKind, area) = classify(row, columns: columns, kind: kind) else {
                position += 1
                continue
            }
            if closingTotal != nil || sawRemaining {
                // The table is closing: only the remaining row (or the total, when the remaining
                // row came first), or an activity right under the total, which makes it a subtotal.
                if rowKind == .remaining && !sawRemaining {
                    sawRemaining = true
                    add(TableLine(row: row.index, kind: .remaining))
                } else if rowKind == .total && closingTotal == nil && !lines.contains(where: { $0.kind == .total }) {
                    closingTotal = lines.count
                    add(TableLine(row: row.index, kind: .total))
                } else if rowKind == .activity, !sawRemaining, let total = closingTotal, row.index == lastLineRow + 1 {
                    lines[total].kind = .subtotal
                    closingTotal = nil
                    add(TableLine(row: row.index, kind: .activity))
                } else if lastRow == nil {
                    break
                }
                position += 1
                continue
            }
            switch rowKind {
            case .activity:
                sawActivity = true
                if let column = columns.area, let text = SheetText.label(row[column]), let area = LabelText.firstInteger(in: text) {
                    areas.insert(area)
                }
                add(TableLine(row: row.index, kind: .activity))
            case .total:
                if sawActivity { closingTotal = lines.count }
                add(TableLine(row: row.index, kind: .total))
            case .remaining:
                sawRemaining = true
                add(TableLine(row: row.index, kind: .remaining))
            case .heading:
                if let area { areas.insert(area) }
                add(TableLine(row: row.index, kind: .heading, area: area))
            case .subtotal:
                add(TableLine(row: row.index, kind: .subtotal, area: area))
            case .note:
                lines.append(TableLine(row: row.index, kind: .note))
            }
            position += 1
        }
        // Headings and notes after the last row that counts belong to what follows, not to the table.
        while let last = lines.last, last.kind == .note || last.kind == .heading { lines.removeLast() }
        let last = lines.last?.row
        // Scanning resumes after the last row that belongs to the table.
        var next = firstPosition
        if let last {
            while next < rows.count, rows[next].index <= last { next += 1 }
        }
        return Body(range: last.map { (headerEnd + 1)...$0 }, nextPosition: next, lines: lines, areas: areas)
    }
}
