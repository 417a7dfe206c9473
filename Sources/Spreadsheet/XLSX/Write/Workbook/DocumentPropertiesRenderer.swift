/// Writes `docProps/core.xml` and `docProps/app.xml`.
enum DocumentPropertiesRenderer {
    static func renderCore(_ properties: DocumentProperties, into out: XMLByteBuffer) {
        out.append(WriterXMLLiterals.declaration)
        out.append(
            "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" xmlns:dcmitype=\"http://purl.org/dc/dcmitype/\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
        )
        func element(_ open: StaticString, _ close: StaticString, _ value: String?) {
            guard let value else { return }
            out.append(open)
            out.appendEscapedText(value)
            out.append(close)
        }
        element("<dc:title>", "</dc:title>", properties.title)
        element("<dc:subject>", "</dc:subject>", properties.subject)
        element("<dc:creator>", "</dc:creator>", properties.creator)
        element("<cp:keywords>", "</cp:keywords>", properties.keywords)
        element("<dc:description>", "</dc:description>", properties.description)
        element("<cp:lastModifiedBy>", "</cp:lastModifiedBy>", properties.lastModifiedBy)
        if let created = properties.created {
            out.append("<dcterms:created xsi:type=\"dcterms:W3CDTF\">")
            out.appendRaw(w3cdtf(created))
            out.append("</dcterms:created>")
        }
        if let modified = properties.modified ?? properties.created {
            out.append("<dcterms:modified xsi:type=\"dcterms:W3CDTF\">")
            out.appendRaw(w3cdtf(modified))
            out.append("</dcterms:modified>")
        }
        out.append("</cp:coreProperties>")
    }

    static func renderApp(_ properties: DocumentProperties, sheetNames: [String], into out: XMLByteBuffer) {
        out.append(WriterXMLLiterals.declaration)
        out.append(
            "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\" xmlns:vt=\"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes\">"
        )
        out.append("<Application>")
        out.appendEscapedText(properties.application)
        out.append("</Application><DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop>")
        out.append("<HeadingPairs><vt:vector size=\"2\" baseType=\"variant\"><vt:variant><vt:lpstr>Worksheets</vt:lpstr></vt:variant><vt:variant><vt:i4>")
        out.append(decimal: sheetNames.count)
        out.append("</vt:i4></vt:variant></vt:vector></HeadingPairs><TitlesOfParts><vt:vector size=\"")
        out.append(decimal: sheetNames.count)
        out.append("\" baseType=\"lpstr\">")
        for name in sheetNames {
            out.append("<vt:lpstr>")
            out.appendEscapedText(name)
            out.append("</vt:lpstr>")
        }
        out.append("</vt:vector></TitlesOfParts>")
        if let company = properties.company {
            out.append("<Company>")
            out.appendEscapedText(company)
            out.append("</Company>")
        }
        out.append("<LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged></Properties>")
    }

    /// `2026-03-01T09:30:00Z`.
    private static func w3cdtf(_ date: DateTimeComponents) -> String {
        var whole = date
        whole.millisecond = 0
        return whole.iso8601 + "Z"
    }
}
