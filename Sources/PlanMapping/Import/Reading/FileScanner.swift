import BudgetRules
import PlanModel
import Spreadsheet

/// Finds and reads the tables of partners' files: by detection, or where a mapping file
/// covers a file, by the mapping's tables only.
///
/// ```swift
/// let scanned = try FileScanner().scan(path: "kommune-oversigt.xlsx")
/// for table in scanned.tables { print(table.table.kind, table.rows.count) }
/// let report = Validator().validate(submission: scanned.submission, against: plan)
/// ```
public struct FileScanner: Sendable {
    /// The mapping file, if any.
    public var mapping: MappingFile?
    /// Whether hidden sheets are read like visible ones. When not (the default), their
    /// tables are found but not read: their figures are set aside in the file's coverage
    /// and the sheets are listed in ``ScannedFile/skippedSheets``. A sheet a mapping file
    /// names is read whatever its state.
    public var includeHidden: Bool
    /// The plan period the files are read for, when known (`--plan`): it says which years a
    /// header can name and in which century a two-digit year ("B13") lies. Without it the
    /// sheets' own four-digit years say so.
    public var period: PlanPeriod?
    var parsing: any AmountTextParsing = SpreadsheetAmountParsing()

    /// Creates a scanner; `mapping` says where the tables are in the files it covers;
    /// `period` is the plan period; `includeHidden` reads hidden sheets too.
    public init(mapping: MappingFile? = nil, period: PlanPeriod? = nil, includeHidden: Bool = false) {
        self.mapping = mapping
        self.period = period
        self.includeHidden = includeHidden
    }

    /// Reads and scans the file at `path`.
    ///
    /// - Throws: ``InputError`` when the file cannot be read, or a mapped sheet is missing.
    public func scan(path: String) throws(InputError) -> ScannedFile {
        try scan(try SpreadsheetFile.read(path: path))
    }

    /// Scans a file already read.
    ///
    /// - Throws: ``InputError`` when a mapping names a sheet the file does not have.
    public func scan(_ file: SpreadsheetFile) throws(InputError) -> ScannedFile {
        var scanned = try scanTables(file)
        // Figures for years outside the plan period are not taken: coverage says so, with the period.
        if let period {
            for index in scanned.tables.indices { scanned.tables[index].coverage.setAsideYears(outside: period) }
        }
        return scanned
    }

    private func scanTables(_ file: SpreadsheetFile) throws(InputError) -> ScannedFile {
        let reader = TableReader(
            file: file.path, isCSV: file.format == .csv, fileNotation: file.notation, parsing: parsing)
        let detector = TableDetector(parsing: parsing, period: period)
        let mapped = mapping?.tables(for: file.path) ?? []
        guard mapped.isEmpty else {
            var tables: [SheetTable] = []
            for entry in mapped {
                let grid: SheetGrid
                if let name = entry.sheet {
                    guard
                        let found = file.grids.first(where: { $0.name == name })
                            ?? file.grids.first(where: { $0.name.lowercased() == name.lowercased() })
                    else {
                        let names = file.grids.map { "“\($0.name)”" }.joined(separator: ", ")
                        throw InputError(
                            file: file.path,
                            reason: LocalizedText(
                                da: "mappingfilen nævner arket “\(name)”, som filen ikke har (ark: \(names)).",
                                en: "the mapping file names the sheet “\(name)”, which the file does not have (sheets: \(names))."))
                    }
                    grid = found
                } else if let first = file.grids.first {
                    grid = first
                } else {
                    continue
                }
                // Checked when the mapping was read.
                guard let columns = try? entry.columns.resolved(kind: entry.kind) else { continue }
                let table = detector.table(
                    kind: entry.kind, columns: columns, headerRow: entry.headerRow - 1,
                    firstRow: entry.firstRow.map { $0 - 1 }, lastRow: entry.lastRow.map { $0 - 1 }, area: entry.area,
                    unit: entry.unit.flatMap(TableMapping.unit(named:)), in: grid)
                tables.append(reader.read(table, in: grid))
            }
            return ScannedFile(file: file, tables: tables, mapped: true)
        }
        var scanned = ScannedFile(file: file, tables: [])
        for (index, grid) in file.grids.enumerated() {
            let hidden = index < file.sheetStates.count && file.sheetStates[index] != .visible
            let (detected, notes) = detector.detectSheet(grid)
            // Tables found turned are read from the turned sheet.
            let turned = detected.contains(where: \.isTransposed) ? grid.transposed() : grid
            let tables = detected.map { reader.read($0, in: $0.isTransposed ? turned : grid) }
            guard hidden, !includeHidden else {
                scanned.tables += tables
                scanned.layoutProblems += notes.map { reader.problem($0, in: grid) }
                continue
            }
            scanned.skippedSheets.append(grid.name)
            for table in tables {
                for entry in table.coverage.entries {
                    scanned.skippedCoverage.setAside(entry.cell, raw: entry.raw, reason: .hiddenSheet)
                }
            }
        }
        return scanned
    }
}
