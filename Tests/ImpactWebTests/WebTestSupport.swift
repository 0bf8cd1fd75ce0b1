import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import ImpactRegister
import Testing
@testable import ImpactWeb

/// A fresh register with one programme and one seminar, a server on it with a known token,
/// and helpers to sign in, read pages and post forms as a browser does.
struct WebFixture {
    static let token = "test-token-0123456789"
    let path: String
    let register: Register
    let server: ImpactServer
    let programmeID: Int64
    let seminarID: Int64

    init(busyLimit: Duration = .seconds(5)) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("impact-web-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        path = folder.appendingPathComponent("register.sqlite").path
        register = try Register.create(at: path)
        programmeID = try register.add(.programme, ["grant-reference": "ES/N008146/1", "title": "Re-imagining professionalism"])
        seminarID = try register.add(.seminar, ["programme": "ES/N008146/1", "number": "1", "title": "Applying democratic professionalism", "date": "2016-01-05"])
        server = try ImpactServer(registerPath: path, port: 0, visitor: "web-tester", token: Self.token, busyLimit: busyLimit)
    }

    /// Runs `test` against the router with a signed-in client.
    func test(_ body: @escaping @Sendable (SignedInClient) async throws -> Void) async throws {
        let app = server.application()
        try await app.test(.router) { client in
            let cookie = try await client.execute(uri: "/?token=\(Self.token)", method: .get) { response -> String in
                #expect(response.status == .seeOther)
                let header = try #require(response.headers[.setCookie])
                return String(header.split(separator: ";")[0])
            }
            try await body(SignedInClient(client: client, cookie: cookie))
        }
    }

    /// How many records of a kind the register holds.
    func count(_ kind: Kind) throws -> Int { try register.records(kind).count }
}

/// A test client that sends the session cookie, and the form token with posts.
struct SignedInClient: Sendable {
    let client: any TestClientProtocol
    let cookie: String

    func get(_ uri: String, cookie sendCookie: Bool = true) async throws -> (status: HTTPResponse.Status, headers: HTTPFields, body: String) {
        let headers: HTTPFields = sendCookie ? [.cookie: cookie] : [:]
        return try await client.execute(uri: uri, method: .get, headers: headers) { ($0.status, $0.headers, String(buffer: $0.body)) }
    }

    /// Posts `fields` form-encoded, with the session's anti-forgery token unless `token` is false.
    func post(_ uri: String, _ fields: [(String, String)], token: Bool = true) async throws -> (status: HTTPResponse.Status, headers: HTTPFields, body: String) {
        var pairs = fields
        if token { pairs.append(("csrf", try await formToken())) }
        let body = pairs.map { "\(Self.encode($0.0))=\(Self.encode($0.1))" }.joined(separator: "&")
        let headers: HTTPFields = [.cookie: cookie, .contentType: "application/x-www-form-urlencoded"]
        return try await client.execute(uri: uri, method: .post, headers: headers, body: ByteBuffer(string: body)) {
            ($0.status, $0.headers, String(buffer: $0.body))
        }
    }

    /// The anti-forgery token, read from a form as a browser would have it.
    func formToken() async throws -> String {
        let page = try await get("/programme/new").body
        let marker = "name=\"csrf\" value=\""
        let start = try #require(page.range(of: marker)).upperBound
        return String(page[start...].prefix { $0 != "\"" })
    }

    /// The hidden version of a record's edit form.
    func version(_ uri: String) async throws -> String {
        let page = try await get(uri).body
        let marker = "name=\"version\" value=\""
        let start = try #require(page.range(of: marker)).upperBound
        return String(page[start...].prefix { $0 != "\"" })
    }

    static func encode(_ text: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? text
    }
}
