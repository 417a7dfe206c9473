#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The workbook's shared-string table (`xl/sharedStrings.xml`), built as cells are written.
///
/// Each distinct text is stored once; cells refer to it by index. Texts are told apart by
/// their UTF-8 bytes, not by `String` equality, which would merge canonically equivalent
/// texts (`"é"` and `"e\u{301}"`) and so change what a cell holds; hashing bytes is also
/// much faster than hashing the normalized form.
final class SharedStringTableBuilder {
    private var indices: [ExactText: Int] = [:]
    private(set) var strings: [String] = []
    /// How many cells refer to the table (the `count` attribute).
    private(set) var referenceCount = 0

    /// The index of `text`, adding it when new.
    @inline(__always)
    func index(of text: String) -> Int {
        referenceCount &+= 1
        let key = ExactText(text)
        if let index = indices[key] { return index }
        let index = strings.count
        indices[key] = index
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
