/// Collects a worksheet's `<col>` elements as ``ColumnLayout``s, keeping only what can be
/// trusted: ranges inside the sheet's columns, in increasing order without overlaps (as the
/// format requires; a `<col>` that overlaps an earlier one is dropped), widths between 0
/// and 255. So however many elements a hostile file has, the result covers each column once.
struct ColumnLayoutCollector {
    private(set) var layouts: [ColumnLayout] = []

    /// Adds one `<col>` element from its attribute values (one-based `min` and `max`).
    mutating func add(attributes: XMLAttributes) {
        guard let minText = attributes.value(of: "min"), let maxText = attributes.value(of: "max"),
            let first = CellNumberText.parseInteger(minText), let last = CellNumberText.parseInteger(maxText),
            first >= 1, first <= last, last <= Int64(CellAddress.maxColumn + 1)
        else { return }
        let columns = Int(first - 1)...Int(last - 1)
        if let previous = layouts.last, previous.columns.upperBound >= columns.lowerBound { return }
        var width: Double?
        if let text = attributes.value(of: "width") {
            switch CellNumberText.parse(text) {
            case .integer(let value)?: width = Double(value)
            case .double(let value)?: width = value
            case nil: width = nil
            }
            if let value = width, !(value >= 0 && value <= 255) { width = nil }
        }
        let hidden = attributes.value(of: "hidden").map(ColumnLayoutCollector.isTrue) ?? false
        guard width != nil || hidden else { return }
        layouts.append(ColumnLayout(columns: columns, width: width, hidden: hidden))
    }

    /// An XML Schema boolean that is true: `1` or `true`.
    static func isTrue(_ value: UnsafeBufferPointer<UInt8>) -> Bool {
        (value.count == 1 && value[0] == 0x31) || value.elementsEqual("true".utf8)
    }
}
