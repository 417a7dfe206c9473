/// Collects the distinct styles of a workbook and writes `xl/styles.xml`.
///
/// Every ``CellStyle`` maps to one `cellXfs` index; fonts, fills, borders and
/// number formats are deduplicated separately, as the format requires.
final class StyleTableBuilder {
    /// The number format id of every format code the standard gives an id to.
    static let builtinFormatIDs: [String: Int] = [
        "General": 0, "0": 1, "0.00": 2, "#,##0": 3, "#,##0.00": 4,
        "0%": 9, "0.00%": 10, "0.00E+00": 11, "# ?/?": 12, "# ??/??": 13,
        "mm-dd-yy": 14, "d-mmm-yy": 15, "d-mmm": 16, "mmm-yy": 17,
        "h:mm AM/PM": 18, "h:mm:ss AM/PM": 19, "h:mm": 20, "h:mm:ss": 21, "m/d/yy h:mm": 22,
        "#,##0 ;(#,##0)": 37, "#,##0 ;[Red](#,##0)": 38, "#,##0.00;(#,##0.00)": 39,
        "#,##0.00;[Red](#,##0.00)": 40, "mm:ss": 45, "[h]:mm:ss": 46, "mmss.0": 47,
        "##0.0E+0": 48, "@": 49,
    ]

    /// Excel's limit on distinct cell formats in a workbook.
    static let maxStyles = 64_000

    private struct XF: Hashable {
        var numberFormat: Int
        var font: Int
        var fill: Int
        var border: Int
        var alignment: CellAlignment?
    }

    private var customFormats = NumberedTable<String>(firstID: 164)
    private var fonts = NumberedTable<CellFont>(values: [CellFont.standard])
    private var fills = NumberedTable<CellFill>(firstID: 2)  // 0 and 1 are the required "none" and "gray125"
    private var borders = NumberedTable<CellBorder>(values: [CellBorder()])
    private var xfs = NumberedTable<XF>(values: [XF(numberFormat: 0, font: 0, fill: 0, border: 0, alignment: nil)])
    private var styleCache: [CellStyle: Int] = [CellStyle.standard: 0]

    init() {}

    /// The `cellXfs` index of `style`.
    func index(for style: CellStyle) throws(XLSXWriteError) -> Int {
        if let known = styleCache[style] { return known }
        if let problem = Self.problem(in: style) { throw XLSXWriteError(.invalidValue(problem)) }
        var xf = XF(numberFormat: 0, font: 0, fill: 0, border: 0, alignment: nil)
        if let code = style.numberFormat { xf.numberFormat = formatID(code) }
        if let font = style.font { xf.font = fontID(font) }
        if let fill = style.fill { xf.fill = fillID(fill) }
        if let border = style.border, !border.isEmpty { xf.border = borderID(border) }
        if let alignment = style.alignment, !alignment.isDefault { xf.alignment = alignment }
        guard xfs.contains(xf) || xfs.values.count < Self.maxStyles else {
            throw XLSXWriteError(.invalidValue("a workbook can hold at most \(Self.maxStyles) distinct cell styles"))
        }
        let index = xfs.id(of: xf)
        styleCache[style] = index
        return index
    }

    /// What is wrong with `style`, if anything.
    static func problem(in style: CellStyle) -> String? {
        if let code = style.numberFormat, code.isEmpty || code.utf8.count > 255 {
            return "a number format must have 1 to 255 characters"
        }
        if let font = style.font {
            if !(font.size >= 1 && font.size <= 409) { return "font size \(font.size) is not between 1 and 409 points" }
            if font.name.isEmpty || font.name.utf8.count > 31 { return "font name '\(font.name)' must have 1 to 31 characters" }
        }
        if let alignment = style.alignment, !(0...250).contains(alignment.indent) {
            return "indent \(alignment.indent) is not between 0 and 250"
        }
        return nil
    }

    /// Number of `cellXfs` entries so far.
    var count: Int { xfs.values.count }

    private func formatID(_ code: String) -> Int {
        Self.builtinFormatIDs[code] ?? customFormats.id(of: code)
    }

    private func fontID(_ font: CellFont) -> Int { fonts.id(of: font) }

    private func fillID(_ fill: CellFill) -> Int { fills.id(of: fill) }

    private func borderID(_ border: CellBorder) -> Int { borders.id(of: border) }

    // MARK: styles.xml

