/// Assembles the package of a closed workbook: checks cross-references, numbers
/// the parts, renders the workbook-level parts and hands everything to libzip.
struct WorkbookAssembler {
    private let sheets: [XLSXSheetWriter]
    private let definedNames: [WriterDefinedName]
    private let context: WorkbookWriteContext
    private let numbers: [SheetPartNumbers]
    private let activeSheet: Int
    private let chartCount: Int

    init(sheets: [XLSXSheetWriter], definedNames: [WriterDefinedName], context: WorkbookWriteContext) throws(XLSXWriteError) {
        guard !sheets.isEmpty else { throw XLSXWriteError(.noSheets) }
        guard let firstVisible = sheets.firstIndex(where: { $0.options.visibility == .visible }) else {
            throw XLSXWriteError(.noVisibleSheet)
        }
        let known = Set(sheets.map { $0.name.lowercased() })
        func check(_ sheetName: String, from sheet: XLSXSheetWriter) throws(XLSXWriteError) {
            if !known.contains(sheetName.lowercased()) {
                throw XLSXWriteError(.unknownSheet(sheetName), sheet: sheet.name)
            }
        }
        for sheet in sheets {
            for link in sheet.layout.hyperlinks {
                if case .cell(let reference) = link.target { try check(reference.sheet, from: sheet) }
            }
            for placed in sheet.layout.charts {
                for name in ChartPartRenderer.sheetNames(in: placed.chart) { try check(name, from: sheet) }
            }
        }
        for name in definedNames {
            if let sheet = name.sheet, !known.contains(sheet.lowercased()) { throw XLSXWriteError(.unknownSheet(sheet)) }
        }

        var numbers: [SheetPartNumbers] = []
        var notes = 0
        var drawings = 0
        var charts = 0
        for (offset, sheet) in sheets.enumerated() {
            var entry = SheetPartNumbers(sheet: offset + 1, notes: nil, drawing: nil, firstChart: charts + 1)
            if !sheet.layout.noteOrder.isEmpty {
                notes += 1
                entry.notes = notes
            }
            if !sheet.layout.charts.isEmpty {
                drawings += 1
                entry.drawing = drawings
                charts += sheet.layout.charts.count
            }
            numbers.append(entry)
        }
        self.sheets = sheets
        self.definedNames = definedNames
        self.context = context
        self.numbers = numbers
        self.chartCount = charts
        let requested = context.activeSheet
        self.activeSheet =
            sheets.indices.contains(requested) && sheets[requested].options.visibility == .visible
            ? requested : firstVisible
    }

    /// Builds the package at `path`.
    func write(to path: String) throws(XLSXWriteError) {
        let zip = try ZipPackageWriter(path: path, compressionLevel: context.options.compressionLevel)
        defer { zip.discard() }
        let buffer = XMLByteBuffer(capacity: 1 << 16)
        func add(_ name: String, _ render: (XMLByteBuffer) -> Void) throws(XLSXWriteError) {
            buffer.removeAll()
            render(buffer)
            try zip.add(name, bytes: buffer)
        }
        let sharedStrings = context.sharedStrings.flatMap { $0.isEmpty ? nil : $0 }

        try add("[Content_Types].xml") { renderContentTypes(hasSharedStrings: sharedStrings != nil, into: $0) }
        try add("_rels/.rels") { out in
            WriterRelationship.render(
                [
                    .office("rId1", "officeDocument", "xl/workbook.xml"),
                    WriterRelationship(
                        id: "rId2", type: "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
                        target: "docProps/core.xml"),
                    .office("rId3", "extended-properties", "docProps/app.xml"),
                ], into: out)
        }
        try add("docProps/app.xml") { DocumentPropertiesRenderer.renderApp(context.options.properties, sheetNames: sheets.map(\.name), into: $0) }
        try add("docProps/core.xml") { DocumentPropertiesRenderer.renderCore(context.options.properties, into: $0) }
        try add("xl/workbook.xml") { renderWorkbook(into: $0) }
        try add("xl/_rels/workbook.xml.rels") { out in
            var relationships = sheets.indices.map { offset in
                WriterRelationship.office("rId\(offset + 1)", "worksheet", "worksheets/sheet\(offset + 1).xml")
            }
            relationships.append(.office("rId\(sheets.count + 1)", "styles", "styles.xml"))
            if sharedStrings != nil {
                relationships.append(.office("rId\(sheets.count + 2)", "sharedStrings", "sharedStrings.xml"))
            }
            WriterRelationship.render(relationships, into: out)
        }
        try add("xl/styles.xml") { context.styles.render(into: $0) }
        if let sharedStrings { try add("xl/sharedStrings.xml") { sharedStrings.render(into: $0) } }

        for (offset, sheet) in sheets.enumerated() {
            let number = numbers[offset]
            let (relationships, ids) = sheet.relationships(numbers: number)
            buffer.removeAll()
            sheet.renderHead(isActive: offset == activeSheet, into: buffer)
            let head = buffer.makeArray()
            buffer.removeAll()
            sheet.renderTail(ids: ids, into: buffer)
            let tail = buffer.makeArray()
            try zip.add(number.sheetPath, segments: [.bytes(head)] + sheet.data.segments() + [.bytes(tail)])
            if !relationships.isEmpty {
                try add(number.sheetRelsPath) { WriterRelationship.render(relationships, into: $0) }
            }
            if let notes = number.notes {
                try add("xl/comments\(notes).xml") { sheet.renderComments(into: $0) }
                try add("xl/drawings/vmlDrawing\(notes).vml") { sheet.renderNoteShapes(number: notes, into: $0) }
            }
            if let drawing = number.drawing {
                try add("xl/drawings/drawing\(drawing).xml") { sheet.renderDrawing(into: $0) }
                try add("xl/drawings/_rels/drawing\(drawing).xml.rels") {
                    WriterRelationship.render(sheet.drawingRelationships(firstChart: number.firstChart), into: $0)
                }
                for (index, placed) in sheet.layout.charts.enumerated() {
                    try add("xl/charts/chart\(number.firstChart + index).xml") {
                        ChartPartRenderer.render(placed.chart, dateSystem: context.options.dateSystem, into: $0)
                    }
                }
            }
        }
        try zip.close()
    }

