/// Who is looking at a page: the signed-in person and their session's CSRF token.
public struct Viewer: Sendable {
    /// The person.
    public var person: Person
    /// The token every state-changing form of this session carries.
    public var csrfToken: String
    /// The hash of the session cookie's token.
    var tokenHash: String

    /// Whether `token` (from a submitted form) is this session's CSRF token.
    public func accepts(csrf token: String?) -> Bool {
        guard let token else { return false }
        return SecretToken.constantTimeEqual(token, csrfToken)
    }
}
