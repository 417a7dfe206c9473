import Spreadsheet

/// How each cell role looks in a workbook.
enum ExportStyleSheet {
    static let thin = BorderLine(.thin)
    static let top = CellAlignment(vertical: .top)
    static let wrapTop = CellAlignment(vertical: .top, wrapText: true)

    static let styles: [ExportCellRole: CellStyle] = {
        var styles: [ExportCellRole: CellStyle] = [:]
        for role in ExportCellRole.allCases { styles[role] = make(role) }
        return styles
    }()

    static func style(for role: ExportCellRole) -> CellStyle {
        styles[role] ?? .standard
    }

    private static func make(_ role: ExportCellRole) -> CellStyle {
        let format = ExportNumberFormat.code(for: role)
        switch role {
        case .title:
            return CellStyle(font: CellFont(size: 14, bold: true))
        case .subtitle:
            return CellStyle(font: CellFont(size: 12, italic: true))
        case .note:
            return CellStyle(font: CellFont(italic: true, color: RGBColor(red: 89, green: 89, blue: 89)))
        case .header:
            return CellStyle(
                font: CellFont(bold: true), fill: .solid(.lightGrey), border: CellBorder(bottom: thin),
                alignment: CellAlignment(vertical: .center, wrapText: true))
        case .text, .wrappedText:
            return CellStyle(alignment: wrapTop)
        case .areaNumber, .identifier, .year:
            return CellStyle(numberFormat: format, alignment: CellAlignment(horizontal: .center, vertical: .top))
        case .amount, .count:
            return CellStyle(numberFormat: format, alignment: top)
        case .totalLabel:
            return CellStyle(font: CellFont(bold: true), border: CellBorder(top: thin, bottom: thin))
        case .totalAmount:
            return CellStyle(numberFormat: format, font: CellFont(bold: true), border: CellBorder(top: thin, bottom: thin))
        case .remainingLabel:
            return CellStyle(font: CellFont(italic: true), alignment: CellAlignment(vertical: .top, wrapText: true))
        case .remainingAmount:
            return CellStyle(numberFormat: format, font: CellFont(italic: true), alignment: top)
        case .frameLabel:
            return CellStyle(font: CellFont(bold: true))
        case .frameAmount:
            return CellStyle(numberFormat: format, font: CellFont(bold: true), alignment: CellAlignment(horizontal: .left))
        }
    }

    /// The role of the blank cells that complete a row across the table's width (so
    /// that the grey heading band and the lines of a total row are unbroken), if any.
    static func fillerRole(for kind: ExportRowKind) -> ExportCellRole? {
        switch kind {
        case .header: return .header
        case .total: return .totalLabel
        default: return nil
        }
    }
}
