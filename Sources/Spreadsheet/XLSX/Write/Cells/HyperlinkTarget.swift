/// Where a hyperlink leads.
public enum HyperlinkTarget: Sendable, Hashable {
    /// A cell (or range) of a sheet in the same workbook.
    case cell(SheetReference)
    /// A web address or other URL (`https://…`, `mailto:…`).
    case url(String)

    /// A cell of a sheet in the same workbook.
    public static func sheet(_ sheet: String, cell: CellAddress) -> HyperlinkTarget {
        .cell(SheetReference(sheet: sheet, cell: cell))
    }
}
