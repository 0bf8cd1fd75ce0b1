import Hummingbird
import ImpactRegister

/// A person's rights over their data, for administrators: what the register holds about them
/// (a subject access report), and erasing it after a confirmation page that asks the decisions
/// `impact person forget` asks.
struct PersonRightsRoutes {
    let site: Site

    func rights(_ request: Request, context: WebContext) async throws -> Response {
        let id = try Site.id(context)
        let visitor = try context.requireVisitor()
        guard visitor.may(.administer) else { throw HTTPError(.forbidden) }
        let report = try await site.work { try site.register.personReport(String(id)) }
        return site.pages.page("person-rights", title: "What the register holds about person \(id)", values(report), visitor: visitor)
    }

    func forget(_ request: Request, context: WebContext) async throws -> Response {
        let id = try Site.id(context)
        let visitor = try context.requireVisitor()
        guard visitor.may(.administer), visitor.may(.write) else { throw HTTPError(.forbidden) }
        let form = context.form ?? FormBody(pairs: [])
        let options = ErasureOptions(
            testimonials: form["testimonials"].flatMap(ErasureOptions.Testimonials.init(rawValue:)),
            freeText: form["free-text"].flatMap(ErasureOptions.FreeText.init(rawValue:)))
        do {
            let erasure = try await site.work {
                try site.register.forget(person: String(id), reason: form["reason"] ?? "", options: options, context: .typed(by: visitor.name))
            }
            return site.pages.status(.ok, heading: "Erased", lines: erasure.lines, visitor: visitor, back: ("/person", "Back to the people"))
        } catch let error as RegisterError where error.code != .notFound {
            let report = try await site.work { try site.register.personReport(String(id)) }
            var values = values(report)
            values["problem"] = Site.capitalised(error.message)
            values["reason"] = form["reason"] ?? ""
            return site.pages.page("person-rights", title: "Error: what the register holds about person \(id)", values, visitor: visitor, status: .unprocessableContent)
        }
    }

    private func values(_ report: PersonReport) -> [String: Any] {
        func places(_ list: [PersonReport.Place]) -> [[String: Any]] {
            list.map { ["kind": $0.kind, "id": $0.id, "field": $0.field, "value": $0.value] }
        }
        let sections: [(String, [PersonReport.Place])] = [
            ("Records that refer to them", report.references), ("Testimonials attributed to them", report.testimonials),
            ("Attendance that names them (with their consent)", report.attendees), ("Free text that names them", report.mentions),
        ]
        return [
            "id": report.personID,
            "person": report.person.keys.sorted().map { ["field": $0, "value": report.person[$0] ?? ""] },
            "sections": sections.map { ["title": $0.0, "places": places($0.1), "none": $0.1.isEmpty] },
            "history": report.history.map { ["entry": $0.entry, "at": $0.at, "actor": $0.actor, "kind": $0.kind, "recordID": $0.recordID, "action": $0.action, "fields": $0.fields.joined(separator: ", ")] },
            "hasHistory": !report.history.isEmpty,
            "backups": report.backups, "hasBackups": !report.backups.isEmpty,
            "hasTestimonials": !report.testimonials.isEmpty, "hasMentions": !report.mentions.isEmpty,
        ]
    }
}
