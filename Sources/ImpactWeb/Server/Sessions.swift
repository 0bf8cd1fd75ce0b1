import Foundation

/// The one-time sign-in token and the sessions it opened, kept in memory: a restart of the
/// server prints a new address and forgets every session.
actor Sessions {
    /// How long a session lasts without use, and at most.
    static let idleLimit: TimeInterval = 12 * 3600
    static let absoluteLimit: TimeInterval = 7 * 24 * 3600

    private var token: String?
    private var sessions: [String: (visitor: Visitor, opened: Date, used: Date)] = [:]
    private let visitorName: String

    init(token: String, visitorName: String) {
        self.token = token
        self.visitorName = visitorName
    }

    /// Opens a session for the one-time token; nil when the token is wrong or spent.
    func redeem(_ given: String) -> Visitor? {
        guard let token, Self.same(given, token) else { return nil }
        self.token = nil
        let visitor = Visitor(
            name: visitorName, sessionID: Self.randomToken(), formToken: Self.randomToken(),
            permissions: Set(Visitor.Permission.allCases))
        let now = Date()
        sessions[visitor.sessionID] = (visitor, now, now)
        return visitor
    }

    /// The visitor of a live session, which is marked as used.
    func visitor(session id: String) -> Visitor? {
        guard let entry = sessions[id] else { return nil }
        let now = Date()
        guard now.timeIntervalSince(entry.used) < Self.idleLimit, now.timeIntervalSince(entry.opened) < Self.absoluteLimit else {
            sessions[id] = nil
            return nil
        }
        sessions[id]?.used = now
        return entry.visitor
    }

    /// Ends a session (signing out).
    func end(session id: String) { sessions[id] = nil }

    /// 32 random bytes from the system's generator, as URL-safe base64 without padding.
    static func randomToken() -> String {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<32).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        return Data(bytes).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }

    /// Compares two secrets in time that does not depend on where they differ.
    static func same(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        guard x.count == y.count else { return false }
        return zip(x, y).reduce(0) { $0 | ($1.0 ^ $1.1) } == 0
    }
}
