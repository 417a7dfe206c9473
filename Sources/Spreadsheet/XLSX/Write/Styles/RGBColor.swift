/// An opaque RGB colour for fonts, fills and borders.
public struct RGBColor: Hashable, Sendable, CustomStringConvertible {
    /// Red, 0–255.
    public var red: UInt8
    /// Green, 0–255.
    public var green: UInt8
    /// Blue, 0–255.
    public var blue: UInt8

    /// Creates a colour from its components.
    public init(red: UInt8, green: UInt8, blue: UInt8) {
        self.red = red
        self.green = green
        self.blue = blue
    }

    /// Parses `"RRGGBB"`, `"#RRGGBB"` or Excel's `"AARRGGBB"` (the alpha byte is ignored).
    public init?(hex: some StringProtocol) {
        var digits = Substring(hex)
        if digits.hasPrefix("#") { digits = digits.dropFirst() }
        if digits.count == 8 { digits = digits.dropFirst(2) }
        guard digits.count == 6, let value = UInt32(digits, radix: 16) else { return nil }
        self.init(red: UInt8(value >> 16), green: UInt8((value >> 8) & 0xFF), blue: UInt8(value & 0xFF))
    }

    /// The colour as Excel writes it: `"FFRRGGBB"` (opaque).
    public var argbHex: String {
        let hex = Array("0123456789ABCDEF".utf8)
        var bytes: [UInt8] = [70, 70]
        for component in [red, green, blue] {
            bytes.append(hex[Int(component >> 4)])
            bytes.append(hex[Int(component & 0xF)])
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `#RRGGBB`.
    public var description: String { "#" + argbHex.dropFirst(2) }

    /// Black.
    public static let black = RGBColor(red: 0, green: 0, blue: 0)
    /// White.
    public static let white = RGBColor(red: 255, green: 255, blue: 255)
    /// Red, as Excel's standard colour.
    public static let red = RGBColor(red: 255, green: 0, blue: 0)
    /// Yellow, as Excel's standard colour.
    public static let yellow = RGBColor(red: 255, green: 255, blue: 0)
    /// Light red fill, as Excel marks bad cells (`#FFC7CE`).
    public static let lightRed = RGBColor(red: 255, green: 199, blue: 206)
    /// Dark red text, as Excel writes on a light red fill (`#9C0006`).
    public static let darkRed = RGBColor(red: 156, green: 0, blue: 6)
    /// Light yellow fill, as Excel marks neutral cells (`#FFEB9C`).
    public static let lightYellow = RGBColor(red: 255, green: 235, blue: 156)
    /// Light green fill, as Excel marks good cells (`#C6EFCE`).
    public static let lightGreen = RGBColor(red: 198, green: 239, blue: 206)
    /// Light grey (`#D9D9D9`), for header rows.
    public static let lightGrey = RGBColor(red: 217, green: 217, blue: 217)
    /// Hyperlink blue (`#0563C1`).
    public static let hyperlinkBlue = RGBColor(red: 5, green: 99, blue: 193)
}
