import Hummingbird
import HummingbirdCore

/// Lets a request through only with a live session cookie, or with the one-time token of the
/// address the server printed: that sets an HttpOnly, SameSite=Strict cookie and redirects to the
/// same address without the token, so it leaves no trace in the address bar or history.
/// Everything else gets a 401 page that says how to get in.
struct SignInMiddleware: RouterMiddleware {
    static let cookieName = "impact_session"
    let sessions: Sessions
    let pages: PageRenderer

    func handle(_ request: Request, context: WebContext, next: (Request, WebContext) async throws -> Response) async throws -> Response {
        var context = context
        if request.uri.path == "/static/style.css" { return try await next(request, context) }
        if let token = request.uri.queryParameters.get("token") {
            guard let visitor = await sessions.redeem(token) else { return Self.signInPage(pages) }
            var response = Response.redirect(to: Self.withoutToken(request.uri), type: .normal)
            response.setCookie(Cookie(name: Self.cookieName, value: visitor.sessionID, path: "/", httpOnly: true, sameSite: .strict))
            return response
        }
        guard let id = request.cookies[Self.cookieName]?.value, let visitor = await sessions.visitor(session: id) else {
            return Self.signInPage(pages)
        }
        context.visitor = visitor
        return try await next(request, context)
    }

    static func signInPage(_ pages: PageRenderer) -> Response {
        pages.status(.unauthorized, heading: "Sign in with the address impact serve printed", lines: [
            "This register is only open to whoever started the server.",
            "Open the address that `impact serve` printed when it started (it ends in ?token=…). The token works once; if it has been used or the server restarted, stop the server and start it again for a new address.",
        ], visitor: nil)
    }

    /// The path of `uri`, without the token (or any other query), never another site's address.
    static func withoutToken(_ uri: URI) -> String {
        uri.path.hasPrefix("/") && !uri.path.hasPrefix("//") ? uri.path : "/"
    }
}