    // MARK: Workbook-level parts

    private func renderContentTypes(hasSharedStrings: Bool, into out: XMLByteBuffer) {
        let main = "application/vnd.openxmlformats-officedocument.spreadsheetml."
        func override(_ part: String, _ type: String) {
            out.append("<Override PartName=\"/")
            out.appendRaw(part)
            out.append("\" ContentType=\"")
            out.appendRaw(type)
            out.append("\"/>")
        }
        out.append(WriterXMLLiterals.declaration)
        out.append("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">")
        out.append("<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>")
        out.append("<Default Extension=\"xml\" ContentType=\"application/xml\"/>")
        if numbers.contains(where: { $0.notes != nil }) {
            out.append("<Default Extension=\"vml\" ContentType=\"application/vnd.openxmlformats-officedocument.vmlDrawing\"/>")
        }
        override("docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml")
        override("docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml")
        override("xl/workbook.xml", main + "sheet.main+xml")
        override("xl/styles.xml", main + "styles+xml")
        if hasSharedStrings { override("xl/sharedStrings.xml", main + "sharedStrings+xml") }
        for number in numbers {
            override(number.sheetPath, main + "worksheet+xml")
            if let notes = number.notes { override("xl/comments\(notes).xml", main + "comments+xml") }
            if let drawing = number.drawing {
                override("xl/drawings/drawing\(drawing).xml", "application/vnd.openxmlformats-officedocument.drawing+xml")
            }
        }
        if chartCount > 0 {
            for chart in 1...chartCount {
                override("xl/charts/chart\(chart).xml", "application/vnd.openxmlformats-officedocument.drawingml.chart+xml")
            }
        }
        out.append("</Types>")
    }

    private func renderWorkbook(into out: XMLByteBuffer) {
        out.append(WriterXMLLiterals.declaration)
        out.append("<workbook xmlns=\"")
        out.append(WriterXMLLiterals.spreadsheetML)
        out.append("\" xmlns:r=\"")
        out.append(WriterXMLLiterals.relationshipsNS)
        out.append("\">")
        out.append(context.options.dateSystem == .date1904 ? "<workbookPr date1904=\"1\"/>" : "<workbookPr/>")
        out.append("<bookViews><workbookView")
        let firstVisible = sheets.firstIndex { $0.options.visibility == .visible } ?? 0
        if firstVisible > 0 {
            out.append(" firstSheet=\"")
            out.append(decimal: firstVisible)
            out.append("\"")
        }
        out.append(" activeTab=\"")
        out.append(decimal: activeSheet)
        out.append("\"/></bookViews><sheets>")
        for (offset, sheet) in sheets.enumerated() {
            out.append("<sheet name=\"")
            out.appendEscapedAttribute(sheet.name)
            out.append("\" sheetId=\"")
            out.append(decimal: offset + 1)
            out.append("\"")
            switch sheet.options.visibility {
            case .visible: break
            case .hidden: out.append(" state=\"hidden\"")
            case .veryHidden: out.append(" state=\"veryHidden\"")
            }
            out.append(" r:id=\"rId")
            out.append(decimal: offset + 1)
            out.append("\"/>")
        }
        out.append("</sheets>")
        let names = allDefinedNames()
        if !names.isEmpty {
            out.append("<definedNames>")
            for entry in names {
                out.append("<definedName name=\"")
                out.appendEscapedAttribute(entry.name)
                out.append("\"")
                if let sheet = entry.sheet, let index = sheets.firstIndex(where: { $0.name.lowercased() == sheet.lowercased() }) {
                    out.append(" localSheetId=\"")
                    out.append(decimal: index)
                    out.append("\"")
                }
                if entry.hidden { out.append(" hidden=\"1\"") }
                out.append(">")
                out.appendEscapedText(entry.formula)
                out.append("</definedName>")
            }
            out.append("</definedNames>")
        }
        let recalculate = context.options.recalculateOnOpen || context.hasFormulaWithoutValue
        out.append(recalculate ? "<calcPr calcId=\"191029\" fullCalcOnLoad=\"1\"/>" : "<calcPr calcId=\"191029\"/>")
        out.append("</workbook>")
    }

    /// The user's names plus the built-in ones the sheets need (filters, print titles).
    private func allDefinedNames() -> [WriterDefinedName] {
        var names = definedNames
        for sheet in sheets {
            let quoted = SheetReference.quotedSheetName(sheet.name)
            if let filter = sheet.layout.autoFilter {
                names.append(
                    WriterDefinedName(
                        name: "_xlnm._FilterDatabase",
                        formula: SheetReference(sheet: sheet.name, range: filter).formula,
                        sheet: sheet.name, hidden: true))
            }
            if let rows = sheet.layout.pageSetup?.repeatRows {
                names.append(
                    WriterDefinedName(
                        name: "_xlnm.Print_Titles",
                        formula: "\(quoted)!$\(rows.lowerBound + 1):$\(rows.upperBound + 1)",
                        sheet: sheet.name, hidden: false))
            }
        }
        return names
    }
}
