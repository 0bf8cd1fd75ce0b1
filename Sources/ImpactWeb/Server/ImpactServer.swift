import Foundation
import Hummingbird
import ImpactRegister
import Logging

/// `impact serve`: the register in a browser, on the same SQLite file as the command line.
///
/// ```swift
/// let server = try ImpactServer(registerPath: "register.sqlite")
/// try await server.run { address in print("Open \(address)") }
/// ```
public struct ImpactServer: Sendable {
    public let host: String
    public let port: Int
    let site: Site
    /// The one-time sign-in token in the printed address.
    let token: String

    /// Opens the register (which must exist) and prepares a server for it; nothing listens yet.
    /// `visitor` is the name changes made in the browser are recorded under.
    public init(registerPath: String, host: String = "127.0.0.1", port: Int = 8080, visitor: String = ChangeContext.loginName, token: String? = nil, busyLimit: Duration = .seconds(5)) throws {
        // A form whose write finds the register busy comes back after a few seconds saying that
        // nothing was saved, rather than waiting minutes as the command line does.
        let register = try Register.open(at: registerPath, giveUpAfter: busyLimit)
        let token = token ?? Sessions.randomToken()
        self.host = host
        self.port = port
        self.token = token
        site = Site(
            register: register,
            pages: try PageRenderer(registerName: (registerPath as NSString).lastPathComponent),
            sessions: Sessions(token: token, visitorName: visitor))
    }

    /// The router with every page and the middleware in front of them.
    func router() -> Router<WebContext> {
        let router = Router(context: WebContext.self)
        router.addMiddleware {
            SecurityHeadersMiddleware()
            ErrorPageMiddleware(pages: site.pages)
            SignInMiddleware(sessions: site.sessions, pages: site.pages)
            ForgeryCheckMiddleware()
        }
        let home = HomeRoutes(site: site)
        router.get("/", use: home.home)
        router.get("/kinds", use: home.kinds)
        router.get("/static/style.css", use: home.styleSheet)
        let dashboard = DashboardRoutes(site: site)
        router.get("/dashboard/:id", use: dashboard.dashboard)
        router.get("/check", use: dashboard.check)
        let exports = ExportRoutes(site: site)
        router.get("/exports", use: exports.page)
        router.get("/exports/annual-return", use: exports.annualReturn)
        router.get("/exports/cerif", use: exports.cerif)
        router.get("/exports/report/:which/:format", use: exports.report)
        let imports = ImportRoutes(site: site, staging: ImportStaging())
        router.get("/import", use: imports.form)
        router.post("/import/preview", use: imports.preview)
        router.post("/import/confirm", use: imports.confirm)
        router.get("/search", use: SearchRoutes(site: site).search)
        let events = EventRoutes(site: site)
        router.get("/event/:id", use: events.page)
        router.post("/event/:id/attendance", use: events.saveAttendance)
        router.get("/event/:id/blog/:format", use: events.blog)
        let records = RecordRoutes(site: site), forms = FormRoutes(site: site), removal = RemoveRoutes(site: site)
        let rights = PersonRightsRoutes(site: site)
        router.get("/rights/person/:id", use: rights.rights)
        router.post("/rights/person/:id/forget", use: rights.forget)
        router.get("/:kind", use: records.list)
        router.get("/:kind/new", use: forms.new)
        router.post("/:kind/new", use: forms.create)
        router.get("/:kind/:id", use: records.show)
        router.get("/:kind/:id/edit", use: forms.edit)
        router.post("/:kind/:id/edit", use: forms.update)
        router.get("/:kind/:id/remove", use: removal.confirm)
        router.post("/:kind/:id/remove", use: removal.remove)
        router.get("/:kind/:id/history", use: records.history)
        return router
    }

    /// The application, for `run` and for tests.
    func application(logger: Logger? = nil, onStart: (@Sendable (Int) async -> Void)? = nil) -> some ApplicationProtocol {
        var logger = logger ?? Logger(label: "impact-serve")
        if logger.logLevel > .notice || logger.logLevel < .notice { logger.logLevel = .notice }
        return Application(
            router: router(),
            configuration: .init(address: .hostname(host, port: port), serverName: "impact"),
            onServerRunning: { channel in await onStart?(channel.localAddress?.port ?? 0) },
            logger: logger)
    }

    /// The address to open: this server's with the one-time token.
    public func address(port: Int) -> String {
        let shownHost = host.contains(":") ? "[\(host)]" : host
        return "http://\(shownHost):\(port)/?token=\(token)"
    }

    /// Serves until interrupted (SIGINT or SIGTERM); `announce` hears the address to open once
    /// the server listens (with the port taken, when `port` was 0).
    public func run(announce: @escaping @Sendable (String) -> Void) async throws {
        let app = application(onStart: { port in announce(address(port: port)) })
        try await app.runService()
    }
}
