/// Foundation's JSONDecoder reports a number it cannot represent (`40000.5` where a
/// whole number is expected) with an error that has lost its key path. These helpers
/// catch such errors where the path is still known and rethrow a `DecodingError` that
/// carries it, so that ``PlanDecodingError`` can name the key at fault.
extension KeyedDecodingContainer {
    func decodeLocated<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
        try located(key) { try decode(type, forKey: key) }
    }

    func decodeLocatedIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
        try located(key) { try decodeIfPresent(type, forKey: key) }
    }

    /// Runs `decoding`, rethrowing an error that is not a `DecodingError` as one at `key`.
    private func located<T>(_ key: Key, _ decoding: () throws -> T) throws -> T {
        do {
            return try decoding()
        } catch let error as DecodingError {
            throw error
        } catch {
            throw DecodingError.dataCorruptedError(forKey: key, in: self, debugDescription: unrepresentable(error))
        }
    }
}

extension SingleValueDecodingContainer {
    func decodeLocated<T: Decodable>(_ type: T.Type) throws -> T {
        do {
            return try decode(type)
        } catch let error as DecodingError {
            throw error
        } catch {
            throw DecodingError.dataCorruptedError(in: self, debugDescription: unrepresentable(error))
        }
    }
}

/// "expected a whole number, found 40000.5" from Foundation's internal number error.
func unrepresentable(_ error: any Error) -> String {
    let text = String(describing: error)
    if let start = text.range(of: "parsed: \""), let end = text[start.upperBound...].firstIndex(of: "\"") {
        return "expected a whole number, found \(text[start.upperBound..<end])"
    }
    return "expected a whole number (\(text))"
}
