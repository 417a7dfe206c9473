/// Part names inside an OPC package, and relationship targets resolved against them.
///
/// Part names are compared case-insensitively and with `\` read as `/` (some
/// .NET tools write Windows separators), without a leading `/`.
enum PartName {
    /// The key a part name is looked up by: `/XL\Workbook.xml` → `xl/workbook.xml`.
    static func key(_ name: String) -> String {
        var text = name
        if text.utf8.contains(UInt8(ascii: "\\")) {
            text = String(text.map { $0 == "\\" ? "/" : $0 })
        }
        while text.hasPrefix("/") { text.removeFirst() }
        return text.lowercased()
    }

    /// The relationships part of `part`: `xl/workbook.xml` → `xl/_rels/workbook.xml.rels`;
    /// the package's own relationships for `""`.
    static func relationshipsPart(of part: String) -> String {
        let (dir, file) = split(part)
        return dir.isEmpty ? "_rels/\(file).rels" : "\(dir)/_rels/\(file).rels"
    }

    /// The folder of a part: `xl/worksheets/sheet1.xml` → `xl/worksheets`.
    static func directory(of part: String) -> String { split(part).0 }

    /// Resolves a relationship target written in `source`'s relationships:
    /// absolute targets (`/xl/styles.xml`) from the package root, others from
    /// the source part's folder, with `.` and `..` segments removed.
    static func resolve(target: String, from source: String) -> String {
        var target = target
        if target.utf8.contains(UInt8(ascii: "\\")) {
            target = String(target.map { $0 == "\\" ? "/" : $0 })
        }
        if hasScheme(target) { return target }  // file:///etc/passwd, http://… : not a part
        if target.hasPrefix("/") { return normalize(target) }
        let dir = directory(of: source)
        return normalize(dir.isEmpty ? target : dir + "/" + target)
    }

    /// Whether a resolved part name climbs above the package root (`../x.xml`): such a
    /// target is outside the package, and no zip entry answers to it.
    static func isOutsidePackage(_ part: String) -> Bool {
        part == ".." || part.hasPrefix("../") || hasScheme(part)
    }

    /// Whether `target` starts with a URI scheme (`http:`, `file:`, a drive letter `C:`),
    /// so it is an absolute URI (RFC 3986), not a part of the package.
    static func hasScheme(_ target: String) -> Bool {
        var sawLetter = false
        for byte in target.utf8 {
            switch byte {
            case 0x41...0x5A, 0x61...0x7A: sawLetter = true
            case 0x30...0x39, 0x2B, 0x2D, 0x2E: if !sawLetter { return false }
            case 0x3A: return sawLetter
            default: return false
            }
        }
        return false
    }

    /// Removes empty, `.` and `..` segments (a `..` above the root is kept, like `posixpath.normpath`).
    static func normalize(_ path: String) -> String {
        var out: [Substring] = []
        for segment in path.split(separator: "/", omittingEmptySubsequences: true) {
            if segment == "." { continue }
            if segment == "..", let last = out.last, last != ".." {
                out.removeLast()
                continue
            }
            out.append(segment)
        }
        return out.joined(separator: "/")
    }

    /// `%XX` escapes decoded (as UTF-8); `nil` when an escape is malformed.
    static func percentDecoded(_ text: String) -> String? {
        var out: [UInt8] = []
        let bytes = Array(text.utf8)
        var i = 0
        while i < bytes.count {
            if bytes[i] == 0x25 {
                guard i + 2 < bytes.count, let high = hexValue(bytes[i + 1]), let low = hexValue(bytes[i + 2]) else {
                    return nil
                }
                out.append(high << 4 | low)
                i += 3
            } else {
                out.append(bytes[i])
                i += 1
            }
        }
        return String(validating: out, as: UTF8.self)
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case 0x30...0x39: return byte - 0x30
        case 0x41...0x46: return byte - 0x41 + 10
        case 0x61...0x66: return byte - 0x61 + 10
        default: return nil
        }
    }

    private static func split(_ part: String) -> (String, String) {
        let trimmed = part.hasPrefix("/") ? String(part.drop(while: { $0 == "/" })) : part
        guard let slash = trimmed.lastIndex(of: "/") else { return ("", trimmed) }
        return (String(trimmed[..<slash]), String(trimmed[trimmed.index(after: slash)...]))
    }
}
