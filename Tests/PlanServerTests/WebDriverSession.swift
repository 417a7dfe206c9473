import Foundation
import NIOCore

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// A headless Chromium driven over the W3C WebDriver protocol by chromedriver (both from
/// Debian's `chromium` and `chromium-driver`), for the browser test.
final class WebDriverSession: @unchecked Sendable {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// Where Debian puts the browser and the driver.
    static let browserPath = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].first { FileManager.default.isExecutableFile(atPath: $0) }
    static let driverPath = ["/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver"].first { FileManager.default.isExecutableFile(atPath: $0) }
    static var isAvailable: Bool { browserPath != nil && driverPath != nil }

    private let driver: Process
    private let base: String
    private var sessionID = ""
    private static let elementKey = "element-6066-11e4-a52f-4a5c-ad1a9a5f5dbf"

    /// Starts chromedriver on a free loopback port and opens a headless browser window.
    init() async throws {
        guard let browser = Self.browserPath, let driverPath = Self.driverPath else {
            throw Failure(description: "chromium or chromedriver is not installed")
        }
        let port = Int.random(in: 20_000...40_000)
        driver = Process()
        driver.executableURL = URL(fileURLWithPath: driverPath)
        driver.arguments = ["--port=\(port)", "--allowed-ips=127.0.0.1"]
        driver.standardOutput = FileHandle.nullDevice
        driver.standardError = FileHandle.nullDevice
        try driver.run()
        base = "http://127.0.0.1:\(port)"
        var ready = false
        var lastProblem = "no answer"
        for _ in 0..<150 where !ready {
            do {
                let status = try await call("GET", "/status")
                if (status["ready"] as? Bool) == true { ready = true } else { lastProblem = "\(status)" }
            } catch {
                lastProblem = "\(error)"
            }
            if !ready { try await Task.sleep(nanoseconds: 100_000_000) }
        }
        guard ready else {
            driver.terminate()
            throw Failure(description: "chromedriver did not start on port \(port): \(lastProblem)")
        }
        let capabilities: [String: Any] = [
            "capabilities": [
                "alwaysMatch": [
                    "browserName": "chrome",
                    "goog:chromeOptions": [
                        "binary": browser,
                        "args": ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1280,1000"],
                    ],
                ]
            ]
        ]
        let session = try await call("POST", "/session", capabilities)
        guard let id = (session["sessionId"] as? String) else {
            driver.terminate()
            throw Failure(description: "no session: \(session)")
        }
        sessionID = id
    }

    /// Closes the browser and stops the driver.
    func quit() async {
        _ = try? await call("DELETE", "/session/\(sessionID)")
        driver.terminate()
        driver.waitUntilExit()
    }

    func open(_ url: String) async throws {
        _ = try await call("POST", "/session/\(sessionID)/url", ["url": url])
    }

    func currentURL() async throws -> String {
        try await call("GET", "/session/\(sessionID)/url")["value"] as? String ?? ""
    }

    /// The element for a CSS selector, waiting up to `seconds` for it to appear.
    func element(_ selector: String, seconds: Double = 20) async throws -> String {
        let deadline = Date().addingTimeInterval(seconds)
        while true {
            let answer = try await call("POST", "/session/\(sessionID)/element", ["using": "css selector", "value": selector])
            if let element = (answer["value"] as? [String: Any])?[Self.elementKey] as? String { return element }
            if Date() > deadline { throw Failure(description: "no element \(selector) on \(try await currentURL())") }
            try await Task.sleep(nanoseconds: 200_000_000)
        }
    }

    func click(_ selector: String) async throws {
        let element = try await element(selector)
        _ = try await call("POST", "/session/\(sessionID)/element/\(element)/click", [String: Any]())
    }

    func type(_ text: String, into selector: String) async throws {
        let element = try await element(selector)
        _ = try await call("POST", "/session/\(sessionID)/element/\(element)/value", ["text": text])
    }

    /// Runs `script` in the page and returns its result.
    func run(_ script: String, _ arguments: [Any] = []) async throws -> Any? {
        try await call("POST", "/session/\(sessionID)/execute/sync", ["script": script, "args": arguments])["value"]
    }

    /// Waits until the address contains `fragment`.
    func waitForURL(containing fragment: String, seconds: Double = 60) async throws -> String {
        let deadline = Date().addingTimeInterval(seconds)
        while true {
            let url = try await currentURL()
            if url.contains(fragment) { return url }
            if Date() > deadline { throw Failure(description: "the address stayed \(url), waiting for \(fragment)") }
            try await Task.sleep(nanoseconds: 200_000_000)
        }
    }

    /// Saves a PNG screenshot of the window at `path`.
    func screenshot(to path: String) async throws {
        guard let base64 = try await call("GET", "/session/\(sessionID)/screenshot")["value"] as? String,
            let data = Data(base64Encoded: base64)
        else { throw Failure(description: "no screenshot") }
        try data.write(to: URL(fileURLWithPath: path))
    }

    @discardableResult
    private func call(_ method: String, _ path: String, _ body: [String: Any]? = nil) async throws -> [String: Any] {
        guard let url = URL(string: base + path) else { throw Failure(description: "bad WebDriver address \(base + path)") }
        var request = URLRequest(url: url, timeoutInterval: 120)
        request.httpMethod = method
        if let body {
            request.httpBody = try JSONSerialization.data(withJSONObject: body)
            request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        }
        let (data, _) = try await URLSession.shared.data(for: request)
        let object = try JSONSerialization.jsonObject(with: data) as? [String: Any] ?? [:]
        if path == "/status" { return object["value"] as? [String: Any] ?? [:] }
        if path == "/session", let value = object["value"] as? [String: Any] { return value }
        return object
    }
}
