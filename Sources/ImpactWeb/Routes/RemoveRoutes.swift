import Hummingbird
import ImpactRegister

/// Removing a record: a confirmation page that says what else goes or changes with it, then
/// the removal itself (by POST).
struct RemoveRoutes {
    let site: Site

    func confirm(_ request: Request, context: WebContext) async throws -> Response {
        let kind = try Site.kind(context), id = try Site.id(context)
        let visitor = try context.requireVisitor()
        let (record, preview) = try await site.work { () -> (StoredRecord, Result<Removal, RegisterError>) in
            let record = try site.register.record(kind, id)
            do {
                return (record, .success(try site.register.removalPreview(kind, id, context: .typed(by: visitor.name))))
            } catch let error as RegisterError {
                return (record, .failure(error))
            }
        }
        var values: [String: Any] = ["kind": kind.rawValue, "kindTitle": kind.title, "id": id, "label": record.label]
        switch preview {
        case .success(let removal):
            values["effects"] = removal.lines
            values["hasEffects"] = !removal.lines.isEmpty
        case .failure(let error):
            values["refused"] = Site.capitalised(error.message)
        }
        return site.pages.page("remove", title: "Remove \(kind.title) \(id)", values, visitor: visitor)
    }

    func remove(_ request: Request, context: WebContext) async throws -> Response {
        let kind = try Site.kind(context), id = try Site.id(context)
        let visitor = try context.requireVisitor()
        guard visitor.may(.write) else { throw HTTPError(.forbidden) }
        do {
            let removal = try await site.work { try site.register.remove(kind, id, context: .typed(by: visitor.name)) }
            let lines = ["The \(kind.title) \(id) was removed; its history is kept."] + removal.lines
            return site.pages.status(.ok, heading: "Removed", lines: lines, visitor: visitor, back: ("/\(kind.rawValue)", "Back to the \(kind.title) records"))
        } catch let error as RegisterError where error.code == .conflict {
            return site.pages.status(.conflict, heading: "This cannot be removed", lines: [Site.capitalised(error.message)], visitor: visitor, back: ("/\(kind.rawValue)/\(id)", "Back to the \(kind.title)"))
        }
    }
}
