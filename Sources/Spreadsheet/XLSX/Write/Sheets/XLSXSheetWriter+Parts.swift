/// The numbers of the parts that belong to one sheet, assigned when the workbook closes.
struct SheetPartNumbers {
    /// `xl/worksheets/sheetN.xml`.
    var sheet: Int
    /// `xl/commentsN.xml` and `xl/drawings/vmlDrawingN.vml`, when the sheet has notes.
    var notes: Int?
    /// `xl/drawings/drawingN.xml`, when the sheet has charts.
    var drawing: Int?
    /// The number of the sheet's first chart (`xl/charts/chartN.xml`); the others follow.
    var firstChart: Int

    var sheetPath: String { "xl/worksheets/sheet\(sheet).xml" }
    var sheetRelsPath: String { "xl/worksheets/_rels/sheet\(sheet).xml.rels" }
}

/// The relationship ids a worksheet refers to.
struct SheetRelationshipIDs {
    var drawing: String?
    var legacyDrawing: String?
    var hyperlinks: [Int: String] = [:]
}

extension XLSXSheetWriter {
    /// The relationships of the worksheet part, and the ids its XML uses.
    func relationships(numbers: SheetPartNumbers) -> ([WriterRelationship], SheetRelationshipIDs) {
        var relationships: [WriterRelationship] = []
        var ids = SheetRelationshipIDs()
        func nextID() -> String { "rId\(relationships.count + 1)" }
        if let drawing = numbers.drawing {
            ids.drawing = nextID()
            relationships.append(.office(ids.drawing!, "drawing", "../drawings/drawing\(drawing).xml"))
        }
        if let notes = numbers.notes {
            ids.legacyDrawing = nextID()
            relationships.append(.office(ids.legacyDrawing!, "vmlDrawing", "../drawings/vmlDrawing\(notes).vml"))
            relationships.append(.office(nextID(), "comments", "../comments\(notes).xml"))
        }
        for (offset, link) in layout.hyperlinks.enumerated() {
            if case .url(let url) = link.target {
                let id = nextID()
                ids.hyperlinks[offset] = id
                relationships.append(.office(id, "hyperlink", url, external: true))
            }
        }
        return (relationships, ids)
    }

    /// The part of the worksheet XML before the rows.
    func renderHead(isActive: Bool, into out: XMLByteBuffer) {
        out.append(WriterXMLLiterals.declaration)
        out.append("<worksheet xmlns=\"")
        out.append(WriterXMLLiterals.spreadsheetML)
        out.append("\" xmlns:r=\"")
        out.append(WriterXMLLiterals.relationshipsNS)
        out.append("\">")
        let fitToPage = layout.pageSetup?.fitToWidth != nil || layout.pageSetup?.fitToHeight != nil
        if options.tabColor != nil || fitToPage {
            out.append("<sheetPr>")
            if let color = options.tabColor {
                out.append("<tabColor rgb=\"")
                out.appendRaw(color.argbHex)
                out.append("\"/>")
            }
            if fitToPage { out.append("<pageSetUpPr fitToPage=\"1\"/>") }
            out.append("</sheetPr>")
        }
        out.append("<dimension ref=\"")
        out.appendRaw(usedRange?.a1 ?? "A1")
        out.append("\"/><sheetViews><sheetView")
        if !options.showsGridlines { out.append(" showGridLines=\"0\"") }
        if isActive { out.append(" tabSelected=\"1\"") }
        if let zoom = options.zoom {
            out.append(" zoomScale=\"")
            out.append(decimal: zoom)
            out.append("\" zoomScaleNormal=\"")
            out.append(decimal: zoom)
            out.append("\"")
        }
        out.append(" workbookViewId=\"0\"")
        if layout.frozenRows > 0 || layout.frozenColumns > 0 {
            let pane: StaticString =
                layout.frozenRows > 0 && layout.frozenColumns > 0
                ? "bottomRight"
                : layout.frozenRows > 0 ? "bottomLeft" : "topRight"
            let topLeft = CellAddress(row: layout.frozenRows, column: layout.frozenColumns).a1
            out.append("><pane")
            if layout.frozenColumns > 0 {
                out.append(" xSplit=\"")
                out.append(decimal: layout.frozenColumns)
                out.append("\"")
            }
            if layout.frozenRows > 0 {
                out.append(" ySplit=\"")
                out.append(decimal: layout.frozenRows)
                out.append("\"")
            }
            out.append(" topLeftCell=\"")
            out.appendRaw(topLeft)
            out.append("\" activePane=\"")
            out.append(pane)
            out.append("\" state=\"frozen\"/><selection pane=\"")
            out.append(pane)
            out.append("\" activeCell=\"")
            out.appendRaw(topLeft)
            out.append("\" sqref=\"")
            out.appendRaw(topLeft)
            out.append("\"/></sheetView>")
        } else {
            out.append("/>")
        }
        out.append("</sheetViews><sheetFormatPr defaultRowHeight=\"15\"/>")
        renderColumns(into: out)
        out.append("<sheetData>")
    }

