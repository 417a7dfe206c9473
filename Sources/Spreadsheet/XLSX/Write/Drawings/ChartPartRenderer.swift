/// Writes `xl/charts/chartN.xml` for an ``XLSXChart``.
enum ChartPartRenderer {
    /// What makes `chart` impossible to draw, if anything.
    static func problem(in chart: XLSXChart) -> String? {
        if chart.series.isEmpty { return "it has no data series" }
        if chart.series.count > 255 { return "it has more than 255 series" }
        for series in chart.series where !isLine(series.values.range) {
            return "the values \(series.values.range.a1) are not a single row or column"
        }
        if let categories = chart.categories, !isLine(categories.range) {
            return "the categories \(categories.range.a1) are not a single row or column"
        }
        return nil
    }

    private static func isLine(_ range: CellRange) -> Bool {
        range.rowCount == 1 || range.columnCount == 1
    }

    /// Every sheet name the chart refers to.
    static func sheetNames(in chart: XLSXChart) -> [String] {
        var names = chart.series.map(\.values.sheet)
        if let categories = chart.categories { names.append(categories.sheet) }
        for series in chart.series {
            if case .reference(let reference) = series.name { names.append(reference.sheet) }
        }
        return names
    }

    static func render(_ chart: XLSXChart, dateSystem: DateSystem, into out: XMLByteBuffer) {
        out.append(WriterXMLLiterals.declaration)
        out.append(
            "<c:chartSpace xmlns:c=\"http://schemas.openxmlformats.org/drawingml/2006/chart\" xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" xmlns:r=\""
        )
        out.append(WriterXMLLiterals.relationshipsNS)
        out.append("\">")
        if dateSystem == .date1904 { out.append("<c:date1904 val=\"1\"/>") }
        out.append("<c:roundedCorners val=\"0\"/><c:chart>")
        if let title = chart.title {
            renderTitle(title, size: 1400, into: out)
            out.append("<c:autoTitleDeleted val=\"0\"/>")
        } else {
            out.append("<c:autoTitleDeleted val=\"1\"/>")
        }
        out.append("<c:plotArea><c:layout/>")
        switch chart.kind {
        case .clusteredColumn:
            out.append("<c:barChart><c:barDir val=\"col\"/><c:grouping val=\"clustered\"/><c:varyColors val=\"0\"/>")
        case .line:
            out.append("<c:lineChart><c:grouping val=\"standard\"/><c:varyColors val=\"0\"/>")
        }
        for (index, series) in chart.series.enumerated() {
            renderSeries(series, index: index, chart: chart, into: out)
        }
        switch chart.kind {
        case .clusteredColumn:
            out.append("<c:gapWidth val=\"150\"/><c:axId val=\"50010001\"/><c:axId val=\"50010002\"/></c:barChart>")
        case .line:
            out.append("<c:marker val=\"1\"/><c:axId val=\"50010001\"/><c:axId val=\"50010002\"/></c:lineChart>")
        }
        // Category axis.
        out.append("<c:catAx><c:axId val=\"50010001\"/><c:scaling><c:orientation val=\"minMax\"/></c:scaling>")
        out.append("<c:delete val=\"0\"/><c:axPos val=\"b\"/>")
        if let title = chart.categoryAxisTitle { renderTitle(title, size: 1000, into: out) }
        out.append("<c:numFmt formatCode=\"General\" sourceLinked=\"1\"/><c:majorTickMark val=\"out\"/><c:minorTickMark val=\"none\"/>")
        out.append("<c:tickLblPos val=\"nextTo\"/><c:crossAx val=\"50010002\"/><c:crosses val=\"autoZero\"/>")
        out.append("<c:auto val=\"1\"/><c:lblAlgn val=\"ctr\"/><c:lblOffset val=\"100\"/><c:noMultiLvlLbl val=\"0\"/></c:catAx>")
        // Value axis.
        out.append("<c:valAx><c:axId val=\"50010002\"/><c:scaling><c:orientation val=\"minMax\"/></c:scaling>")
        out.append("<c:delete val=\"0\"/><c:axPos val=\"l\"/><c:majorGridlines/>")
        if let title = chart.valueAxisTitle { renderTitle(title, size: 1000, rotated: true, into: out) }
        if let format = chart.valueNumberFormat {
            out.append("<c:numFmt formatCode=\"")
            out.appendEscapedAttribute(format)
            out.append("\" sourceLinked=\"0\"/>")
        } else {
            out.append("<c:numFmt formatCode=\"General\" sourceLinked=\"1\"/>")
        }
        out.append("<c:majorTickMark val=\"out\"/><c:minorTickMark val=\"none\"/><c:tickLblPos val=\"nextTo\"/>")
        out.append("<c:crossAx val=\"50010001\"/><c:crosses val=\"autoZero\"/><c:crossBetween val=\"between\"/></c:valAx>")
        out.append("</c:plotArea>")
        if let legend = chart.legend {
            out.append("<c:legend><c:legendPos val=\"")
            out.appendRaw(legend.rawValue)
            out.append("\"/><c:overlay val=\"0\"/></c:legend>")
        }
        out.append("<c:plotVisOnly val=\"1\"/><c:dispBlanksAs val=\"gap\"/></c:chart></c:chartSpace>")
    }

