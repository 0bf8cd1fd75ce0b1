import Foundation
import GRDB
import Hummingbird
import ImpactRegister

/// Adding and changing records of any kind through forms made from the field declarations.
/// Writes go through the library's `add` and `edit`, so every rule of the command line holds.
struct FormRoutes {
    let site: Site

    /// What a form page shows besides its fields.
    struct Page {
        var kind: Kind
        var id: Int64?
        var values: RecordForm
        var problems: [FieldProblem] = []
        var busy = false
        var version: String?
        var conflict: [String: Any]?
    }

    func new(_ request: Request, context: WebContext) async throws -> Response {
        let kind = try Site.kind(context)
        var values = RecordForm()
        // A link such as "add attendance to this seminar" fills in the parent.
        for field in kind.fields {
            if let given = request.uri.queryParameters.get(field.name) { values.values[field.name] = given }
        }
        return try await form(Page(kind: kind, values: values), context: context, status: .ok)
    }

    func create(_ request: Request, context: WebContext) async throws -> Response {
        let kind = try Site.kind(context)
        let visitor = try context.requireVisitor()
        guard visitor.may(.write) else { throw HTTPError(.forbidden) }
        let posted = RecordForm(kind, posted: context.form ?? FormBody(pairs: []))
        let given = posted.values.filter { !$0.value.trimmingCharacters(in: .whitespaces).isEmpty }
        let change = ChangeContext.typed(by: visitor.name)
        do {
            let outcome = try await site.work { () -> Result<Int64, ProblemList> in
                let problems = try site.register.problems(kind, given, context: change)
                if !problems.isEmpty { return .failure(ProblemList(problems: problems)) }
                return .success(try site.register.add(kind, given, context: change))
            }
            switch outcome {
            case .success(let id): return .redirect(to: "/\(kind.rawValue)/\(id)?saved=1", type: .normal)
            case .failure(let list): return try await form(Page(kind: kind, values: posted, problems: list.problems), context: context, status: .unprocessableContent)
            }
        } catch let error as RegisterError where error.code != .notFound {
            return try await form(Page(kind: kind, values: posted, problems: [FieldProblem(field: kind.fields[0].name, message: error.message)]), context: context, status: .unprocessableContent)
        } catch let error as DatabaseError where error.resultCode == .SQLITE_BUSY || error.resultCode == .SQLITE_LOCKED {
            return try await form(Page(kind: kind, values: posted, busy: true), context: context, status: .serviceUnavailable)
        }
    }

    func edit(_ request: Request, context: WebContext) async throws -> Response {
        let kind = try Site.kind(context), id = try Site.id(context)
        let record = try await site.work { try site.register.record(kind, id) }
        return try await form(Page(kind: kind, id: id, values: RecordForm(record), version: RecordVersion.of(record)), context: context, status: .ok)
    }

    func update(_ request: Request, context: WebContext) async throws -> Response {
        let kind = try Site.kind(context), id = try Site.id(context)
        let visitor = try context.requireVisitor()
        guard visitor.may(.write) else { throw HTTPError(.forbidden) }
        let form = context.form ?? FormBody(pairs: [])
        let posted = RecordForm(kind, posted: form)
        let change = ChangeContext.typed(by: visitor.name)
        let openedVersion = form["version"] ?? ""
        do {
            let outcome = try await site.work { () -> EditOutcome in
                let current = try site.register.record(kind, id)
                let currentVersion = RecordVersion.of(current)
                let changed = posted.changed(from: RecordForm(current), fields: kind.fields)
                if currentVersion != openedVersion {
                    return .conflict(current, currentVersion)
                }
                let problems = try site.register.problems(kind, changed, editing: id, context: change)
                if !problems.isEmpty { return .problems(problems, currentVersion) }
                if !changed.isEmpty { try site.register.edit(kind, id, changed, context: change) }
                return .saved
            }
            switch outcome {
            case .saved:
                return .redirect(to: "/\(kind.rawValue)/\(id)?saved=1", type: .normal)
            case .problems(let problems, let version):
                return try await self.form(Page(kind: kind, id: id, values: posted, problems: problems, version: version), context: context, status: .unprocessableContent)
            case .conflict(let current, let version):
                let theirs = RecordForm(current)
                let differences = kind.fields.compactMap { field -> [String: String]? in
                    let mine = posted.values[field.name] ?? "", now = theirs.values[field.name] ?? ""
                    guard mine.trimmingCharacters(in: .whitespaces) != now.trimmingCharacters(in: .whitespaces) else { return nil }
                    return ["field": field.name, "label": FieldControl.label(field.name), "theirs": now.isEmpty ? "(empty)" : now, "mine": mine.isEmpty ? "(empty)" : mine]
                }
                let conflict: [String: Any] = [
                    "changedBy": current.provenance?.updatedBy ?? "someone", "changedAt": current.provenance?.updatedAt ?? "",
                    "differences": differences, "kind": kind.rawValue, "id": id,
                ]
                return try await self.form(Page(kind: kind, id: id, values: posted, version: version, conflict: conflict), context: context, status: .conflict)
            }
        } catch let error as RegisterError where error.code != .notFound {
            return try await self.form(Page(kind: kind, id: id, values: posted, problems: [FieldProblem(field: kind.fields[0].name, message: error.message)], version: openedVersion), context: context, status: .unprocessableContent)
        } catch let error as DatabaseError where error.resultCode == .SQLITE_BUSY || error.resultCode == .SQLITE_LOCKED {
            return try await self.form(Page(kind: kind, id: id, values: posted, busy: true, version: openedVersion), context: context, status: .serviceUnavailable)
        }
    }

    private enum EditOutcome: Sendable {
        case saved
        case problems([FieldProblem], String)
        case conflict(StoredRecord, String)
    }

    /// The form page: every field of the kind, with the values and problems given.
    func form(_ page: Page, context: WebContext, status: HTTPResponse.Status) async throws -> Response {
        let visitor = try context.requireVisitor()
        let choices = try await site.work { try site.choices() }
        let kind = page.kind
        var errors: [String: String] = [:]
        for problem in page.problems where errors[problem.field] == nil { errors[problem.field] = problem.message }
        let heading = page.id.map { "Change \(kind.title) \($0)" } ?? "Add \(Site.article(kind))"
        var values: [String: Any] = [
            "heading": heading, "kind": kind.rawValue,
            "action": page.id.map { "/\(kind.rawValue)/\($0)/edit" } ?? "/\(kind.rawValue)/new",
            "cancel": page.id.map { "/\(kind.rawValue)/\($0)" } ?? "/\(kind.rawValue)",
            "submit": page.id == nil ? "Add" : "Save changes",
            "hasErrors": !page.problems.isEmpty || page.busy, "busy": page.busy,
            "errors": page.problems.map { ["field": kind.field(named: $0.field) == nil ? kind.fields[0].name : $0.field, "label": FieldControl.label($0.field), "message": $0.message] },
            "fields": kind.fields.map { FieldControl.view($0, value: page.values.values[$0.name], error: errors[$0.name], choices: choices) },
            "crumbs": [["href": "/\(kind.rawValue)", "label": Site.capitalised(kind.title) + " records"]],
        ]
        if let version = page.version { values["version"] = version }
        if let conflict = page.conflict { values["conflict"] = conflict }
        return site.pages.page("form", title: heading, values, visitor: visitor, status: status)
    }
}

/// Problems found before writing, carried out of the thread pool.
struct ProblemList: Error, Sendable {
    let problems: [FieldProblem]
}
