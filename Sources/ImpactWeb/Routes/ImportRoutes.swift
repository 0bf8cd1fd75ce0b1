import Foundation
import Hummingbird
import ImpactRegister

/// Import by upload: the files are staged, a dry run shows what would change, and only the
/// user's confirmation imports them, through the same library call as `impact import`.
struct ImportRoutes {
    let site: Site
    let staging: ImportStaging

    func form(_ request: Request, context: WebContext) async throws -> Response {
        try await form(context: context, problem: nil, status: .ok)
    }

    func preview(_ request: Request, context: WebContext) async throws -> Response {
        let visitor = try context.requireVisitor()
        guard visitor.may(.write) else { throw HTTPError(.forbidden) }
        guard !context.uploads.isEmpty else {
            return try await form(context: context, problem: "Choose at least one file to import.", status: .unprocessableContent)
        }
        let form = context.form ?? FormBody(pairs: [])
        let options = ImportOptions(
            programme: form["programme"].flatMap { $0.isEmpty ? nil : $0 },
            seminar: form["seminar"].flatMap { Int64($0) })
        let (id, batch) = try await staging.stage(context.uploads, options: options, session: visitor.sessionID)
        let report = try await site.work {
            try site.register.importFiles(batch.names.keys.sorted(), options: options, dryRun: true, context: .imported(by: visitor.name))
        }
        return page(report, batch: batch, staged: report.failed.count < report.fileCount ? id : nil, visitor: visitor)
    }

    func confirm(_ request: Request, context: WebContext) async throws -> Response {
        let visitor = try context.requireVisitor()
        guard visitor.may(.write) else { throw HTTPError(.forbidden) }
        guard let id = context.form?["staged"], let batch = await staging.take(id, session: visitor.sessionID) else {
            return try await form(context: context, problem: "Those files are no longer waiting (an hour has passed, or they were imported already). Upload them again.", status: .unprocessableContent)
        }
        defer { try? FileManager.default.removeItem(at: batch.folder) }
        let change = ChangeContext.imported(by: visitor.name)
        let report = try await site.work {
            try site.register.importFiles(batch.names.keys.sorted(), options: batch.options, context: change)
        }
        return page(report, batch: batch, staged: nil, visitor: visitor)
    }

    private func page(_ report: ImportReport, batch: ImportStaging.Batch, staged: String?, visitor: Visitor) -> Response {
        let name = { (path: String) in batch.names[path] ?? (path as NSString).lastPathComponent }
        var values: [String: Any] = [
            "heading": report.dryRun ? "What the import would do" : "Imported",
            "dryRun": report.dryRun,
            "summary": Self.shown(report.text().split(separator: "\n").first.map(String.init) ?? "", batch),
            "files": report.files.map { file -> [String: String] in
                [
                    "name": name(file.path), "format": file.format?.rawValue ?? "", "added": String(file.added), "updated": String(file.updated),
                    "unchanged": String(file.unchanged), "flagged": String(file.flagged),
                    "error": file.error.map { Self.shown($0.description, batch) } ?? "",
                ]
            },
            "crumbs": [["href": "/import", "label": "Import"]],
        ]
        if let staged {
            values["confirm"] = true
            values["staged"] = staged
        }
        return site.pages.page("import-report", title: report.dryRun ? "Import: dry run" : "Imported", values, visitor: visitor)
    }

    /// A message with the server's staged paths replaced by the names the user gave.
    static func shown(_ text: String, _ batch: ImportStaging.Batch) -> String {
        batch.names.reduce(text) { $0.replacingOccurrences(of: $1.key, with: $1.value) }
    }

    private func form(context: WebContext, problem: String?, status: HTTPResponse.Status) async throws -> Response {
        let visitor = try context.requireVisitor()
        let choices = try await site.work { try site.choices() }
        var values: [String: Any] = [
            "programmes": choices.programmes.map { ["value": $0.value, "label": $0.label, "selected": false] },
            "seminars": choices.seminars.map { ["value": $0.value, "label": $0.label] },
            "hasErrors": problem != nil,
        ]
        if let problem { values["problem"] = problem }
        return site.pages.page("import", title: "Import", values, visitor: visitor, status: status)
    }
}
