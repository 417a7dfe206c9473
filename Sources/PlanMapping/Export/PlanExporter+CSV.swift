extension PlanExporter {
    /// The CSV file of `layout`, in memory: Danish Excel's dialect (`;`, UTF-8 with
    /// byte-order mark, CR LF), formulas as their values, amounts as plain whole numbers,
    /// the area tables stacked with an empty line between them.
    public func csvBytes(for layout: ExportLayout) -> [UInt8] {
        CSVExportRenderer.bytes(sheets(for: layout))
    }

    /// Writes the CSV file of `layout` (see ``csvBytes(for:)``) to `path`. The file
    /// appears only when complete; an existing file stays untouched on error.
    public func writeCSV(_ layout: ExportLayout, to path: String) throws(ExportError) {
        try CSVExportRenderer.write(sheets(for: layout), to: path)
    }
}