    /// Series colours, in order: distinct, readable in print and for most colour-blind readers.
    static let seriesPalette = ["4472C4", "ED7D31", "A5A5A5", "FFC000", "5B9BD5", "70AD47", "264478", "9E480E"]

    private static func renderSeries(_ series: XLSXChart.Series, index: Int, chart: XLSXChart, into out: XMLByteBuffer) {
        out.append("<c:ser><c:idx val=\"")
        out.append(decimal: index)
        out.append("\"/><c:order val=\"")
        out.append(decimal: index)
        out.append("\"/>")
        switch series.name {
        case .text(let text):
            out.append("<c:tx><c:v>")
            out.appendEscapedText(text)
            out.append("</c:v></c:tx>")
        case .reference(let reference):
            out.append("<c:tx><c:strRef><c:f>")
            out.appendEscapedText(reference.formula)
            out.append("</c:f></c:strRef></c:tx>")
        case nil:
            break
        }
        // An explicit colour per series: without a theme part, programs would draw no fill.
        let fill = "<a:solidFill><a:srgbClr val=\"" + seriesPalette[index % seriesPalette.count] + "\"/></a:solidFill>"
        switch chart.kind {
        case .clusteredColumn:
            out.appendRaw("<c:spPr>" + fill + "</c:spPr>")
            out.append("<c:invertIfNegative val=\"0\"/>")
        case .line:
            out.appendRaw("<c:spPr><a:ln w=\"28575\" cap=\"rnd\">" + fill + "<a:round/></a:ln></c:spPr>")
            out.appendRaw("<c:marker><c:symbol val=\"circle\"/><c:size val=\"5\"/><c:spPr>" + fill + "</c:spPr></c:marker>")
        }
        if let categories = chart.categories {
            out.append("<c:cat><c:strRef><c:f>")
            out.appendEscapedText(categories.formula)
            out.append("</c:f></c:strRef></c:cat>")
        }
        out.append("<c:val><c:numRef><c:f>")
        out.appendEscapedText(series.values.formula)
        out.append("</c:f></c:numRef></c:val>")
        if chart.kind == .line { out.append("<c:smooth val=\"0\"/>") }
        out.append("</c:ser>")
    }

    private static func renderTitle(_ text: String, size: Int, rotated: Bool = false, into out: XMLByteBuffer) {
        out.append("<c:title><c:tx><c:rich>")
        out.append(rotated ? "<a:bodyPr rot=\"-5400000\" vert=\"horz\"/>" : "<a:bodyPr/>")
        out.append("<a:lstStyle/><a:p><a:pPr><a:defRPr sz=\"")
        out.append(decimal: size)
        out.append("\" b=\"1\"/></a:pPr><a:r><a:rPr lang=\"da-DK\" sz=\"")
        out.append(decimal: size)
        out.append("\" b=\"1\"/><a:t>")
        out.appendEscapedText(text)
        out.append("</a:t></a:r></a:p></c:rich></c:tx><c:overlay val=\"0\"/></c:title>")
    }
}
