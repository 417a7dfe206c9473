import Foundation
import Hummingbird
import HummingbirdTesting
import PlanSheetsTestSupport
import Testing

@testable import PlanServer

/// A real browser (headless Chromium) against the server on a loopback port: sign in with
/// a partner's link, hand in a faulty sample, see the faulty cell marked and jump to it.
@Suite("Serve: in a real browser")
struct BrowserTests {
    static var requested: Bool {
        ProcessInfo.processInfo.environment["PLANSHEET_BROWSER_TEST"] == "1" && (WebDriverSession.isAvailable || TestEnvironment.isCI)
    }

    /// Where the screenshots go: $TEST_OUTPUT_DIR, else out/test-output/ in the package.
    static var outputFolder: String {
        let base = ProcessInfo.processInfo.environment["TEST_OUTPUT_DIR"] ?? ServerFixtures.path("out/test-output")
        let folder = base + "/serve-browser"
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return folder
    }

    @Test(
        "A partner hands in a faulty sheet; the faulty cell is red and the finding's link jumps to it",
        // Opt-in for now: with Chromium 156 the click on the sign-in button does not come back
        // (under investigation); run it with PLANSHEET_BROWSER_TEST=1.
        .enabled(if: BrowserTests.requested, "the browser test runs with PLANSHEET_BROWSER_TEST=1 (and chromium, chromium-driver): skipped"),
        .timeLimit(.minutes(3)))
    func handInInBrowser() async throws {
        let server = try TestServer()
        defer { server.remove() }
        let sample = ServerFixtures.path("samples/submitted/oversigt-og-omraader-fejl.xlsx")
        let output = Self.outputFolder
        try await server.application.test(.live) { client in
            let port = try #require(client.port)
            let site = "http://127.0.0.1:\(port)"
            let browser = try await WebDriverSession()
            do {
                try await browser.open("\(site)/signin?secret=\(server.housing.secret)")
                try await browser.screenshot(to: output + "/1-sign-in.png")
                try await browser.click("#sign-in")
                _ = try await browser.element("form.hand-in input[type=file]")
                try await browser.screenshot(to: output + "/2-home.png")

                try await browser.type(sample, into: "form.hand-in input[type=file]")
                try await browser.click("form.hand-in button[type=submit]")
                _ = try await browser.waitForURL(containing: "/submissions/")
                _ = try await browser.element("ol.findings")
                try await browser.screenshot(to: output + "/3-submission.png")

                // The finding on Område 1 C7 links to the cell, which is marked as an error with its message.
                let href =
                    try await browser.run(
                        """
                        const link = [...document.querySelectorAll('a.cell-link')]
                          .find(a => a.textContent.includes('Område 1') && a.textContent.trim().endsWith('C7'));
                        return link ? link.getAttribute('href') : null;
                        """) as? String
                let anchor = try #require(href)
                #expect(anchor.hasPrefix("#c-"))
                let id = String(anchor.dropFirst())
                let cellClass = try await browser.run("return document.getElementById(arguments[0]).className;", [id]) as? String
                #expect(cellClass?.contains("finding") == true)
                #expect(cellClass?.contains("error") == true)
                let title = try await browser.run("return document.getElementById(arguments[0]).title;", [id]) as? String
                #expect(title?.isEmpty == false)
                let background =
                    try await browser.run(
                        "return getComputedStyle(document.getElementById(arguments[0])).backgroundColor;", [id]) as? String
                #expect(background != nil && background != "rgba(0, 0, 0, 0)")

                try await browser.click("a.cell-link[href='\(anchor)']")
                let state =
                    try await browser.run(
                        """
                        const cell = document.getElementById(arguments[0]);
                        const box = cell.getBoundingClientRect();
                        const target = document.querySelector(':target');
                        return [location.hash, target ? target.id : null,
                                box.top >= 0 && box.bottom <= window.innerHeight && box.left >= 0 && box.right <= window.innerWidth];
                        """, [id]) as? [Any]
                #expect(state?[0] as? String == anchor)
                #expect(state?[1] as? String == id)
                #expect(state?[2] as? Bool == true)
                try await browser.screenshot(to: output + "/4-finding-cell.png")
            } catch {
                await browser.quit()
                throw error
            }
            await browser.quit()
        }
        #expect(try await server.state.store.submissionCount() == 1)
    }
}
