import Hummingbird
import MultipartKit
import NIOCore

/// A `multipart/form-data` form with one file: its text fields and the file's bytes.
struct UploadForm: Sendable {
    /// The text fields by name (the CSRF token among them).
    var fields: [String: String]
    /// The file field's name on the sender's computer and its bytes.
    var file: (name: String, bytes: [UInt8])?

    /// Why a form could not be taken.
    enum Problem: Error, Equatable {
        /// More than the upload limit.
        case tooLarge
        /// Not multipart/form-data, or its structure is broken.
        case malformed
    }

    /// What multipart framing may add to a file of the largest allowed size.
    static let framingAllowance = 64 * 1024

    /// Reads the form of `request`, with the file field named `fileField`; refuses a body
    /// larger than `limit` plus the framing before reading it, and a file larger than `limit`.
    static func read(_ request: Request, fileField: String, limit: Int) async throws(Problem) -> UploadForm {
        if let length = request.headers[.contentLength].flatMap({ Int($0) }), length > limit + framingAllowance {
            throw .tooLarge
        }
        guard let contentType = request.headers[.contentType], let boundary = Self.boundary(of: contentType) else {
            throw .malformed
        }
        let body: ByteBuffer
        do {
            body = try await request.body.collect(upTo: limit + framingAllowance)
        } catch is NIOTooManyBytesError {
            throw .tooLarge
        } catch {
            throw .malformed
        }
        var form = UploadForm(fields: [:], file: nil)
        var headers: [(String, String)] = []
        var data: [UInt8] = []
        let parser = MultipartParser(boundary: boundary)
        var overflow = false
        parser.onHeader = { name, value in headers.append((name, value)) }
        parser.onBody = { buffer in data += buffer.readBytes(length: buffer.readableBytes) ?? [] }
        parser.onPartComplete = {
            let disposition = headers.first { $0.0.lowercased() == "content-disposition" }?.1 ?? ""
            let name = Self.parameter("name", in: disposition)
            if let name, name == fileField, let fileName = Self.parameter("filename", in: disposition) {
                if data.count > limit { overflow = true }
                if form.file == nil { form.file = (fileName, data) }
            } else if let name, data.count <= 4096 {
                form.fields[name] = String(decoding: data, as: UTF8.self)
            }
            headers = []
            data = []
        }
        do {
            try parser.execute(body)
        } catch {
            throw .malformed
        }
        if overflow { throw .tooLarge }
        return form
    }

    /// The boundary of a `multipart/form-data; boundary=…` content type.
    static func boundary(of contentType: String) -> String? {
        guard contentType.lowercased().hasPrefix("multipart/form-data") else { return nil }
        guard let value = parameter("boundary", in: contentType), !value.isEmpty, value.count <= 200 else { return nil }
        return value
    }

    /// A parameter of a header value (`form-data; name="file"; filename="a.xlsx"`), quoted or not.
    static func parameter(_ key: String, in header: String) -> String? {
        var rest = Substring(header)
        while let semicolon = rest.firstIndex(of: ";") {
            rest = rest[rest.index(after: semicolon)...].drop { $0 == " " || $0 == "\t" }
            guard let equals = rest.firstIndex(of: "=") else { return nil }
            let name = rest[..<equals].trimmingCharacters(in: .whitespaces).lowercased()
            var value = rest[rest.index(after: equals)...]
            var parsed = ""
            if value.first == "\"" {
                value = value.dropFirst()
                var escaped = false
                var end = value.endIndex
                for index in value.indices {
                    let character = value[index]
                    if escaped {
                        parsed.append(character)
                        escaped = false
                        continue
                    }
                    if character == "\\" {
                        escaped = true
                        continue
                    }
                    if character == "\"" {
                        end = index
                        break
                    }
                    parsed.append(character)
                }
                rest = end < value.endIndex ? value[value.index(after: end)...] : ""
            } else {
                let end = value.firstIndex(of: ";") ?? value.endIndex
                parsed = value[..<end].trimmingCharacters(in: .whitespaces)
                rest = value[end...]
            }
            if name == key { return parsed }
        }
        return nil
    }
}
