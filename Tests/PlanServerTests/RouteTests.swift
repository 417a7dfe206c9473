import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import PlanModel
import Spreadsheet
import Testing

@testable import PlanServer

@Suite("Serve: the pages")
struct RouteTests {
    static let faulty = "samples/submitted/oversigt-og-omraader-fejl.xlsx"

    @Test("A partner hands in a faulty sheet and sees its findings on a grid of the sheet")
    func handInShowsReport() async throws {
        let server = try TestServer()
        defer { server.remove() }
        try await server.application.test(.router) { client in
            let browser = Browser(client)
            try await browser.signIn(secret: server.police.secret)
            let csrf = try await browser.csrf()
            let handedIn = try await browser.handIn(ServerFixtures.bytes(Self.faulty), fileName: "oversigt-og-omraader-fejl.xlsx", csrf: csrf)
            #expect(handedIn.status == .seeOther)
            let location = try #require(handedIn.headers[.location])
            #expect(location == "/submissions/1")
            let page = try await browser.request(location)
            #expect(page.status == .ok)
            let html = page.text
            // The area total in Område 1, C7, is wrong: the finding links to the cell, the cell is red with the message.
            let sheetIndex = try #require(Self.sheetIndex(named: "Område 1", in: html))
            let anchor = "c-\(sheetIndex)-C7"
            #expect(html.contains("href=\"#\(anchor)\""))
            let cell = try #require(Self.tag(withID: anchor, in: html))
            #expect(cell.contains("class=\"num finding error\"") || cell.contains("finding error"))
            #expect(cell.contains("title=\""))
            #expect(html.contains("area-total-mismatch"))
            #expect(html.contains("class=\"status errors\""))
            // The warning on Oversigt C9 is yellow.
            let overview = try #require(Self.sheetIndex(named: "Oversigt", in: html))
            #expect(try #require(Self.tag(withID: "c-\(overview)-C9", in: html)).contains("finding warning"))
            // What was read, in the page's language: headings and what each figure was used as.
            #expect(html.contains("<h2 id=\"coverage\">Hvad blev læst</h2>"))
            #expect(html.contains("<h3>Brugt</h3>"))
            #expect(html.contains("<th>Celle</th>"))
            #expect(html.contains("<td>beløb</td>"))
            #expect(!html.contains("<h3>Used</h3>"))
            let english = try await browser.request(location + "?lang=en").text
            #expect(english.contains("<h3>Used</h3>"))
            #expect(english.contains("<td>amount</td>"))
            // The list of own submissions shows it with its plan year and status.
            let home = try await browser.request("/").text
            #expect(home.contains("/submissions/1"))
            #expect(home.contains("2013"))
            // The annotated copy is a workbook.
            let copy = try await browser.request("/submissions/1/annotated.xlsx")
            #expect(copy.status == .ok)
            #expect(copy.headers[.contentType] == Downloads.xlsxType)
            #expect(Array(copy.body.readableBytesView.prefix(2)) == [0x50, 0x4B])
        }
    }

