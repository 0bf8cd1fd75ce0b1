import Hummingbird

/// Changes come only by POST, and only with the anti-forgery token of the visitor's session
/// (a hidden `csrf` field in every form): anything else is refused with 403 before a route runs.
/// The posted form is read here once and handed to the route in ``WebContext/form``.
struct ForgeryCheckMiddleware: RouterMiddleware {
    func handle(_ request: Request, context: WebContext, next: (Request, WebContext) async throws -> Response) async throws -> Response {
        var context = context
        var request = request
        switch request.method {
        case .get, .head:
            return try await next(request, context)
        case .post:
            let visitor = try context.requireVisitor()
            let buffer: ByteBuffer
            do {
                buffer = try await request.collectBody(upTo: context.maxUploadSize)
            } catch {
                throw HTTPError(.contentTooLarge)
            }
            let contentType = request.headers[.contentType] ?? ""
            if let boundary = MultipartBody.boundary(contentType) {
                guard let parsed = try? MultipartBody.parse(buffer, boundary: boundary) else { throw HTTPError(.badRequest) }
                context.form = parsed.form
                context.uploads = parsed.uploads
            } else {
                context.form = FormBody(encoded: String(buffer: buffer))
            }
            guard let token = context.form?["csrf"], Sessions.same(token, visitor.formToken) else {
                context.logger.notice("refused a POST to \(request.uri.path) without the session's anti-forgery token")
                throw HTTPError(.forbidden)
            }
            return try await next(request, context)
        default:
            throw HTTPError(.methodNotAllowed)
        }
    }
}
