/// The character between the whole and fractional part of a number.
public enum CSVDecimalSeparator: String, Hashable, Sendable, CaseIterable {
    /// `1234.5` (English, and the C locale).
    case point
    /// `1234,5` (Danish and most of continental Europe).
    case comma

    /// The separator as a byte.
    public var byte: UInt8 { self == .point ? UInt8(ascii: ".") : UInt8(ascii: ",") }
}
