import Foundation
import Hummingbird
import HummingbirdTesting
import PlanSheetsTestSupport
import Testing

@testable import PlanServer

/// A real browser (headless Chromium through chromedriver) against the server on a loopback
/// port: sign in with a partner's link, hand in a faulty sample, see the faulty cell marked
/// and jump to it, with screenshots of the pages.
///
/// Runs whenever Debian's `chromium` and `chromium-driver` are installed (`scripts/setup.sh
/// --checks` installs them); without them it is skipped with a message, and with `CI=true`
/// it fails instead.
///
/// The time limits (10 minutes a test; per command and wait in ``WebDriverSession``) only
/// stop a hang: they are wide because the whole suite runs its tests side by side, and on a
/// busy 2-core machine a test that takes 5 s alone has taken 9 minutes of wall time there.
@Suite("Serve: in a real browser", .serialized)
struct BrowserTests {
    static var shouldRun: Bool { WebDriverSession.isAvailable || TestEnvironment.isCI }
    static let missing =
        "chromium or chromium-driver (chromedriver) is not installed: skipped (scripts/setup.sh --checks installs them; with CI=true this fails)"

    /// Where the screenshots go: $TEST_OUTPUT_DIR/serve-browser, else out/test-output/serve-browser in the package.
    static func outputFolder() throws -> String {
        let base = ProcessInfo.processInfo.environment["TEST_OUTPUT_DIR"] ?? ServerFixtures.path("out/test-output")
        let folder = base + "/serve-browser"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return folder
    }

