/// How the server runs.
public struct ServerConfiguration: Sendable {
    /// The data folder: the database and the uploaded files.
    public var dataDirectory: String
    /// The address to listen on (127.0.0.1 by default: put a HTTPS proxy in front).
    public var host: String
    /// The port.
    public var port: Int
    /// The largest file a partner may hand in, in bytes (20 MB by default).
    public var uploadLimit: Int
    /// The address people reach the server at (e.g. `https://plan.example.dk`), used in
    /// sign-in links; cookies are marked Secure when it is https.
    public var publicURL: String?
    /// How long a sign-in lasts, in seconds (12 hours by default).
    public var sessionLifetime: Int

    /// The default upload limit: 20 MB.
    public static let defaultUploadLimit = 20 * 1024 * 1024

    /// Creates a configuration.
    public init(
        dataDirectory: String, host: String = "127.0.0.1", port: Int = 8080, uploadLimit: Int = Self.defaultUploadLimit,
        publicURL: String? = nil, sessionLifetime: Int = 12 * 3600
    ) {
        self.dataDirectory = dataDirectory
        self.host = host
        self.port = port
        self.uploadLimit = uploadLimit
        self.publicURL = publicURL
        self.sessionLifetime = sessionLifetime
    }

    /// The address sign-in links start with.
    public var baseURL: String {
        if var url = publicURL {
            while url.hasSuffix("/") { url.removeLast() }
            return url
        }
        let shownHost = host == "0.0.0.0" || host == "::" ? "localhost" : host
        return "http://\(shownHost.contains(":") ? "[\(shownHost)]" : shownHost):\(port)"
    }

    /// Whether cookies must only travel over HTTPS.
    public var secureCookies: Bool { publicURL?.lowercased().hasPrefix("https://") ?? false }
}
