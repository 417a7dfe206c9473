/// Foundation's JSONDecoder reports a number it cannot represent (`40000.5` where a
/// whole number is expected) with an error that has lost its key path. These helpers
/// catch such errors where the path is still known and rethrow a `DecodingError` that
/// carries it, so that ``PlanDecodingError`` can name the key at fault.
extension KeyedDecodingContainer {
    func decodeLocated<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
        do {
            return try decode(type, forKey: key)
        } catch let error as DecodingError {
            throw error
        } catch {
            throw DecodingError.dataCorruptedError(forKey: key, in: self, debugDescription: unrepresentable(error))
        }
    }

    func decodeLocatedIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
        do {
            return try decodeIfPresent(type, forKey: key)
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
