/// Reads `sharedStrings.xml` into the table of strings cells point at.
///
/// Each `<si>` gives one string: its `<t>`, or its rich-text runs' `<t>`s joined;
/// phonetic runs (`<rPh>`) are left out. A `<t>` without `xml:space="preserve"`
/// loses leading and trailing spaces, tabs, CRs and LFs; `_xHHHH_` escapes are decoded.
final class SharedStringsHandler: XMLEventHandler {
    private(set) var strings: [String] = []
    private var mainNamespace = NamespaceMatcher.main
    private var xmlNamespace = NamespaceMatcher(XMLNamespaces.xml)
    private var depth = 0
    private var itemDepth = 0
    private var runDepth = 0
    private var textDepth = 0
    private var capturing = false
    private var preserve = false
    private var textStart = 0
    private var buffer: [UInt8] = []

    override init() {
        super.init()
        buffer.reserveCapacity(1024)
    }

    override func startElement(localName: UnsafePointer<UInt8>, uri: UnsafePointer<UInt8>?, attributes: XMLAttributes) {
        depth += 1
        capturing = false  // text after a child element is not the <t>'s own text
        if itemDepth == 0 {
            if XMLName.equals(localName, "si") && mainNamespace.matches(uri) {
                itemDepth = depth
                buffer.removeAll(keepingCapacity: true)
            }
            return
        }
        if depth == itemDepth + 1 {
            if XMLName.equals(localName, "t") {
                beginText(attributes)
            } else if XMLName.equals(localName, "r") {
                runDepth = depth
            }
        } else if runDepth > 0 && depth == runDepth + 1 && XMLName.equals(localName, "t") {
            beginText(attributes)
        }
    }

    private func beginText(_ attributes: XMLAttributes) {
        textDepth = depth
        capturing = true
        textStart = buffer.count
        preserve = false
        var i = 0
        while i < attributes.count {
            if XMLName.equals(attributes.localName(i), "space") && xmlNamespace.matches(attributes.uri(i)) {
                preserve = XMLName.equals(attributes.value(i), "preserve")
            }
            i += 1
        }
    }

    override func characters(_ bytes: UnsafePointer<UInt8>, count: Int) {
        guard capturing else { return }
        buffer.append(contentsOf: UnsafeBufferPointer(start: bytes, count: count))
    }

    override func endElement(localName: UnsafePointer<UInt8>, uri: UnsafePointer<UInt8>?) {
        capturing = false
        if itemDepth > 0 {
            if depth == textDepth {
                if !preserve { XStringText.trim(&buffer, from: textStart) }
                textDepth = 0
            } else if depth == runDepth {
                runDepth = 0
            } else if depth == itemDepth {
                strings.append(XStringText.decode(buffer))
                itemDepth = 0
            }
        }
        depth -= 1
    }
}