    /// Renders `xl/styles.xml`.
    func render(into out: XMLByteBuffer) {
        out.append(WriterXMLLiterals.declaration)
        out.append("<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">")
        if !customFormats.values.isEmpty {
            out.append("<numFmts count=\"")
            out.append(decimal: customFormats.values.count)
            out.append("\">")
            for (offset, code) in customFormats.values.enumerated() {
                out.append("<numFmt numFmtId=\"")
                out.append(decimal: 164 + offset)
                out.append("\" formatCode=\"")
                out.appendEscapedAttribute(code)
                out.append("\"/>")
            }
            out.append("</numFmts>")
        }
        out.append("<fonts count=\"")
        out.append(decimal: fonts.values.count)
        out.append("\">")
        for font in fonts.values { render(font, into: out) }
        out.append("</fonts><fills count=\"")
        out.append(decimal: 2 + fills.values.count)
        out.append("\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill>")
        for fill in fills.values {
            out.append("<fill><patternFill patternType=\"solid\"><fgColor rgb=\"")
            out.appendRaw(fill.color.argbHex)
            out.append("\"/><bgColor indexed=\"64\"/></patternFill></fill>")
        }
        out.append("</fills><borders count=\"")
        out.append(decimal: borders.values.count)
        out.append("\">")
        for border in borders.values { render(border, into: out) }
        out.append("</borders><cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>")
        out.append("<cellXfs count=\"")
        out.append(decimal: xfs.values.count)
        out.append("\">")
        for xf in xfs.values { render(xf, into: out) }
        out.append("</cellXfs><cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>")
        out.append("<dxfs count=\"0\"/><tableStyles count=\"0\" defaultTableStyle=\"TableStyleMedium9\" defaultPivotStyle=\"PivotStyleLight16\"/>")
        out.append("</styleSheet>")
    }

    private func render(_ font: CellFont, into out: XMLByteBuffer) {
        out.append("<font>")
        if font.bold { out.append("<b/>") }
        if font.italic { out.append("<i/>") }
        if font.strikethrough { out.append("<strike/>") }
        if font.underline { out.append("<u/>") }
        out.append("<sz val=\"")
        out.append(double: font.size)
        out.append("\"/>")
        if let color = font.color {
            out.append("<color rgb=\"")
            out.appendRaw(color.argbHex)
            out.append("\"/>")
        }
        out.append("<name val=\"")
        out.appendEscapedAttribute(font.name)
        out.append("\"/>")
        if font.name == "Calibri" { out.append("<family val=\"2\"/>") }
        out.append("</font>")
    }

    private func render(_ border: CellBorder, into out: XMLByteBuffer) {
        out.append("<border>")
        renderSide("left", border.left, into: out)
        renderSide("right", border.right, into: out)
        renderSide("top", border.top, into: out)
        renderSide("bottom", border.bottom, into: out)
        out.append("<diagonal/></border>")
    }

    private func renderSide(_ name: StaticString, _ line: BorderLine?, into out: XMLByteBuffer) {
        out.append("<")
        out.append(name)
        guard let line else {
            out.append("/>")
            return
        }
        out.append(" style=\"")
        out.appendRaw(line.style.rawValue)
        out.append("\">")
        if let color = line.color {
            out.append("<color rgb=\"")
            out.appendRaw(color.argbHex)
            out.append("\"/>")
        } else {
            out.append("<color auto=\"1\"/>")
        }
        out.append("</")
        out.append(name)
        out.append(">")
    }

    private func render(_ xf: XF, into out: XMLByteBuffer) {
        out.append("<xf numFmtId=\"")
        out.append(decimal: xf.numberFormat)
        out.append("\" fontId=\"")
        out.append(decimal: xf.font)
        out.append("\" fillId=\"")
        out.append(decimal: xf.fill)
        out.append("\" borderId=\"")
        out.append(decimal: xf.border)
        out.append("\" xfId=\"0\"")
        if xf.numberFormat != 0 { out.append(" applyNumberFormat=\"1\"") }
        if xf.font != 0 { out.append(" applyFont=\"1\"") }
        if xf.fill != 0 { out.append(" applyFill=\"1\"") }
        if xf.border != 0 { out.append(" applyBorder=\"1\"") }
        guard let alignment = xf.alignment else {
            out.append("/>")
            return
        }
        out.append(" applyAlignment=\"1\"><alignment")
        if let horizontal = alignment.horizontal {
            out.append(" horizontal=\"")
            out.appendRaw(horizontal.rawValue)
            out.append("\"")
        }
        if let vertical = alignment.vertical {
            out.append(" vertical=\"")
            out.appendRaw(vertical.rawValue)
            out.append("\"")
        }
        if alignment.wrapText { out.append(" wrapText=\"1\"") }
        if alignment.indent > 0 {
            out.append(" indent=\"")
            out.append(decimal: alignment.indent)
            out.append("\"")
        }
        out.append("/></xf>")
    }
}
