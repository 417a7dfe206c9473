import BudgetRules
import Spreadsheet

/// A partner's file with the tables found in it (by detection or by a mapping file),
/// each read with every value and cell.
public struct ScannedFile: Sendable {
    /// The file as read.
    public var file: SpreadsheetFile
    /// The tables, sheet by sheet, top to bottom.
    public var tables: [SheetTable]
    /// Whether the tables come from a mapping file rather than detection.
    public var mapped: Bool
    /// Hidden sheets that were not read (their tables' figures are set aside in
    /// ``coverage``); empty when hidden sheets were read too.
    public var skippedSheets: [String] = []
    /// Figures of tables that were found but not read (on skipped sheets), set aside.
    public var skippedCoverage = Coverage()

    /// Creates a scanned file.
    public init(file: SpreadsheetFile, tables: [SheetTable], mapped: Bool = false) {
        self.file = file
        self.tables = tables
        self.mapped = mapped
    }

    /// The path as the user gave it.
    public var path: String { file.path }

    /// What became of every figure inside the file's tables, table by table, then the
    /// figures of skipped sheets.
    public var coverage: Coverage {
        var all = Coverage()
        for table in tables { all.merge(table.coverage) }
        all.merge(skippedCoverage)
        return all
    }

    /// What the budget rules check: the file's area tables (a long table counts as one
    /// per focus area), overview tables, crime-target tables and year headings.
    public var submission: Submission {
        Submission(
            file: file.path, areaTables: tables.flatMap(\.areaTables), overviewTables: tables.compactMap(\.overviewTable),
            crimeTables: tables.compactMap(\.crimeTable), years: tables.flatMap(\.yearHeadings),
            subtotals: tables.flatMap(\.subtotals))
    }
}