    private func renderColumns(into out: XMLByteBuffer) {
        guard !layout.columns.isEmpty else { return }
        let sorted = layout.columns.keys.sorted()
        out.append("<cols>")
        var index = 0
        while index < sorted.count {
            let first = sorted[index]
            let spec = layout.columns[first]!
            var last = first
            while index + 1 < sorted.count, sorted[index + 1] == last + 1, layout.columns[sorted[index + 1]] == spec {
                index += 1
                last = sorted[index]
            }
            out.append("<col min=\"")
            out.append(decimal: first + 1)
            out.append("\" max=\"")
            out.append(decimal: last + 1)
            out.append("\"")
            if let width = spec.width {
                out.append(" width=\"")
                out.append(double: width)
                out.append("\" customWidth=\"1\"")
            }
            if spec.hidden { out.append(" hidden=\"1\"") }
            out.append("/>")
            index += 1
        }
        out.append("</cols>")
    }

    /// The part of the worksheet XML after the rows.
    func renderTail(ids: SheetRelationshipIDs, into out: XMLByteBuffer) {
        out.append("</sheetData>")
        if let filter = layout.autoFilter {
            out.append("<autoFilter ref=\"")
            out.appendRaw(filter.a1)
            out.append("\"/>")
        }
        if !layout.merges.isEmpty {
            out.append("<mergeCells count=\"")
            out.append(decimal: layout.merges.count)
            out.append("\">")
            for range in layout.merges {
                out.append("<mergeCell ref=\"")
                out.appendRaw(range.a1)
                out.append("\"/>")
            }
            out.append("</mergeCells>")
        }
        if !layout.hyperlinks.isEmpty {
            out.append("<hyperlinks>")
            for (offset, link) in layout.hyperlinks.enumerated() {
                out.append("<hyperlink ref=\"")
                out.appendRaw(link.cell.a1)
                out.append("\"")
                switch link.target {
                case .url:
                    out.append(" r:id=\"")
                    out.appendRaw(ids.hyperlinks[offset]!)
                    out.append("\"")
                case .cell(let reference):
                    // Absolute ('Ark'!$C$4): LibreOffice does not follow 'Ark'!C4 or 'Ark'!R4,
                    // which it can read as R1C1 references.
                    out.append(" location=\"")
                    out.appendEscapedAttribute(reference.formula)
                    out.append("\"")
                }
                if let display = link.display {
                    out.append(" display=\"")
                    out.appendEscapedAttribute(display)
                    out.append("\"")
                }
                if let tooltip = link.tooltip {
                    out.append(" tooltip=\"")
                    out.appendEscapedAttribute(tooltip)
                    out.append("\"")
                }
                out.append("/>")
            }
            out.append("</hyperlinks>")
        }
        let setup = layout.pageSetup
        if let setup, setup.printsGridlines || setup.centersHorizontally {
            out.append("<printOptions")
            if setup.centersHorizontally { out.append(" horizontalCentered=\"1\"") }
            if setup.printsGridlines { out.append(" gridLines=\"1\"") }
            out.append("/>")
        }
        out.append("<pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/>")
        if let setup {
            out.append("<pageSetup paperSize=\"")
            out.append(decimal: setup.paperSize.rawValue)
            out.append("\"")
            if let scale = setup.scale {
                out.append(" scale=\"")
                out.append(decimal: scale)
                out.append("\"")
            }
            if setup.fitToWidth != nil || setup.fitToHeight != nil {
                out.append(" fitToWidth=\"")
                out.append(decimal: setup.fitToWidth ?? 0)
                out.append("\" fitToHeight=\"")
                out.append(decimal: setup.fitToHeight ?? 0)
                out.append("\"")
            }
            out.append(" orientation=\"")
            out.appendRaw(setup.orientation.rawValue)
            out.append("\"/>")
        }
        if let drawing = ids.drawing {
            out.append("<drawing r:id=\"")
            out.appendRaw(drawing)
            out.append("\"/>")
        }
        if let legacy = ids.legacyDrawing {
            out.append("<legacyDrawing r:id=\"")
            out.appendRaw(legacy)
            out.append("\"/>")
        }
        out.append("</worksheet>")
    }

    // MARK: Notes

    /// Renders `xl/commentsN.xml`.
    func renderComments(into out: XMLByteBuffer) {
        var authors: [String] = []
        var authorIDs: [String: Int] = [:]
        for cell in layout.noteOrder {
            let author = layout.notes[cell]!.author
            if authorIDs[author] == nil {
                authorIDs[author] = authors.count
                authors.append(author)
            }
        }
        out.append(WriterXMLLiterals.declaration)
        out.append("<comments xmlns=\"")
        out.append(WriterXMLLiterals.spreadsheetML)
        out.append("\"><authors>")
        for author in authors {
            out.append("<author>")
            out.appendEscapedText(author)
            out.append("</author>")
        }
        out.append("</authors><commentList>")
        for cell in layout.noteOrder {
            let note = layout.notes[cell]!
            out.append("<comment ref=\"")
            out.appendRaw(cell.a1)
            out.append("\" authorId=\"")
            out.append(decimal: authorIDs[note.author]!)
            out.append("\"><text><r><rPr><sz val=\"9\"/><rFont val=\"Tahoma\"/></rPr><t xml:space=\"preserve\">")
            out.appendEscapedText(note.text)
            out.append("</t></r></text></comment>")
        }
        out.append("</commentList></comments>")
    }

