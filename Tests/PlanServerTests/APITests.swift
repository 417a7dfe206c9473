import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing
import Yams

@testable import PlanServer

@Suite("Serve: the JSON API")
struct APITests {
    static func bearer(_ secret: String) -> HTTPFields { [.authorization: "Bearer \(secret)"] }

    static func json(_ buffer: ByteBuffer) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(buffer.readableBytesView)) as? [String: Any])
    }

    @Test("Hand in, list, read, annotated copy, accept and plans, each with its access rules")
    func endpoints() async throws {
        let server = try TestServer()
        defer { server.remove() }
        try await server.application.test(.router) { client in
            let (body, type) = Multipart.body(
                fields: [:], file: ("aab-budget-fejl.xlsx", ServerFixtures.bytes("samples/submitted/aab-budget-fejl.xlsx")))
            var headers = Self.bearer(server.housing.secret)
            headers[.contentType] = type
            let created = try await client.execute(uri: "/api/v1/submissions", method: .post, headers: headers, body: body)
            #expect(created.status == .created)
            let answer = try Self.json(created.body)
            let id = try #require(answer["id"] as? Int)
            #expect(answer["status"] as? String == "errors")
            let report = try #require(answer["report"] as? [String: Any])
            let files = try #require(report["files"] as? [[String: Any]])
            let findings = try #require(files.first?["findings"] as? [[String: Any]])
            #expect(findings.contains { $0["cell"] as? String == "D6" && $0["rule"] as? String == "amount-invalid" })
            #expect(files.first?["path"] as? String == "aab-budget-fejl.xlsx")

            // Own list; another partner sees none of it and gets 404 for it.
            let own = try Self.json(try await client.execute(uri: "/api/v1/submissions", method: .get, headers: Self.bearer(server.housing.secret)).body)
            #expect((own["submissions"] as? [[String: Any]])?.count == 1)
            let others = try Self.json(try await client.execute(uri: "/api/v1/submissions", method: .get, headers: Self.bearer(server.police.secret)).body)
            #expect((others["submissions"] as? [[String: Any]])?.isEmpty == true)
            #expect(try await client.execute(uri: "/api/v1/submissions/\(id)", method: .get, headers: Self.bearer(server.police.secret)).status == .notFound)
            #expect(try await client.execute(uri: "/api/v1/submissions/\(id)", method: .get, headers: Self.bearer(server.housing.secret)).status == .ok)
            let all = try Self.json(try await client.execute(uri: "/api/v1/submissions", method: .get, headers: Self.bearer(server.admin.secret)).body)
            #expect((all["submissions"] as? [[String: Any]])?.count == 1)

            let copy = try await client.execute(
                uri: "/api/v1/submissions/\(id)/annotated.xlsx?lang=en", method: .get, headers: Self.bearer(server.housing.secret))
            #expect(copy.status == .ok)
            #expect(Array(copy.body.readableBytesView.prefix(2)) == [0x50, 0x4B])

            // No secret, or a wrong one.
            let none = try await client.execute(uri: "/api/v1/submissions", method: .get)
            #expect(none.status == .unauthorized)
            #expect(none.headers[.wwwAuthenticate] == "Bearer")
            #expect(try await client.execute(uri: "/api/v1/plans", method: .get, headers: Self.bearer(SecretToken.generate())).status == .unauthorized)

            // Accepting: partners may not; the secretariat may.
            #expect(
                try await client.execute(uri: "/api/v1/submissions/\(id)/accept", method: .post, headers: Self.bearer(server.housing.secret)).status
                    == .forbidden)
            let accepted = try await client.execute(uri: "/api/v1/submissions/\(id)/accept", method: .post, headers: Self.bearer(server.admin.secret))
            // The faulty sample has an amount that cannot be read: the import refuses it, nothing is stored.
            #expect(accepted.status == .unprocessableContent)
            #expect((try Self.json(accepted.body)["problems"] as? [Any])?.isEmpty == false)

            let plans = try Self.json(try await client.execute(uri: "/api/v1/plans", method: .get, headers: Self.bearer(server.police.secret)).body)
            #expect((plans["plans"] as? [[String: Any]])?.map { $0["version"] as? Int } == [1])
            let overview = try await client.execute(uri: "/api/v1/plans/1/overview.xlsx", method: .get, headers: Self.bearer(server.police.secret))
            #expect(overview.status == .ok)
            #expect(
                try await client.execute(uri: "/api/v1/plans/9/overview.xlsx", method: .get, headers: Self.bearer(server.police.secret)).status == .notFound)
        }
    }

    @Test("A clean sheet is accepted into a new plan version through the API")
    func acceptThroughAPI() async throws {
        let server = try TestServer()
        defer { server.remove() }
        try await server.application.test(.router) { client in
            let (body, type) = Multipart.body(fields: [:], file: ("kommune.xlsx", ServerFixtures.bytes("samples/partners/kommune-oversigt.xlsx")))
            var headers = Self.bearer(server.police.secret)
            headers[.contentType] = type
            let created = try Self.json(try await client.execute(uri: "/api/v1/submissions", method: .post, headers: headers, body: body).body)
            let id = try #require(created["id"] as? Int)
            let accepted = try await client.execute(uri: "/api/v1/submissions/\(id)/accept", method: .post, headers: Self.bearer(server.admin.secret))
            #expect(accepted.status == .created)
            let version = try Self.json(accepted.body)
            #expect(version["version"] as? Int == 2)
            #expect(version["acceptedBy"] as? String == "Sekretariatet")
            #expect(version["submission"] as? Int == id)
            let again = try await client.execute(uri: "/api/v1/submissions/\(id)/accept", method: .post, headers: Self.bearer(server.admin.secret))
            #expect(again.status == .conflict)
        }
    }

    @Test("Uploads: over the limit 413, no file 400, a PDF told to be a PDF")
    func uploadProblems() async throws {
        let server = try TestServer(uploadLimit: 1024 * 1024)
        defer { server.remove() }
        try await server.application.test(.router) { client in
            var headers = Self.bearer(server.police.secret)
            let (big, type) = Multipart.body(fields: [:], file: ("big.csv", [UInt8](repeating: 0x31, count: 2 * 1024 * 1024)))
            headers[.contentType] = type
            #expect(try await client.execute(uri: "/api/v1/submissions", method: .post, headers: headers, body: big).status == .contentTooLarge)
            let (empty, emptyType) = Multipart.body(fields: ["note": "x"], file: nil)
            headers[.contentType] = emptyType
            #expect(try await client.execute(uri: "/api/v1/submissions", method: .post, headers: headers, body: empty).status == .badRequest)
            let (pdf, pdfType) = Multipart.body(fields: [:], file: ("plan.xlsx", Array("%PDF-1.4\n".utf8)))
            headers[.contentType] = pdfType
            let answer = try Self.json(try await client.execute(uri: "/api/v1/submissions", method: .post, headers: headers, body: pdf).body)
            #expect(answer["status"] as? String == "errors")
            #expect(((answer["unreadable"] as? [String: Any])?["en"] as? String)?.contains("PDF document") == true)
            #expect(try await server.state.store.submissionCount() == 1)
        }
    }

    @Test("The OpenAPI document is served, is YAML and names every endpoint")
    func openAPI() async throws {
        let server = try TestServer()
        defer { server.remove() }
        try await server.application.test(.router) { client in
            let response = try await client.execute(uri: "/api/v1/openapi.yaml", method: .get)
            #expect(response.status == .ok)
            let document = try #require(try Yams.load(yaml: String(buffer: response.body)) as? [String: Any])
            #expect(document["openapi"] as? String == "3.1.0")
            let paths = try #require(document["paths"] as? [String: Any])
            for path in [
                "/submissions", "/submissions/{id}", "/submissions/{id}/annotated.xlsx", "/submissions/{id}/accept",
                "/plans", "/plans/{version}/overview.xlsx",
            ] {
                #expect(paths[path] != nil, "missing \(path)")
            }
        }
    }
}
