import HTTPTypes
import Hummingbird
import HummingbirdCore
import HummingbirdTesting
import Testing
@testable import ImpactWeb

@Suite("Signing in with the one-time address")
struct SignInTests {
    static let pages = ["/", "/kinds", "/seminar", "/seminar/1", "/seminar/1/edit", "/seminar/new", "/seminar/1/history", "/seminar/1/remove", "/dashboard/1", "/check", "/no-such-page"]

    @Test("every page answers 401 without the token or the cookie, saying how to get in")
    func withoutTokenOrCookie() async throws {
        let fixture = try WebFixture()
        try await fixture.server.application().test(.router) { client in
            for page in Self.pages {
                try await client.execute(uri: page, method: .get) { response in
                    #expect(response.status == .unauthorized, "\(page)")
                    #expect(String(buffer: response.body).contains("Open the address that `impact serve` printed"))
                }
            }
            try await client.execute(uri: "/seminar/new", method: .post, body: ByteBuffer(string: "title=x")) { response in
                #expect(response.status == .unauthorized)
            }
        }
        #expect(try fixture.count(.seminar) == 1)
    }

    @Test("the token sets an HttpOnly SameSite=Strict cookie, drops itself from the address, and works once")
    func tokenOnce() async throws {
        let fixture = try WebFixture()
        try await fixture.server.application().test(.router) { client in
            try await client.execute(uri: "/check?token=wrong", method: .get) { #expect($0.status == .unauthorized) }
            try await client.execute(uri: "/check?token=\(WebFixture.token)", method: .get) { response in
                #expect(response.status == .seeOther)
                #expect(response.headers[.location] == "/check")
                let cookie = response.headers[.setCookie] ?? ""
                #expect(cookie.contains("HttpOnly"))
                #expect(cookie.contains("SameSite=Strict"))
                #expect(cookie.hasPrefix("impact_session="))
            }
            try await client.execute(uri: "/?token=\(WebFixture.token)", method: .get) { #expect($0.status == .unauthorized) }
            try await client.execute(uri: "/", method: .get, headers: [.cookie: "impact_session=forged"]) { #expect($0.status == .unauthorized) }
        }
    }

    @Test("the redirect after sign-in never leaves this site")
    func noOpenRedirect() {
        #expect(SignInMiddleware.withoutToken(URI("//evil.example/?token=x")) == "/")
        #expect(SignInMiddleware.withoutToken(URI("/seminar/1?token=x")) == "/seminar/1")
    }
}