    /// Renders `xl/drawings/vmlDrawingN.vml`: the legacy shapes Excel needs to show notes.
    func renderNoteShapes(number: Int, into out: XMLByteBuffer) {
        out.append(
            "<xml xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\" xmlns:x=\"urn:schemas-microsoft-com:office:excel\">"
        )
        out.append("<o:shapelayout v:ext=\"edit\"><o:idmap v:ext=\"edit\" data=\"")
        out.append(decimal: number)
        out.append("\"/></o:shapelayout>")
        out.append("<v:shapetype id=\"_x0000_t202\" coordsize=\"21600,21600\" o:spt=\"202\" path=\"m,l,21600r21600,l21600,xe\">")
        out.append("<v:stroke joinstyle=\"miter\"/><v:path gradientshapeok=\"t\" o:connecttype=\"rect\"/></v:shapetype>")
        for (offset, cell) in layout.noteOrder.enumerated() {
            out.append("<v:shape id=\"_x0000_s")
            out.append(decimal: number * 1024 + 1 + offset)
            out.append("\" type=\"#_x0000_t202\" style=\"position:absolute;margin-left:59.25pt;margin-top:1.5pt;width:144pt;height:79.5pt;z-index:")
            out.append(decimal: offset + 1)
            out.append(";visibility:hidden\" fillcolor=\"#ffffe1\" o:insetmode=\"auto\">")
            out.append("<v:fill color2=\"#ffffe1\"/><v:shadow on=\"t\" color=\"black\" obscured=\"t\"/><v:path o:connecttype=\"none\"/>")
            out.append("<v:textbox style=\"mso-direction-alt:auto\"><div style=\"text-align:left\"></div></v:textbox>")
            out.append("<x:ClientData ObjectType=\"Note\"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>")
            // Left column, offset, top row, offset, right column, offset, bottom row, offset.
            let top = max(cell.row - 1, 0)
            let anchor = [cell.column + 1, 15, top, cell.row == 0 ? 2 : 10, cell.column + 4, 15, top + 5, 4]
            for (i, value) in anchor.enumerated() {
                if i > 0 { out.append(", ") }
                out.append(decimal: value)
            }
            out.append("</x:Anchor><x:AutoFill>False</x:AutoFill><x:Row>")
            out.append(decimal: cell.row)
            out.append("</x:Row><x:Column>")
            out.append(decimal: cell.column)
            out.append("</x:Column></x:ClientData></v:shape>")
        }
        out.append("</xml>")
    }

    // MARK: Charts

    /// Renders `xl/drawings/drawingN.xml`, which anchors the sheet's charts to cells.
    func renderDrawing(into out: XMLByteBuffer) {
        out.append(WriterXMLLiterals.declaration)
        out.append(
            "<xdr:wsDr xmlns:xdr=\"http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing\" xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\">"
        )
        for (offset, placed) in layout.charts.enumerated() {
            let anchor = placed.anchor
            out.append("<xdr:twoCellAnchor editAs=\"oneCell\"><xdr:from><xdr:col>")
            out.append(decimal: anchor.start.column)
            out.append("</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>")
            out.append(decimal: anchor.start.row)
            out.append("</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>")
            out.append(decimal: anchor.end.column + 1)
            out.append("</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>")
            out.append(decimal: anchor.end.row + 1)
            out.append("</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>")
            out.append("<xdr:graphicFrame macro=\"\"><xdr:nvGraphicFramePr><xdr:cNvPr id=\"")
            out.append(decimal: offset + 2)
            out.append("\" name=\"Chart ")
            out.append(decimal: offset + 1)
            out.append("\"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>")
            out.append("<xdr:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"0\" cy=\"0\"/></xdr:xfrm>")
            out.append("<a:graphic><a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/chart\">")
            out.append("<c:chart xmlns:c=\"http://schemas.openxmlformats.org/drawingml/2006/chart\" xmlns:r=\"")
            out.append(WriterXMLLiterals.relationshipsNS)
            out.append("\" r:id=\"rId")
            out.append(decimal: offset + 1)
            out.append("\"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>")
        }
        out.append("</xdr:wsDr>")
    }

    /// The relationships of the drawing part: one per chart.
    func drawingRelationships(firstChart: Int) -> [WriterRelationship] {
        layout.charts.indices.map { offset in
            .office("rId\(offset + 1)", "chart", "../charts/chart\(firstChart + offset).xml")
        }
    }
}