    static let pngSignature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]

    /// Runs `body` with a browser; the browser is closed and the driver stopped whatever happens.
    static func withBrowser(log: String, _ body: (WebDriverSession) async throws -> Void) async throws {
        try #require(WebDriverSession.isAvailable, "CI=true, but chromium or chromedriver is missing: run scripts/setup.sh --checks")
        let browser = try await WebDriverSession(logPath: log)
        do {
            try await body(browser)
        } catch {
            await browser.quit()
            throw error
        }
        await browser.quit()
    }

    @Test(
        "A partner hands in a faulty sheet; the faulty cell is red and the finding's link jumps to it",
        .enabled(if: BrowserTests.shouldRun, "\(BrowserTests.missing)"),
        .timeLimit(.minutes(10)))
    func handInInBrowser() async throws {
        let server = try TestServer()
        defer { server.remove() }
        let sample = ServerFixtures.path("samples/submitted/oversigt-og-omraader-fejl.xlsx")
        let output = try Self.outputFolder()
        let shots = ["1-sign-in.png", "2-home.png", "3-submission.png", "4-finding-cell.png"].map { output + "/" + $0 }
        for shot in shots { try? FileManager.default.removeItem(atPath: shot) }

        try await server.application.test(.live) { client in
            let port = try #require(client.port)
            // The test server listens on "localhost"; the browser finds it by that name too.
            let site = "http://localhost:\(port)"
            try await Self.withBrowser(log: output + "/chromedriver.log") { browser in
                // The partner's sign-in link opens a confirmation with one button.
                try await browser.open("\(site)/signin?secret=\(server.housing.secret)")
                _ = try await browser.element("#sign-in")
                try await browser.screenshot(to: shots[0])
                try await browser.click("#sign-in")
                _ = try await browser.element("form.hand-in input[type=file]")
                let who = try await browser.run("return document.querySelector('.who').textContent;") as? String
                #expect(who?.contains("AAB") == true)
                try await browser.screenshot(to: shots[1])

                // Hand in the faulty sample through the form (the page's script uploads it and follows to the submission).
                try await browser.type(sample, into: "form.hand-in input[type=file]")
                try await browser.click("form.hand-in button[type=submit]")
                _ = try await browser.waitForURL(containing: "/submissions/")
                _ = try await browser.element("ol.findings a.cell-link")
                try await browser.screenshot(to: shots[2])

                // The finding on Område 1 C7 links to its cell, which is marked as an error with the finding's message.
                let finding =
                    try await browser.run(
                        """
                        const link = [...document.querySelectorAll('ol.findings a.cell-link')]
                          .find(a => a.textContent.includes('Område 1') && a.textContent.trim().endsWith('C7'));
                        return link ? [link.getAttribute('href'), link.closest('li').className, link.closest('li').textContent] : null;
                        """) as? [Any]
                let anchor = try #require(finding?[0] as? String)
                #expect(anchor == "#c-1-C7")
                #expect(finding?[1] as? String == "error")
                let id = String(anchor.dropFirst())
                let cell =
                    try #require(
                        try await browser.run(
                            """
                            const cell = document.getElementById(arguments[0]);
                            if (!cell) return null;
                            const box = cell.getBoundingClientRect();
                            return [cell.className, cell.title, getComputedStyle(cell).backgroundColor,
                                    box.top >= 0 && box.bottom <= window.innerHeight, getComputedStyle(cell).outlineWidth];
                            """, [id]) as? [Any])
                let classes = (cell[0] as? String ?? "").split(separator: " ")
                #expect(classes.contains("finding") && classes.contains("error"))
                let title = try #require(cell[1] as? String)
                #expect(title.contains("610.000") && title.contains("600.000"))
                // The finding's text in the list carries the cell's message.
                let message = String(title.split(separator: "\n").first ?? "")
                #expect((finding?[2] as? String)?.contains(message) == true)
                // Red: the style sheet's --error colour (#f8c9c4), not the plain white of other cells.
                #expect(cell[2] as? String == "rgb(248, 201, 196)")
                // The cell is far down the page before the jump, with the thin outline of an error.
                #expect(cell[3] as? Bool == false)
                #expect(cell[4] as? String == "1px")

                try await browser.click("ol.findings a.cell-link[href='\(anchor)']")
                let state =
                    try #require(
                        try await browser.run(
                            """
                            const cell = document.getElementById(arguments[0]);
                            const box = cell.getBoundingClientRect();
                            const target = document.querySelector(':target');
                            return [location.hash, target ? target.id : null,
                                    box.top >= 0 && box.bottom <= window.innerHeight && box.left >= 0 && box.right <= window.innerWidth,
                                    getComputedStyle(cell).outlineWidth];
                            """, [id]) as? [Any])
                #expect(state[0] as? String == anchor)
                #expect(state[1] as? String == id)
                #expect(state[2] as? Bool == true)
                // The target cell has the wide outline of table.grid td:target.
                #expect(state[3] as? String == "3px")
                try await browser.screenshot(to: shots[3])
            }
        }
        #expect(try await server.state.store.submissionCount() == 1)
        for shot in shots {
            let bytes = try #require(FileManager.default.contents(atPath: shot), "no screenshot \(shot)")
            #expect(Array(bytes.prefix(8)) == Self.pngSignature, "\(shot) is not a PNG")
            #expect(bytes.count > 1000)
        }
    }

    @Test(
        "Signing in by pasting the secret into the sign-in form works with the page's script",
        .enabled(if: BrowserTests.shouldRun, "\(BrowserTests.missing)"),
        .timeLimit(.minutes(10)))
    func signInWithSecret() async throws {
        let server = try TestServer()
        defer { server.remove() }
        let output = try Self.outputFolder()
        try await server.application.test(.live) { client in
            let port = try #require(client.port)
            try await Self.withBrowser(log: output + "/chromedriver-secret.log") { browser in
                try await browser.open("http://localhost:\(port)/")
                try await browser.type(server.police.secret, into: "#secret")
                try await browser.click("form[action='/signin'] button[type=submit]")
                _ = try await browser.element("form.hand-in input[type=file]")
                let who = try await browser.run("return document.querySelector('.who').textContent;") as? String
                #expect(who?.contains("Københavns Politi") == true)
            }
        }
    }
}
