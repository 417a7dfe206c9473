import BudgetRules
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import PlanMapping
import PlanModel
import Spreadsheet
import Testing

@testable import PlanServer

/// The secretariat's page of what changed between two plan versions, its downloads and
/// `GET /api/v1/plans/{old}/diff/{new}`: the library's differ and renderers, never a diff of their own.
@Suite("Serve: the changes between plan versions")
struct PlanDiffRouteTests {
    static var plan2014: Plan {
        try! Plan(jsonData: FileManager.default.contents(atPath: ServerFixtures.path("samples/tryghedsplan-2014.json"))!)
    }

    /// A server whose plan version 1 is the 2013 plan and version 2 the 2014 plan (accepted
    /// by the secretariat from a partner's submission).
    static func serverWithTwoVersions() async throws -> TestServer {
        let server = try TestServer()
        let partner = try #require(await server.state.person(withSecret: server.police.secret))
        let admin = try #require(await server.state.person(withSecret: server.admin.secret))
        let record = try await server.state.receive(
            ServerFixtures.bytes("samples/partners/kommune-oversigt.xlsx"), fileName: "kommune-oversigt.xlsx", from: partner)
        let json = String(decoding: plan2014.jsonData(), as: UTF8.self)
        let version = try await server.state.store.accept(submissionID: record.id!, by: admin, planJSON: json, base: 1)
        #expect(version?.version == 2)
        return server
    }

    @Test("The plans page picks two versions, by default the newest against the one before; the page shows the changes")
    func diffPage() async throws {
        let server = try await Self.serverWithTwoVersions()
        defer { server.remove() }
        let expected = PlanDiffer().diff(ServerFixtures.plan, Self.plan2014)
        let added = try #require(expected.changes.first { $0.kind == .activityAdded })
        try await server.application.test(.router) { client in
            let admin = Browser(client)
            try await admin.signIn(secret: server.admin.secret)
            let plans = try await admin.request("/plans").text
            #expect(plans.contains("action=\"/plans/compare\""))
            #expect(plans.contains("<option value=\"1\" selected>"), "old defaults to the version before the newest")
            #expect(plans.contains("<option value=\"2\" selected>"), "new defaults to the newest")
            #expect(plans.contains("href=\"/plans/1/diff/2\""))

            let picked = try await admin.request("/plans/compare?old=1&new=2")
            #expect(picked.status == .seeOther)
            #expect(picked.headers[.location] == "/plans/1/diff/2")

            let page = try await admin.request("/plans/1/diff/2")
            #expect(page.status == .ok)
            let html = page.text
            #expect(html.contains("Ændringer fra version 1 til version 2"))
            // An added activity, by its id and (escaped) name, worded as `plansheet diff` words it.
            #expect(html.contains("<tr class=\"activity-added\"><td>\(added.activity ?? "")</td><td>\(HTML.escape(added.activityName ?? ""))</td>"))
            #expect(html.contains("ny aktivitet: "))
            // A changed amount.
            #expect(html.contains("finansiering 2016: 450.000 → 300.000 (\u{2212}150.000)"))
            #expect(html.contains("Opsummering"))
            #expect(html.contains("href=\"/plans/1/diff/2/changes.xlsx\""))
            for section in DiffTextRenderer(language: .danish).sections(expected) {
                #expect(html.contains("<h2>\(HTML.escape(section.title))</h2>"))
                for entry in section.entries { #expect(html.contains(HTML.escape(entry.text))) }
            }

            // English by the switch.
            let english = try await admin.request("/plans/1/diff/2?lang=en").text
            #expect(english.contains("Changes from version 1 to version 2"))
            #expect(english.contains("new activity: "))
            #expect(english.contains("funding 2016: 450,000 → 300,000 (\u{2212}150,000)"))

            // The change workbook, in the page's language (English now, kept in the cookie).
            let workbook = try await admin.request("/plans/1/diff/2/changes.xlsx")
            #expect(workbook.status == .ok)
            #expect(workbook.headers[.contentType] == Downloads.xlsxType)
            #expect(workbook.headers[.contentDisposition]?.contains("changes-v1-v2.xlsx") == true)
            let folder = ServerFixtures.temporaryFolder()
            defer { try? FileManager.default.removeItem(atPath: folder) }
            let path = folder + "/changes.xlsx"
            try Data(workbook.body.readableBytesView).write(to: URL(fileURLWithPath: path))
            let read = try XLSXWorkbook(path: path)
            #expect(read.sheets.first?.name == ChangeWorkbook.changesSheetName)

            // The JSON download is the API's JSON.
            let json = try await admin.request("/plans/1/diff/2/diff.json")
            #expect(json.status == .ok)
            #expect(
                json.text
                    == DiffJSONRenderer().render(
                        expected, old: DiffSource(kind: .plan, paths: ["plan-v1.json"]), new: DiffSource(kind: .plan, paths: ["plan-v2.json"])))

            // The same version twice: no changes.
            #expect(try await admin.request("/plans/2/diff/2?lang=da").text.contains("Ingen ændringer."))
        }
    }

