import Foundation

/// Adds people who may sign in, and makes their sign-in links.
public struct PeopleAdmin: Sendable {
    /// A new person's way in: the link to send them and the secret in it.
    public struct Invitation: Sendable {
        /// Who was added.
        public var person: Person
        /// The secret (shown once; only its hash is stored).
        public var secret: String
        /// The sign-in link, `BASE/signin?secret=SECRET`.
        public var link: String
    }

    /// The store people are added to.
    public var store: ServerStore
    /// Where the server is reached.
    public var configuration: ServerConfiguration

    /// Creates an admin.
    public init(store: ServerStore, configuration: ServerConfiguration) {
        self.store = store
        self.configuration = configuration
    }

    /// Adds `name` with `role` and a new random secret.
    public func add(name: String, role: Role) throws -> Invitation {
        let secret = SecretToken.generate()
        let person = try store.addPerson(name: name, role: role, secretHash: SecretToken.hash(secret))
        return Invitation(person: person, secret: secret, link: configuration.baseURL + "/signin?secret=" + secret)
    }
}
