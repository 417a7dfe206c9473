import Foundation
import Hummingbird

/// Cookie names.
enum CookieName {
    /// The session: a random token whose hash is stored.
    static let session = "plansheet_session"
    /// The page language chosen (`da` or `en`).
    static let language = "plansheet_lang"
    /// The sign-in form's double-submit token (there is no session yet to hold one).
    static let signIn = "plansheet_signin"
}

extension PlanServerState {
    /// The person and session of the request's session cookie, if it is a live session.
    func viewer(of request: Request) async throws -> Viewer? {
        guard let token = request.cookies[CookieName.session]?.value, SecretToken.isWellFormed(token) else { return nil }
        let hash = SecretToken.hash(token)
        guard let (session, person) = try await store.session(tokenHash: hash, at: Date()) else { return nil }
        return Viewer(person: person, csrfToken: session.csrfToken, tokenHash: hash)
    }

    /// The person whose secret the request carries as `Authorization: Bearer SECRET`.
    func apiPerson(of request: Request) async throws -> Person? {
        guard let header = request.headers[.authorization] else { return nil }
        let parts = header.split(separator: " ", maxSplits: 1)
        guard parts.count == 2, parts[0].lowercased() == "bearer" else { return nil }
        let secret = parts[1].trimmingCharacters(in: .whitespaces)
        guard SecretToken.isWellFormed(secret) else { return nil }
        return try await store.person(secretHash: SecretToken.hash(secret))
    }

    /// The person whose sign-in secret is `secret`.
    func person(withSecret secret: String) async throws -> Person? {
        guard SecretToken.isWellFormed(secret) else { return nil }
        return try await store.person(secretHash: SecretToken.hash(secret))
    }

    /// Starts a session for `person`; returns the cookie to set.
    func startSession(for person: Person) async throws -> Cookie {
        let token = SecretToken.generate()
        let now = Date()
        try await store.addSession(
            SessionRecord(
                tokenHash: SecretToken.hash(token), personId: person.id!, csrfToken: SecretToken.generate(), createdAt: now,
                expiresAt: now.addingTimeInterval(TimeInterval(configuration.sessionLifetime))))
        return cookie(CookieName.session, token, maxAge: configuration.sessionLifetime)
    }

    /// Ends the viewer's session; returns the cookie that clears it.
    func endSession(_ viewer: Viewer) async throws -> Cookie {
        try await store.deleteSession(tokenHash: viewer.tokenHash)
        return cookie(CookieName.session, "", maxAge: 0)
    }

    /// An HttpOnly, SameSite=Lax cookie for the whole site (Secure behind https).
    func cookie(_ name: String, _ value: String, maxAge: Int?) -> Cookie {
        Cookie(
            name: name, value: value, maxAge: maxAge, path: "/", secure: configuration.secureCookies, httpOnly: true,
            sameSite: .lax)
    }
}
