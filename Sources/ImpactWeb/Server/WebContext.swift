import Hummingbird

/// What the server knows about one request: who is signed in (if anyone) besides Hummingbird's
/// own request state.
///
/// Today there is one kind of visitor, the person who opened the one-time address; accounts and
/// roles (a department's server) will fill ``visitor`` from their own sign-in, and the routes
/// ask ``Visitor/may(_:)`` rather than checking for a session themselves.
public struct WebContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    /// The signed-in visitor; nil until ``SignInMiddleware`` accepts the request.
    public var visitor: Visitor?
    /// The posted form, read and checked by ``ForgeryCheckMiddleware``.
    var form: FormBody?
    /// Files uploaded with a `multipart/form-data` form.
    var uploads: [Upload] = []

    public init(source: Source) {
        coreContext = .init(source: source)
        visitor = nil
    }

    /// Uploads for the import page: the command line refuses text files over 64 MB.
    public var maxUploadSize: Int { 64 << 20 }

    /// The signed-in visitor; routes run only behind ``SignInMiddleware``, so a missing one is
    /// answered as unauthorised rather than trusted.
    func requireVisitor() throws -> Visitor {
        guard let visitor else { throw HTTPError(.unauthorized) }
        return visitor
    }
}

/// A signed-in person: the name their changes are recorded under, their session and its
/// anti-forgery token, and what they may do.
public struct Visitor: Sendable {
    /// What a visitor may do. The one-time address grants everything; accounts will grant less.
    /// `administer` covers what only an administrator does, such as erasing a person's data.
    public enum Permission: Sendable, CaseIterable { case read, write, administer }

    /// The name history entries carry, as `--as NAME` does on the command line.
    public let name: String
    public let sessionID: String
    /// The token every form posts back (see ``ForgeryCheckMiddleware``).
    public let formToken: String
    public let permissions: Set<Permission>

    /// Whether the visitor may do this.
    public func may(_ permission: Permission) -> Bool { permissions.contains(permission) }
}
