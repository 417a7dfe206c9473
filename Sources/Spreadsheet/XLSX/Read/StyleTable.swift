/// The number format of every cell style (`cellXfs` entry) of a workbook.
struct StyleTable: Hashable, Sendable {
    /// Number format by style index (the `s` attribute of a cell).
    var formats: [NumberFormat]

    static let empty = StyleTable(formats: [])

    /// The number format of style `index`; `nil` when the index is out of range.
    @inline(__always)
    func format(at index: Int) -> NumberFormat? {
        index >= 0 && index < formats.count ? formats[index] : nil
    }
}

/// Reads `styles.xml`: the custom number formats and the `cellXfs` entries.
final class StylesHandler: XMLEventHandler {
    private var depth = 0
    private var inNumFmts = false
    private var inCellXfs = false
    private var custom: [Int: String] = [:]
    private var xfFormatIDs: [Int] = []

    override func startElement(localName: UnsafePointer<UInt8>, uri: UnsafePointer<UInt8>?, attributes: XMLAttributes) {
        depth += 1
        if depth == 2 {
            inNumFmts = XMLName.equals(localName, "numFmts")
            inCellXfs = XMLName.equals(localName, "cellXfs")
        } else if depth == 3 {
            if inNumFmts && XMLName.equals(localName, "numFmt") {
                if let idText = attributes.value(of: "numFmtId"), let id = CellNumberText.parseInteger(idText),
                    let idInt = Int(exactly: id)
                {
                    custom[idInt] = attributes.string(of: "formatCode") ?? ""
                }
            } else if inCellXfs && XMLName.equals(localName, "xf") {
                let id = attributes.value(of: "numFmtId").flatMap { CellNumberText.parseInteger($0) } ?? 0
                xfFormatIDs.append(Int(exactly: id) ?? 0)
            }
        }
    }

    override func endElement(localName: UnsafePointer<UInt8>, uri: UnsafePointer<UInt8>?) {
        if depth == 2 {
            inNumFmts = false
            inCellXfs = false
        }
        depth -= 1
    }

    /// The table, once the part has been parsed.
    var table: StyleTable {
        var resolved: [Int: NumberFormat] = [:]
        var formats: [NumberFormat] = []
        formats.reserveCapacity(xfFormatIDs.count)
        for id in xfFormatIDs {
            if let known = resolved[id] {
                formats.append(known)
                continue
            }
            let format: NumberFormat
            if let code = custom[id], !code.isEmpty {  // an empty code (formatCode="") is General, as in Excel
                format = NumberFormat(code: code, isDate: NumberFormat.isDateCode(code))
            } else {
                format = NumberFormat.builtIn(id) ?? .general
            }
            resolved[id] = format
            formats.append(format)
        }
        return StyleTable(formats: formats)
    }
}
