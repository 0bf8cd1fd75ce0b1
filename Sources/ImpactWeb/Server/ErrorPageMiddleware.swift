import Hummingbird
import ImpactRegister
import Logging

/// Turns anything a route throws into a short page: 404 for an unknown record or address, the
/// status of an `HTTPError`, else 500 with no internal message or stack trace (the log keeps it).
struct ErrorPageMiddleware: RouterMiddleware {
    let pages: PageRenderer

    func handle(_ request: Request, context: WebContext, next: (Request, WebContext) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as RegisterError where error.code == .notFound {
            return notFound(context)
        } catch let error as HTTPError {
            switch error.status {
            case .notFound: return notFound(context)
            case .unauthorized: return SignInMiddleware.signInPage(pages)
            case .forbidden:
                return pages.status(.forbidden, heading: "This form has expired", lines: [
                    "The form was sent without the token this server gave it, so nothing was changed.",
                    "Go back, reload the page and send the form again.",
                ], visitor: context.visitor, back: ("/", "Go to the start page"))
            case .contentTooLarge:
                return pages.status(.contentTooLarge, heading: "The upload is too large", lines: ["Files over 64 MB are refused, as on the command line. Nothing was changed."], visitor: context.visitor, back: ("/import", "Back to import"))
            case .badRequest:
                return pages.status(.badRequest, heading: "The request could not be read", lines: ["Nothing was changed."], visitor: context.visitor, back: ("/", "Go to the start page"))
            default:
                return serverError(request, context, error)
            }
        } catch {
            return serverError(request, context, error)
        }
    }

    private func notFound(_ context: WebContext) -> Response {
        pages.status(.notFound, heading: "Page not found", lines: ["There is nothing at this address: the record may have been removed, or the address mistyped."], visitor: context.visitor, back: ("/", "Go to the start page"))
    }

    private func serverError(_ request: Request, _ context: WebContext, _ error: any Error) -> Response {
        context.logger.error("\(request.method) \(request.uri.path) failed: \(String(describing: error))")
        return pages.status(.internalServerError, heading: "Sorry, something went wrong", lines: [
            "The server could not finish this request; the register was left as it was.",
            "The server's log has the details.",
        ], visitor: context.visitor, back: ("/", "Go to the start page"))
    }
}