    @Test("A partner asking for another partner's submission gets 404; the secretariat sees it")
    func otherPartnersSubmissionIsNotFound() async throws {
        let server = try TestServer()
        defer { server.remove() }
        let record = try await server.state.receive(
            ServerFixtures.bytes(Self.faulty), fileName: "politi.xlsx", from: try #require(await server.state.person(withSecret: server.police.secret)))
        try await server.application.test(.router) { client in
            let housing = Browser(client)
            try await housing.signIn(secret: server.housing.secret)
            #expect(try await housing.request("/submissions/\(record.id!)").status == .notFound)
            #expect(try await housing.request("/submissions/\(record.id!)/annotated.xlsx").status == .notFound)
            #expect(!(try await housing.request("/").text.contains("politi.xlsx")))
            let police = Browser(client)
            try await police.signIn(secret: server.police.secret)
            #expect(try await police.request("/submissions/\(record.id!)").status == .ok)
            let admin = Browser(client)
            try await admin.signIn(secret: server.admin.secret)
            #expect(try await admin.request("/submissions/\(record.id!)").status == .ok)
            #expect(try await admin.request("/").text.contains("politi.xlsx"))
        }
    }

    @Test("No secret or a wrong one gives the sign-in page")
    func signInRequired() async throws {
        let server = try TestServer()
        defer { server.remove() }
        try await server.application.test(.router) { client in
            let browser = Browser(client)
            let home = try await browser.request("/")
            #expect(home.text.contains("action=\"/signin\""))
            #expect(!home.text.contains("action=\"/submissions\""))
            let page = try await browser.request("/submissions/1")
            #expect(page.status == .unauthorized)
            #expect(page.text.contains("action=\"/signin\""))
            let wrong = try await browser.request("/signin?secret=" + SecretToken.generate())
            #expect(wrong.status == .unauthorized)
            #expect(wrong.text.contains("Linket er ikke gyldigt"))
            // A wrong secret posted with a valid form token: still the sign-in page, no session.
            let token = try #require(wrong.hidden("token"))
            let posted = try await browser.post("/signin", form: ["token": token, "secret": "not-a-secret"])
            #expect(posted.status == .unauthorized)
            #expect(browser.cookies[CookieName.session] == nil)
            // The right one signs in; the session cookie is HttpOnly and SameSite.
            let confirm = try await browser.request("/signin?secret=\(server.police.secret)")
            let signedIn = try await browser.post("/signin", form: ["token": try #require(confirm.hidden("token")), "secret": server.police.secret])
            #expect(signedIn.status == .seeOther)
            let setCookie = signedIn.headers[values: .setCookie].first { $0.hasPrefix(CookieName.session + "=") } ?? ""
            #expect(setCookie.contains("HttpOnly"))
            #expect(setCookie.contains("SameSite=Lax"))
            #expect(try await browser.request("/").text.contains("Københavns Politi"))
        }
    }

    @Test("A form without its CSRF token is refused with 403")
    func formsNeedTheirToken() async throws {
        let server = try TestServer()
        defer { server.remove() }
        try await server.application.test(.router) { client in
            let browser = Browser(client)
            try await browser.signIn(secret: server.admin.secret)
            let noToken = try await browser.handIn(ServerFixtures.bytes(Self.faulty), fileName: "a.xlsx", csrf: nil)
            #expect(noToken.status == .forbidden)
            let wrongToken = try await browser.handIn(ServerFixtures.bytes(Self.faulty), fileName: "a.xlsx", csrf: SecretToken.generate())
            #expect(wrongToken.status == .forbidden)
            #expect(try await server.state.store.submissionCount() == 0)
            #expect(try await browser.post("/signout", form: [:]).status == .forbidden)
            // A sign-in form without the token from its cookie is refused too.
            let other = Browser(client)
            #expect(try await other.post("/signin", form: ["secret": server.admin.secret]).status == .forbidden)
            // With the token, it works.
            let csrf = try await browser.csrf()
            let record = try await browser.handIn(ServerFixtures.bytes(Self.faulty), fileName: "a.xlsx", csrf: csrf)
            #expect(record.status == .seeOther)
            #expect(try await browser.post("/submissions/1/accept", form: [:]).status == .forbidden)
            #expect(try await server.state.store.planVersions().count == 1)
        }
    }

    @Test("An upload over the limit gets 413 and a page that says so")
    func uploadLimit() async throws {
        let server = try TestServer(uploadLimit: 1024 * 1024)
        defer { server.remove() }
        try await server.application.test(.router) { client in
            let browser = Browser(client)
            try await browser.signIn(secret: server.police.secret)
            let csrf = try await browser.csrf()
            let big = [UInt8](repeating: 0x41, count: 1024 * 1024 + 10)
            let page = try await browser.handIn(big, fileName: "stor.csv", csrf: csrf)
            #expect(page.status == .contentTooLarge)
            #expect(page.text.contains("Filen er for stor"))
            #expect(page.text.contains("1 MB"))
            #expect(try await server.state.store.submissionCount() == 0)
            #expect(server.state.store.files.count() == 0)
        }
    }

    @Test("A PDF renamed .xlsx is told to be a PDF")
    func pdfRenamed() async throws {
        let server = try TestServer()
        defer { server.remove() }
        try await server.application.test(.router) { client in
            let browser = Browser(client)
            try await browser.signIn(secret: server.police.secret)
            let csrf = try await browser.csrf()
            let pdf = Array("%PDF-1.7\n%\u{E2}\u{E3}\u{CF}\u{D3}\n1 0 obj\n<< /Type /Catalog >>\nendobj\n".utf8)
            let handedIn = try await browser.handIn(pdf, fileName: "budget.xlsx", csrf: csrf)
            let page = try await browser.request(try #require(handedIn.headers[.location]))
            #expect(page.text.contains("Filen kunne ikke læses:"))
            #expect(page.text.contains("PDF-dokument"))
            #expect(page.text.contains("class=\"status errors\""))
            let english = try await browser.request(try #require(handedIn.headers[.location]) + "?lang=en")
            #expect(english.text.contains("a PDF document"))
        }
    }

    @Test("Names with ../, quotes and <script> in file, sheet and cells are shown escaped")
    func hostileNamesAreEscaped() async throws {
        let server = try TestServer()
        defer { server.remove() }
        let script = "<script>alert(\"x\")</script>"
        let grid = SheetGrid(
            name: "<script>'Område' 1",
            rows: [
                Row(
                    index: 0,
                    cells: [Cell(column: 0, value: .string("Aktivitet")), Cell(column: 1, value: .integer(2013)), Cell(column: 2, value: .integer(2014))]),
                Row(
                    index: 1, cells: [Cell(column: 0, value: .string(script)), Cell(column: 1, value: .integer(1000)), Cell(column: 2, value: .integer(2000))]),
                Row(
                    index: 2,
                    cells: [
                        Cell(column: 0, value: .string("../../etc/passwd \"quoted\" 'single'")), Cell(column: 1, value: .integer(500)),
                        Cell(column: 2, value: .integer(500)),
                    ]),
                Row(
                    index: 3, cells: [Cell(column: 0, value: .string("I alt")), Cell(column: 1, value: .integer(9999)), Cell(column: 2, value: .integer(2500))]),
            ])
        let file = server.folder + "/hostile.xlsx"
        try XLSXWriter.write(grids: [grid], to: file)
        let bytes = [UInt8](try #require(FileManager.default.contents(atPath: file)))
        try FileManager.default.removeItem(atPath: file)
        try await server.application.test(.router) { client in
            let browser = Browser(client)
            try await browser.signIn(secret: server.police.secret)
            let csrf = try await browser.csrf()
            let handedIn = try await browser.handIn(bytes, fileName: "../../<b>x\"'.xlsx", csrf: csrf)
            #expect(handedIn.status == .seeOther)
            let html = try await browser.request(try #require(handedIn.headers[.location])).text
            #expect(!html.contains("<script>"))
            #expect(!html.contains("<b>x"))
            #expect(html.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;"))
            #expect(html.contains("&lt;script&gt;&#39;Område&#39; 1"))
            #expect(html.contains("../../etc/passwd &quot;quoted&quot; &#39;single&#39;"))
            // The file name is shown as its last part, escaped; the file lies under its hash only.
            #expect(html.contains("<dd>&lt;b&gt;x&quot;&#39;.xlsx "))
            let home = try await browser.request("/").text
            #expect(!home.contains("<b>x"))
            let stored = try FileManager.default.subpathsOfDirectory(atPath: server.folder)
            #expect(stored.allSatisfy { !$0.contains("<") && !$0.contains("..") && !$0.contains("\"") })
            #expect(server.state.store.files.count() == 1)
        }
    }

    @Test("The secretariat sees the latest per partner and year, approves the match table, and gets a new plan version")
    func acceptIntoPlan() async throws {
        let server = try TestServer()
        defer { server.remove() }
        let partner = try #require(await server.state.person(withSecret: server.police.secret))
        let record = try await server.state.receive(
            ServerFixtures.bytes("samples/partners/kommune-oversigt.xlsx"), fileName: "kommune-oversigt.xlsx", from: partner)
        try await server.application.test(.router) { client in
            let police = Browser(client)
            try await police.signIn(secret: server.police.secret)
            #expect(try await police.request("/submissions/\(record.id!)/accept").status == .notFound)
            #expect(try await police.request("/plans").status == .notFound)
            let admin = Browser(client)
            try await admin.signIn(secret: server.admin.secret)
            let home = try await admin.request("/").text
            #expect(home.contains("Københavns Politi"))
            #expect(home.contains("AAB"))
            #expect(home.contains("Intet afleveret"))
            let preview = try await admin.request("/submissions/\(record.id!)/accept")
            #expect(preview.status == .ok)
            #expect(preview.text.contains("Indbrudsindsats"))
            #expect(preview.text.contains("id=\"approve\""))
            #expect(try await server.state.store.planVersions().count == 1)
            let csrf = try #require(preview.hidden("csrf"))
            let base = try #require(preview.hidden("base"))
            let accepted = try await admin.post("/submissions/\(record.id!)/accept", form: ["csrf": csrf, "base": base])
            #expect(accepted.status == .seeOther)
            let versions = try await server.state.store.planVersions()
            #expect(versions.map(\.version) == [2, 1])
            #expect(versions[0].submissionId == record.id)
            #expect(versions[0].personId == (try await server.state.person(withSecret: server.admin.secret))?.id)
            let plans = try await admin.request("/plans").text
            #expect(plans.contains("Sekretariatet"))
            let overview = try await admin.request("/plans/2/overview.xlsx")
            #expect(overview.status == .ok)
            #expect(Array(overview.body.readableBytesView.prefix(2)) == [0x50, 0x4B])
            let csv = try await admin.request("/plans/1/export/long.csv")
            #expect(csv.status == .ok)
            #expect(csv.text.contains("Indsatsområde"))
            #expect(try await admin.request("/plans/1/export/nothing.csv").status == .notFound)
            // Accepting twice makes no second version.
            #expect(try await admin.post("/submissions/\(record.id!)/accept", form: ["csrf": csrf, "base": "2"]).status == .conflict)
            #expect(try await server.state.store.planVersions().count == 2)
        }
    }

    @Test("Danish by default, English by the switch, kept in a cookie")
    func languageSwitch() async throws {
        let server = try TestServer()
        defer { server.remove() }
        try await server.application.test(.router) { client in
            let browser = Browser(client)
            try await browser.signIn(secret: server.police.secret)
            #expect(try await browser.request("/").text.contains("Aflever et budgetark"))
            #expect(try await browser.request("/?lang=en").text.contains("Hand in a budget sheet"))
            #expect(try await browser.request("/").text.contains("lang=\"en\""))
        }
    }

    // MARK: - Reading pages

    /// The position of the sheet whose heading is `name` (`<h3 id="sheet-N">name</h3>`).
    static func sheetIndex(named name: String, in html: String) -> Int? {
        var index = 0
        while let range = html.range(of: "<h3 id=\"sheet-\(index)\">") {
            if html[range.upperBound...].hasPrefix(HTML.escape(name) + "</h3>") { return index }
            index += 1
        }
        return nil
    }

    /// The opening tag of the element with `id`.
    static func tag(withID id: String, in html: String) -> String? {
        guard let range = html.range(of: "id=\"\(id)\"") else { return nil }
        let start = html[..<range.lowerBound].lastIndex(of: "<")!
        let end = html[range.upperBound...].firstIndex(of: ">")!
        return String(html[start...end])
    }
}
