/// Distinct values numbered in the order they were first seen, from `firstID`: the fonts,
/// fills, borders, number formats and cell formats of `styles.xml`, which refer to each
/// other (and cells to them) by number.
struct NumberedTable<Value: Hashable> {
    /// The number of the first value (fills start at 2, custom number formats at 164).
    let firstID: Int
    /// The values in order of their numbers.
    private(set) var values: [Value] = []
    private var ids: [Value: Int] = [:]

    init(firstID: Int = 0, values: [Value] = []) {
        self.firstID = firstID
        for value in values { _ = id(of: value) }
    }

    /// Whether `value` has a number already.
    func contains(_ value: Value) -> Bool { ids[value] != nil }

    /// The number of `value`, given it when it is new.
    mutating func id(of value: Value) -> Int {
        if let id = ids[value] { return id }
        let id = firstID + values.count
        ids[value] = id
        values.append(value)
        return id
    }
}
