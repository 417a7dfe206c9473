import AsyncHTTPClient
import Foundation
import NIOCore

/// A headless Chromium driven over the W3C WebDriver protocol by chromedriver (both from
/// Debian's `chromium` and `chromium-driver`), for the browser test.
///
/// Every command has a time limit, an error answer of the driver is thrown (never taken for
/// an empty answer), and ``quit()`` closes the browser, stops the driver and ends whatever
/// is left of the session's processes, so a failing test leaves none behind.
///
/// Two things this type is built around:
/// - chromedriver is started with `posix_spawn` and a cleared signal mask, not with
///   `Foundation.Process`: a process started from a Swift task inherits the task's worker
///   thread's mask, in which SIGTERM is blocked, so `Process.terminate()` did nothing and
///   `waitUntilExit()` never came back (the browser test used to hang there).
/// - The commands go through AsyncHTTPClient: FoundationNetworking's URLSession fails on
///   chromedriver's answers ("Failed writing header": it wants a space after a header's colon).
final class WebDriverSession: @unchecked Sendable {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// An error answer of the driver (`{"value": {"error": …, "message": …}}`).
    struct DriverError: Error, CustomStringConvertible {
        var code: String
        var message: String
        var command: String
        var description: String { "\(command): \(code): \(message)" }
    }

    /// The browser itself (Debian's `/usr/bin/chromium` is a shell script that adds flags from
    /// /etc/chromium.d), and the driver.
    static let browserPath = ["/usr/lib/chromium/chromium", "/usr/bin/chromium", "/usr/bin/chromium-browser"].first {
        FileManager.default.isExecutableFile(atPath: $0)
    }
    static let driverPath = ["/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver"].first {
        FileManager.default.isExecutableFile(atPath: $0)
    }
    static var isAvailable: Bool { browserPath != nil && driverPath != nil }

    /// The W3C web element identifier: the key of an element reference in the driver's answers.
    static let elementKey = "element-6066-11e4-a52e-4f735466cecf"

    /// chromedriver's output: the port it took, and its messages.
    let logPath: String
    /// chromedriver's process id; it leads a process group of its own (with the browser's processes).
    private var driverPID: pid_t = 0
    private var driverExited = false
    /// The browser's profile folder, made for this session; its path also marks the session's browser processes.
    private let profile: String
    private var base = ""
    private var sessionID = ""

    /// Starts chromedriver on a port it chooses and opens a headless browser window; the
    /// driver's output goes to `logPath`.
    init(logPath: String) async throws {
        guard let browser = Self.browserPath, let driver = Self.driverPath else {
            throw Failure(description: "chromium or chromedriver is not installed (scripts/setup.sh --checks installs them)")
        }
        self.logPath = logPath
        profile = NSTemporaryDirectory() + "plansheet-chromium-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: profile, withIntermediateDirectories: true)
        do {
            // Port 0: chromedriver takes a free port and says which.
            driverPID = try Self.spawn([driver, "--port=0", "--allowed-ips=127.0.0.1"], output: logPath)
            base = "http://127.0.0.1:\(try await driverPort())"
            try await waitUntilReady()
            let capabilities: [String: Any] = [
                "capabilities": [
                    "alwaysMatch": [
                        "browserName": "chrome",
                        "pageLoadStrategy": "normal",
                        "timeouts": ["pageLoad": 100_000, "script": 60_000, "implicit": 0],
                        "goog:chromeOptions": [
                            "binary": browser,
                            "args": [
                                "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                                "--no-default-browser-check", "--disable-extensions", "--window-size=1280,1000",
                                "--user-data-dir=\(profile)",
                            ],
                        ],
                    ]
                ]
            ]
            let session = try await command("POST", "/session", capabilities) as? [String: Any]
            guard let id = session?["sessionId"] as? String else {
                throw Failure(description: "chromedriver opened no session: \(String(describing: session))")
            }
            sessionID = id
        } catch {
            await quit()
            throw error
        }
    }

