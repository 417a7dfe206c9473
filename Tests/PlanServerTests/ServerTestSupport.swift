import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import PlanModel
import PlanSheetsTestSupport
import Testing

@testable import PlanServer

/// Paths, a server with people in a scratch data folder, and a small browser for the route tests.
enum ServerFixtures {
    static func path(_ relative: String) -> String { TestEnvironment.path(relative) }

    static func bytes(_ relative: String) -> [UInt8] {
        [UInt8](FileManager.default.contents(atPath: path(relative))!)
    }

    static var plan: Plan {
        try! Plan(jsonData: FileManager.default.contents(atPath: path("samples/tryghedsplan-2013.json"))!)
    }

    /// A fresh scratch folder.
    static func temporaryFolder() -> String {
        let folder = NSTemporaryDirectory() + "plansheet-serve-" + UUID().uuidString
        try! FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return folder
    }
}

/// A server in a scratch folder with the secretariat and two partners.
struct TestServer {
    let folder: String
    let state: PlanServerState
    let admin: PeopleAdmin.Invitation
    let police: PeopleAdmin.Invitation
    let housing: PeopleAdmin.Invitation

    init(uploadLimit: Int = ServerConfiguration.defaultUploadLimit, plan: Bool = true) throws {
        folder = ServerFixtures.temporaryFolder()
        let configuration = ServerConfiguration(dataDirectory: folder, uploadLimit: uploadLimit)
        state = try PlanServerState(configuration: configuration)
        let people = PeopleAdmin(store: state.store, configuration: configuration)
        admin = try people.add(name: "Sekretariatet", role: .admin)
        police = try people.add(name: "Københavns Politi", role: .partner)
        housing = try people.add(name: "AAB", role: .partner)
        if plan { try state.seedPlan(ServerFixtures.plan, from: "tryghedsplan-2013.json") }
    }

    var application: some ApplicationProtocol {
        Application(router: PlanServerApplication.router(state: state))
    }

    func remove() { try? FileManager.default.removeItem(atPath: folder) }
}

/// A response as the tests read it.
struct Page {
    var status: HTTPResponse.Status
    var headers: HTTPFields
    var body: ByteBuffer
    var text: String { String(buffer: body) }

    /// The value of the hidden field `name`, if the page has one.
    func hidden(_ name: String) -> String? {
        let marker = "name=\"\(name)\" value=\""
        guard let start = text.range(of: marker) else { return nil }
        let rest = text[start.upperBound...]
        return String(rest.prefix { $0 != "\"" })
    }
}

/// A client with a cookie jar, like a browser.
final class Browser: @unchecked Sendable {
    let client: any TestClientProtocol
    var cookies: [String: String] = [:]

    init(_ client: any TestClientProtocol) {
        self.client = client
    }

    func request(
        _ uri: String, method: HTTPRequest.Method = .get, headers: HTTPFields = [:], body: ByteBuffer? = nil
    ) async throws -> Page {
        var headers = headers
        if !cookies.isEmpty {
            headers[.cookie] = cookies.map { "\($0.key)=\($0.value)" }.sorted().joined(separator: "; ")
        }
        let response = try await client.executeRequest(uri: uri, method: method, headers: headers, body: body)
        for line in response.headers[values: .setCookie] {
            let pair = line.split(separator: ";", maxSplits: 1)[0].split(separator: "=", maxSplits: 1)
            guard pair.count == 2 else { continue }
            if pair[1].isEmpty || line.lowercased().contains("max-age=0") {
                cookies[String(pair[0])] = nil
            } else {
                cookies[String(pair[0])] = String(pair[1])
            }
        }
        return Page(status: response.status, headers: response.headers, body: response.body)
    }

    /// Posts a URL-encoded form.
    func post(_ uri: String, form: [String: String]) async throws -> Page {
        let body = form.map { key, value in
            "\(key)=\(value.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")"
        }.joined(separator: "&")
        return try await request(
            uri, method: .post, headers: [.contentType: "application/x-www-form-urlencoded"], body: ByteBuffer(string: body))
    }

    /// Signs in with a sign-in link's secret, as a person clicking the link and the button.
    @discardableResult
    func signIn(secret: String) async throws -> Page {
        let confirm = try await request("/signin?secret=\(secret)")
        let token = try #require(confirm.hidden("token"))
        return try await post("/signin", form: ["token": token, "secret": secret])
    }

    /// The CSRF token of the signed-in session (from the home page's forms).
    func csrf() async throws -> String {
        try #require(try await request("/").hidden("csrf"))
    }

    /// Hands in `bytes` as `fileName` through the page's form.
    func handIn(_ bytes: [UInt8], fileName: String, csrf: String?) async throws -> Page {
        var fields: [String: String] = [:]
        if let csrf { fields["csrf"] = csrf }
        let (body, contentType) = Multipart.body(fields: fields, file: (fileName, bytes))
        return try await request("/submissions", method: .post, headers: [.contentType: contentType], body: body)
    }
}

/// multipart/form-data bodies.
enum Multipart {
    static func body(fields: [String: String], file: (name: String, bytes: [UInt8])?, fileField: String = "file") -> (ByteBuffer, String) {
        let boundary = "----plansheet-test-" + UUID().uuidString
        var buffer = ByteBuffer()
        for (name, value) in fields.sorted(by: { $0.key < $1.key }) {
            buffer.writeString("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n")
        }
        if let file {
            let escaped = file.name.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
            buffer.writeString("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(fileField)\"; filename=\"\(escaped)\"\r\n")
            buffer.writeString("Content-Type: application/octet-stream\r\n\r\n")
            buffer.writeBytes(file.bytes)
            buffer.writeString("\r\n")
        }
        buffer.writeString("--\(boundary)--\r\n")
        return (buffer, "multipart/form-data; boundary=\(boundary)")
    }
}
