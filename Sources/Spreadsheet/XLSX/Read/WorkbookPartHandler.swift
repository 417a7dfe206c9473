/// Reads `workbook.xml`: the date system, the sheets in order, the defined names.
final class WorkbookPartHandler: XMLEventHandler {
    /// A `<sheet>` as written.
    struct SheetEntry {
        var name: String
        var state: SheetState
        var relationshipID: String?
    }

    private(set) var date1904 = false
    private(set) var sheets: [SheetEntry] = []
    private(set) var definedNames: [DefinedName] = []

    private var mainNamespace = NamespaceMatcher.main
    private var relationshipNamespace = NamespaceMatcher.relationships
    private var betaNamespace = NamespaceMatcher(XMLNamespaces.excel2007Beta)
    private var depth = 0
    private var nameDepth = 0
    private var pendingName: DefinedName?
    private var text: [UInt8] = []

    override func startElement(localName: UnsafePointer<UInt8>, uri: UnsafePointer<UInt8>?, attributes: XMLAttributes) {
        depth += 1
        if depth == 1 {
            guard XMLName.equals(localName, "workbook"), mainNamespace.matches(uri) else {
                let namespace = uri.map { String(cString: $0) } ?? "no namespace"
                let detail =
                    betaNamespace.matches(uri)
                    ? "Excel 2007 beta workbook (namespace \(namespace))"
                    : "the workbook part's root element is '\(XMLName.string(localName))' in \(namespace), not SpreadsheetML"
                stop(with: XLSXError(.unsupportedFormat, line: currentLine, detail: detail))
                return
            }
            return
        }
        guard mainNamespace.matches(uri) else { return }
        if XMLName.equals(localName, "workbookPr") {
            if let value = attributes.value(of: "date1904") {
                let text = String(decoding: CellNumberText.stripped(value), as: UTF8.self).lowercased()
                date1904 = text == "1" || text == "true"
            } else {
                date1904 = false
            }
        } else if XMLName.equals(localName, "sheet") {
            var entry = SheetEntry(name: "", state: .visible, relationshipID: nil)
            var i = 0
            while i < attributes.count {
                let name = attributes.localName(i)
                if let attributeURI = attributes.uri(i) {
                    if XMLName.equals(name, "id") && relationshipNamespace.matches(attributeURI) {
                        entry.relationshipID = attributes.string(i)
                    }
                } else if XMLName.equals(name, "name") {
                    entry.name = attributes.string(i)
                } else if XMLName.equals(name, "state") {
                    entry.state = SheetState(rawValue: attributes.string(i)) ?? .visible
                }
                i += 1
            }
            sheets.append(entry)
        } else if XMLName.equals(localName, "definedName") {
            let local = attributes.value(of: "localSheetId").flatMap { CellNumberText.parseInteger($0) }
            let hidden = attributes.string(of: "hidden").map { $0 == "1" || $0.lowercased() == "true" } ?? false
            pendingName = DefinedName(
                name: attributes.string(of: "name") ?? "", formula: "",
                localSheetIndex: local.flatMap { Int(exactly: $0) }, isHidden: hidden)
            nameDepth = depth
            text.removeAll(keepingCapacity: true)
        }
    }

    override func characters(_ bytes: UnsafePointer<UInt8>, count: Int) {
        guard nameDepth > 0 && depth == nameDepth else { return }
        text.append(contentsOf: UnsafeBufferPointer(start: bytes, count: count))
    }

    override func endElement(localName: UnsafePointer<UInt8>, uri: UnsafePointer<UInt8>?) {
        if nameDepth > 0 && depth == nameDepth, var name = pendingName {
            name.formula = String(decoding: text, as: UTF8.self)
            definedNames.append(name)
            pendingName = nil
            nameDepth = 0
        }
        depth -= 1
    }
}
