/// An optional that encodes as `null` when absent instead of leaving its key out, so a
/// JSON document keeps the same keys whatever is known (synthesized `Encodable` otherwise
/// skips `nil` values).
@propertyWrapper
struct EncodedAsNull<Value: Encodable & Sendable>: Encodable, Sendable {
    var wrappedValue: Value?

    // A property wrapper applied as `@EncodedAsNull var x: T?` needs this initializer spelled out:
    // the memberwise one is not found by the wrapper syntax.
    init(wrappedValue value: Value?) {
        self.wrappedValue = value
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        if let wrappedValue { try container.encode(wrappedValue) } else { try container.encodeNil() }
    }
}