    /// Starts `arguments` with its output (and errors) in the file `output`, in a process
    /// group of its own, with no signal blocked or ignored.
    private static func spawn(_ arguments: [String], output: String) throws -> pid_t {
        var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) }
        argv.append(nil)
        defer { for pointer in argv { free(pointer) } }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, output, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var empty = sigset_t()
        sigemptyset(&empty)
        posix_spawnattr_setsigmask(&attributes, &empty)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for signal in [SIGHUP, SIGINT, SIGQUIT, SIGPIPE, SIGTERM, SIGCHLD] { sigaddset(&defaults, signal) }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setpgroup(&attributes, 0)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETPGROUP))
        var pid: pid_t = 0
        let result = posix_spawn(&pid, arguments[0], &actions, &attributes, argv, environ)
        guard result == 0 else { throw Failure(description: "cannot start \(arguments[0]): \(String(cString: strerror(result)))") }
        return pid
    }

    /// Whether chromedriver still runs (reaping it when it has ended).
    private var driverRuns: Bool {
        guard driverPID > 0, !driverExited else { return false }
        var status: Int32 = 0
        let result = waitpid(driverPID, &status, WNOHANG)
        // Reaped now, or (ECHILD) already reaped by someone else.
        if result == driverPID || (result == -1 && errno == ECHILD) { driverExited = true }
        return !driverExited
    }

    /// The port chromedriver reports ("ChromeDriver was started successfully on port N.").
    private func driverPort() async throws -> Int {
        for _ in 0..<300 {
            let text = (try? String(contentsOfFile: logPath, encoding: .utf8)) ?? ""
            if let range = text.range(of: "started successfully on port ") {
                let digits = text[range.upperBound...].prefix { $0.isNumber }
                if let port = Int(digits) { return port }
            }
            guard driverRuns else { throw Failure(description: "chromedriver stopped: \(text)") }
            try await Task.sleep(for: .milliseconds(100))
        }
        throw Failure(description: "chromedriver did not say its port within 30 s (see \(logPath))")
    }

    private func waitUntilReady() async throws {
        var lastProblem = "no answer"
        for _ in 0..<300 {
            do {
                let status = try await command("GET", "/status") as? [String: Any]
                if (status?["ready"] as? Bool) == true { return }
                lastProblem = String(describing: status)
            } catch {
                lastProblem = "\(error)"
            }
            try await Task.sleep(for: .milliseconds(100))
        }
        throw Failure(description: "chromedriver at \(base) was not ready within 30 s: \(lastProblem)")
    }

    /// Closes the browser, stops the driver and ends whatever is left of the session's
    /// processes. Runs to its end even when the test's task is cancelled (by its time limit);
    /// safe to call more than once.
    func quit() async {
        await Task { await self.close() }.value
    }

    private func close() async {
        if !sessionID.isEmpty {
            _ = try? await command("DELETE", "/session/\(sessionID)", seconds: 20)
            sessionID = ""
        }
        if driverRuns {
            kill(driverPID, SIGTERM)
            for _ in 0..<50 where driverRuns { try? await Task.sleep(for: .milliseconds(100)) }
            if driverRuns {
                // It did not stop: end it and its process group (the browser it started) at once.
                kill(-driverPID, SIGKILL)
                for _ in 0..<50 where driverRuns { try? await Task.sleep(for: .milliseconds(100)) }
            }
        }
        // Any process of this session's browser left behind (found by its own profile folder).
        Self.killProcesses(mentioning: profile)
        try? FileManager.default.removeItem(atPath: profile)
    }

    /// Ends (SIGKILL) every process whose command line contains `marker`.
    private static func killProcesses(mentioning marker: String) {
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: "/proc") else { return }
        for entry in entries {
            guard let pid = pid_t(entry), pid != getpid(),
                let commandLine = FileManager.default.contents(atPath: "/proc/\(entry)/cmdline")
            else { continue }
            if String(decoding: commandLine, as: UTF8.self).contains(marker) { kill(pid, SIGKILL) }
        }
    }

    // MARK: - Commands

    func open(_ url: String) async throws {
        try await command("POST", "/session/\(sessionID)/url", ["url": url])
    }

    func currentURL() async throws -> String {
        try await command("GET", "/session/\(sessionID)/url") as? String ?? ""
    }

    /// The element for a CSS selector, waiting up to `seconds` for it to appear.
    func element(_ selector: String, seconds: Double = 60) async throws -> String {
        let deadline = ContinuousClock.now + .seconds(seconds)
        while true {
            do {
                let answer = try await command("POST", "/session/\(sessionID)/element", ["using": "css selector", "value": selector])
                guard let element = (answer as? [String: Any])?[Self.elementKey] as? String else {
                    throw Failure(description: "not an element reference: \(String(describing: answer))")
                }
                return element
            } catch let error as DriverError where error.code == "no such element" {
                if ContinuousClock.now > deadline {
                    throw Failure(description: "no element \(selector) on \(try await currentURL()) within \(Int(seconds)) s")
                }
            }
            try await Task.sleep(for: .milliseconds(200))
        }
    }

    func click(_ selector: String) async throws {
        let element = try await element(selector)
        try await command("POST", "/session/\(sessionID)/element/\(element)/click", [String: Any]())
    }

    func type(_ text: String, into selector: String) async throws {
        let element = try await element(selector)
        try await command("POST", "/session/\(sessionID)/element/\(element)/value", ["text": text])
    }

    /// Runs `script` in the page and returns its result.
    func run(_ script: String, _ arguments: [Any] = []) async throws -> Any? {
        try await command("POST", "/session/\(sessionID)/execute/sync", ["script": script, "args": arguments])
    }

    /// Waits until the address contains `fragment`.
    func waitForURL(containing fragment: String, seconds: Double = 120) async throws -> String {
        let deadline = ContinuousClock.now + .seconds(seconds)
        while true {
            let url = try await currentURL()
            if url.contains(fragment) { return url }
            if ContinuousClock.now > deadline { throw Failure(description: "the address stayed \(url), waiting for \(fragment)") }
            try await Task.sleep(for: .milliseconds(200))
        }
    }

    /// Saves a PNG screenshot of the window at `path`.
    func screenshot(to path: String) async throws {
        guard let base64 = try await command("GET", "/session/\(sessionID)/screenshot") as? String,
            let data = Data(base64Encoded: base64)
        else { throw Failure(description: "no screenshot") }
        try data.write(to: URL(fileURLWithPath: path))
    }

    /// Sends one command and returns the answer's `value`; throws the driver's error when it answers with one.
    @discardableResult
    private func command(_ method: String, _ path: String, _ body: [String: Any]? = nil, seconds: Int64 = 120) async throws -> Any? {
        var request = HTTPClientRequest(url: base + path)
        request.method = .init(rawValue: method)
        if let body {
            request.headers.add(name: "Content-Type", value: "application/json")
            request.body = .bytes(ByteBuffer(bytes: try JSONSerialization.data(withJSONObject: body)))
        }
        let response = try await HTTPClient.shared.execute(request, timeout: .seconds(seconds))
        let bytes = try await response.body.collect(upTo: 64 * 1024 * 1024)
        let object = try JSONSerialization.jsonObject(with: Data(bytes.readableBytesView), options: [.fragmentsAllowed]) as? [String: Any] ?? [:]
        let value = object["value"]
        if let problem = value as? [String: Any], let code = problem["error"] as? String {
            throw DriverError(code: code, message: problem["message"] as? String ?? "", command: "\(method) \(path)")
        }
        return value is NSNull ? nil : value
    }
}
