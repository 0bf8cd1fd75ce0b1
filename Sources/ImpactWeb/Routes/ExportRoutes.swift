import Foundation
import Hummingbird
import ImpactRegister

/// The exports and reports page, and the files it offers: the annual return and CERIF (each
/// validated by the library as it is written, as on the command line) and the narrative reports.
struct ExportRoutes {
    let site: Site

    func page(_ request: Request, context: WebContext) async throws -> Response {
        let visitor = try context.requireVisitor()
        let choices = try await site.work { try site.choices().programmes }
        let query = request.uri.queryParameters
        let programme = query.get("programme").flatMap { $0.isEmpty ? nil : $0 } ?? choices.first?.value
        let period = query.get("period") ?? ""
        var values: [String: Any] = [
            "programmes": choices.map { ["value": $0.value, "label": $0.label, "selected": $0.value == programme] },
            "period": period, "hasProgramme": programme != nil, "programme": programme ?? "",
        ]
        if !period.isEmpty {
            do { _ = try ReportingPeriod.parse(period) } catch { values["periodError"] = "Period: \(error)" }
        }
        var items = [URLQueryItem(name: "programme", value: programme)]
        if !period.isEmpty { items.append(URLQueryItem(name: "period", value: period)) }
        var components = URLComponents()
        components.queryItems = items
        values["query"] = components.percentEncodedQuery ?? ""
        return site.pages.page("exports", title: "Exports and reports", values, visitor: visitor)
    }

    func annualReturn(_ request: Request, context: WebContext) async throws -> Response {
        let (programme, period) = try scope(request)
        return try await file(named: "annual-return.xml", type: "application/xml; charset=utf-8", context: context) { path in
            _ = try site.register.exportAnnualReturn(to: path, options: AnnualReturnOptions(programme: programme, period: period))
        }
    }

    func cerif(_ request: Request, context: WebContext) async throws -> Response {
        let (programme, _) = try scope(request)
        return try await file(named: "cerif.xml", type: "application/xml; charset=utf-8", context: context) { path in
            _ = try site.register.exportCERIF(to: path, programme: programme)
        }
    }

    func report(_ request: Request, context: WebContext) async throws -> Response {
        let (programme, period) = try scope(request)
        guard let which = context.parameters.get("which"), ["impact", "annual"].contains(which),
              let format = context.parameters.get("format"), ["html", "md"].contains(format) else { throw HTTPError(.notFound) }
        let text = try await site.work { () -> String in
            let templates = try ReportTemplates()
            if which == "impact" {
                return try templates.render(try site.register.impactReport(programme: programme, period: period), as: "impact-report.\(format)")
            }
            return try templates.render(try site.register.annualNarrative(programme: programme, period: period), as: "annual-report.\(format)")
        }
        let type = format == "html" ? "text/html; charset=utf-8" : "text/markdown; charset=utf-8"
        // As a download: the report's own inline style is not allowed by this site's policy.
        return Response(status: .ok, headers: [.contentType: type, .contentDisposition: "attachment; filename=\"\(which)-report.\(format)\""], body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    /// The programme and period asked for; 404 without a programme, 422 page for a bad period.
    private func scope(_ request: Request) throws -> (String, ReportingPeriod?) {
        let query = request.uri.queryParameters
        guard let programme = query.get("programme"), !programme.isEmpty else { throw HTTPError(.notFound) }
        let period = query.get("period").flatMap { $0.isEmpty ? nil : $0 }
        do {
            return (programme, try period.map { try ReportingPeriod.parse($0) })
        } catch {
            throw HTTPError(.badRequest)
        }
    }

    /// Writes a file with `write` into a folder of its own and sends it as a download; a failed
    /// export (a document that does not validate) is a page saying why, and nothing is sent.
    private func file(named name: String, type: String, context: WebContext, _ write: @escaping @Sendable (String) throws -> Void) async throws -> Response {
        let visitor = try context.requireVisitor()
        let outcome = try await site.work { () -> Result<Data, RefusedExport> in
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("impact-export-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: folder) }
            let path = folder.appendingPathComponent(name).path
            do {
                try write(path)
            } catch let error as RegisterError {
                if error.code == .notFound { throw error }
                return .failure(RefusedExport(message: error.message))
            } catch {
                return .failure(RefusedExport(message: String(describing: error)))
            }
            return .success(try Data(contentsOf: URL(fileURLWithPath: path)))
        }
        switch outcome {
        case .success(let data):
            return Response(status: .ok, headers: [.contentType: type, .contentDisposition: "attachment; filename=\"\(name)\""], body: .init(byteBuffer: ByteBuffer(bytes: data)))
        case .failure(let refused):
            return site.pages.status(.unprocessableContent, heading: "The file was not made", lines: ["It did not pass its checks, so nothing was sent:", refused.message], visitor: visitor, back: ("/exports", "Back to exports"))
        }
    }
}

/// Why an export was refused (its validation's message).
struct RefusedExport: Error, Sendable {
    let message: String
}
