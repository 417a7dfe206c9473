import Foundation
import Hummingbird

/// The fields of an `application/x-www-form-urlencoded` form (small forms only).
enum FormFields {
    /// The largest form body read.
    static let limit = 16 * 1024

    static func read(_ request: Request) async -> [String: String] {
        guard let buffer = try? await request.body.collect(upTo: limit) else { return [:] }
        return parse(String(buffer: buffer))
    }

    static func parse(_ text: String) -> [String: String] {
        var fields: [String: String] = [:]
        for pair in text.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            func decode(_ part: Substring) -> String? {
                String(part).replacingOccurrences(of: "+", with: " ").removingPercentEncoding
            }
            guard let name = decode(parts[0]) else { continue }
            fields[name] = parts.count > 1 ? decode(parts[1]) : ""
        }
        return fields
    }
}
