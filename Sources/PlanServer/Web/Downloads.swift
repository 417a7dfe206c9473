import Hummingbird
import NIOCore

/// Responses that hand over a file.
enum Downloads {
    static let xlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

    /// `bytes` as an attachment called `name` (a name made here, never one from an upload).
    static func file(_ bytes: [UInt8], name: String, contentType: String) -> Response {
        var response = Response(
            status: .ok,
            headers: [.contentType: contentType, .contentDisposition: "attachment; filename=\"\(name)\""],
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: bytes)))
        SecurityHeaders.apply(to: &response.headers)
        return response
    }

    /// The content type for an export's extension.
    static func contentType(csv: Bool) -> String { csv ? "text/csv; charset=utf-8" : xlsxType }
}
