/// The workbook's shared-string table (`xl/sharedStrings.xml`), built as cells are written.
///
/// Each distinct text is stored once; cells refer to it by index.
final class SharedStringTableBuilder {
    private var indices: [String: Int] = [:]
    private(set) var strings: [String] = []
    /// How many cells refer to the table (the `count` attribute).
    private(set) var referenceCount = 0

    /// The index of `text`, adding it when new.
    @inline(__always)
    func index(of text: String) -> Int {
        referenceCount &+= 1
        if let index = indices[text] { return index }
        let index = strings.count
        indices[text] = index
        strings.append(text)
        return index
    }

    /// Takes back references made by a row that was then rejected.
    func forgetReferences(_ count: Int) {
        referenceCount -= count
    }

    /// Whether any cell uses the table.
    var isEmpty: Bool { strings.isEmpty }

    /// Renders `xl/sharedStrings.xml`.
    func render(into out: XMLByteBuffer) {
        out.append(WriterXMLLiterals.declaration)
        out.append("<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"")
        out.append(decimal: referenceCount)
        out.append("\" uniqueCount=\"")
        out.append(decimal: strings.count)
        out.append("\">")
        for text in strings {
            var text = text
            text.withUTF8 { utf8 in
                if TextFacts(utf8).needsPreserve {
                    out.append("<si><t xml:space=\"preserve\">")
                } else {
                    out.append("<si><t>")
                }
                out.appendEscapedText(utf8: utf8)
                out.append("</t></si>")
            }
        }
        out.append("</sst>")
    }
}
