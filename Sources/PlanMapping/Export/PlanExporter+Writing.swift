import Spreadsheet

extension PlanExporter {
    /// Writes the overview workbook (see ``overviewWorkbook()``) as XLSX to `path`.
    /// The file appears only when complete; an existing file stays untouched on error.
    public func writeOverviewWorkbook(to path: String) throws(ExportError) {
        try XLSXExportRenderer.write(overviewWorkbook(), to: path)
    }

    /// Writes `layout` in `format` to `path`: XLSX with one sheet per table, or one
    /// Danish-Excel CSV (area tables stacked).
    public func write(_ layout: ExportLayout, format: ExportFormat, to path: String) throws(ExportError) {
        switch format {
        case .xlsx: try XLSXExportRenderer.write(workbook(for: layout), to: path)
        case .csv: try writeCSV(layout, to: path)
        }
    }

    /// Writes `layout` to `path` in the format its extension names (`.xlsx` or `.csv`).
    public func write(_ layout: ExportLayout, to path: String) throws(ExportError) {
        guard let format = ExportFormat(path: path) else {
            throw ExportError(.unknownFormat(ExportFormat.pathExtension(path)), file: path)
        }
        try write(layout, format: format, to: path)
    }
}