    @Test("Partners get 404 on every diff page and download, and 403 from the API")
    func partnersSeeNothing() async throws {
        let server = try await Self.serverWithTwoVersions()
        defer { server.remove() }
        try await server.application.test(.router) { client in
            let police = Browser(client)
            try await police.signIn(secret: server.police.secret)
            for uri in ["/plans/1/diff/2", "/plans/1/diff/2/changes.xlsx", "/plans/1/diff/2/diff.json", "/plans/compare?old=1&new=2"] {
                let page = try await police.request(uri)
                #expect(page.status == .notFound, "\(uri)")
                #expect(!page.text.contains("450.000"), "\(uri)")
            }
            let api = try await client.execute(uri: "/api/v1/plans/1/diff/2", method: .get, headers: APITests.bearer(server.police.secret))
            #expect(api.status == .forbidden)
            // Not signed in: the sign-in page; no secret: 401.
            #expect(try await Browser(client).request("/plans/1/diff/2").status == .unauthorized)
            #expect(try await client.execute(uri: "/api/v1/plans/1/diff/2", method: .get).status == .unauthorized)
        }
    }

    @Test("The API's diff decodes and is PlanDiffer's result, rendered as `plansheet diff --format json` renders it")
    func apiDiff() async throws {
        let server = try await Self.serverWithTwoVersions()
        defer { server.remove() }
        let expected = PlanDiffer().diff(ServerFixtures.plan, Self.plan2014)
        try await server.application.test(.router) { client in
            let response = try await client.execute(uri: "/api/v1/plans/1/diff/2", method: .get, headers: APITests.bearer(server.admin.secret))
            #expect(response.status == .ok)
            #expect(response.headers[.contentType] == "application/json; charset=utf-8")
            let text = String(buffer: response.body)
            #expect(
                text
                    == DiffJSONRenderer().render(
                        expected, old: DiffSource(kind: .plan, paths: ["plan-v1.json"]), new: DiffSource(kind: .plan, paths: ["plan-v2.json"])))
            let root = try APITests.json(response.body)
            let changes = try #require(root["changes"] as? [[String: Any]])
            #expect(changes.count == expected.changes.count)
            #expect(changes.map { $0["kind"] as? String } == expected.changes.map(\.kind.rawValue))
            #expect(changes.map { $0["activity"] as? String } == expected.changes.map(\.activity))
            #expect(changes.map { $0["difference"] as? Int } == expected.changes.map { $0.difference.map(Int.init) })
            let added = try #require(changes.first { $0["kind"] as? String == "activity-added" })
            #expect(expected.changes.contains { $0.kind == .activityAdded && $0.activity == added["activity"] as? String })
            let summary = try #require(root["summary"] as? [String: Int])
            #expect(summary["total"] == expected.changes.count)
            #expect(summary["activity-added"] == expected.changes.filter { $0.kind == .activityAdded }.count)
            let totals = try #require(root["totals"] as? [[String: Any]])
            #expect(totals.map { $0["difference"] as? Int } == expected.totals.map { $0.difference.map { Int($0.value) } })
        }
    }

    @Test("An unknown version, or one that is no number, is 404 on the page, the downloads and the API")
    func unknownVersion() async throws {
        let server = try await Self.serverWithTwoVersions()
        defer { server.remove() }
        try await server.application.test(.router) { client in
            let admin = Browser(client)
            try await admin.signIn(secret: server.admin.secret)
            for uri in ["/plans/1/diff/9", "/plans/9/diff/1", "/plans/x/diff/2", "/plans/1/diff/9/changes.xlsx", "/plans/1/diff/9/diff.json"] {
                #expect(try await admin.request(uri).status == .notFound, "\(uri)")
            }
            #expect(try await admin.request("/plans/compare?old=1&new=zwei").status == .notFound)
            for uri in ["/api/v1/plans/1/diff/9", "/api/v1/plans/9/diff/2", "/api/v1/plans/a/diff/2"] {
                let response = try await client.execute(uri: uri, method: .get, headers: APITests.bearer(server.admin.secret))
                #expect(response.status == .notFound, "\(uri)")
                #expect((try APITests.json(response.body)["error"] as? [String: Any])?["da"] != nil)
            }
        }
    }

    @Test("Names from a plan are shown escaped on the diff page")
    func namesAreEscaped() async throws {
        let server = try await Self.serverWithTwoVersions()
        defer { server.remove() }
        var hostile = Self.plan2014
        hostile.activities[0].name = "<script>alert(1)</script> & \"x\""
        let admin = try #require(await server.state.person(withSecret: server.admin.secret))
        let partner = try #require(await server.state.person(withSecret: server.housing.secret))
        let record = try await server.state.receive(
            ServerFixtures.bytes("samples/partners/kommune-oversigt.xlsx"), fileName: "aab.xlsx", from: partner)
        _ = try await server.state.store.accept(
            submissionID: record.id!, by: admin, planJSON: String(decoding: hostile.jsonData(), as: UTF8.self), base: 2)
        try await server.application.test(.router) { client in
            let browser = Browser(client)
            try await browser.signIn(secret: server.admin.secret)
            let html = try await browser.request("/plans/2/diff/3").text
            #expect(!html.contains("<script>alert"))
            #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot;"))
        }
    }

    @Test("The OpenAPI document names the diff endpoint")
    func openAPI() async throws {
        #expect(OpenAPIDocument.yaml.contains("  /plans/{old}/diff/{new}:"))
        #expect(OpenAPIDocument.yaml.contains("PlanDiff:"))
    }
}
