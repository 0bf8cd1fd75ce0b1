import Foundation
import Hummingbird
import ImpactRegister

/// The pages that read records of any kind: list, show and history.
struct RecordRoutes {
    let site: Site

    func list(_ request: Request, context: WebContext) async throws -> Response {
        let kind = try Site.kind(context)
        let visitor = try context.requireVisitor()
        let query = request.uri.queryParameters
        var list = RecordList(kind: kind)
        list.programme = query.get("programme").flatMap { $0.isEmpty ? nil : $0 }
        list.text = query.get("q")
        list.sort = query.get("sort").flatMap { kind.field(named: $0)?.name }
        list.descending = query.get("order") == "desc"
        list.offset = max(0, query.get("from").flatMap { Int($0) } ?? 0)
        var filterError: String?
        if let period = query.get("period"), !period.isEmpty {
            do { list.period = try ReportingPeriod.parse(period) } catch { filterError = "Period: \(error)" }
        }
        if !list.byProgramme { list.programme = nil }
        let shown = list
        let (records, total, choices) = try await site.work {
            let (rows, total) = try shown.rows(site.register)
            return (rows, total, shown.byProgramme ? try site.choices().programmes : [])
        }
        let columns = list.columns
        var values: [String: Any] = [
            "kind": kind.rawValue, "kindTitle": kind.title,
            "heading": Site.capitalised(kind.title) + " records",
            "byProgramme": list.byProgramme, "byPeriod": list.byPeriod,
            "programmes": choices.map { ["value": $0.value, "label": $0.label, "selected": $0.value == list.programme] },
            "period": query.get("period") ?? "", "filterText": list.text ?? "",
            "hasRows": !records.isEmpty,
            "summary": total == 0 ? "No \(kind.title) records match." : "\(total) \(kind.title) record\(total == 1 ? "" : "s")\(total > RecordList.pageSize ? ", showing \(list.offset + 1)–\(list.offset + records.count)" : "").",
            "pageSize": RecordList.pageSize,
            "crumbs": [["href": "/kinds", "label": "Records"]],
        ]
        if let filterError { values["filterError"] = filterError }
        var headers: [[String: Any]] = [["label": "Id", "href": list.href(sort: "", descending: list.sort == nil && !list.descending, offset: 0)]]
        if list.sort == nil { headers[0]["sorted"] = list.descending ? "descending" : "ascending" }
        for field in columns {
            let current = list.sort == field.name
            var header: [String: Any] = ["label": FieldControl.label(field.name), "href": list.href(sort: field.name, descending: current && !list.descending, offset: 0)]
            if current { header["sorted"] = list.descending ? "descending" : "ascending" }
            headers.append(header)
        }
        values["columns"] = headers
        values["rows"] = records.map { record in
            ["cells": [["text": String(record.id), "href": "/\(kind.rawValue)/\(record.id)"]] + columns.map { field in
                var cell: [String: Any] = ["text": record[field.name]?.text ?? ""]
                if field.name == kind.labelField { cell["href"] = "/\(kind.rawValue)/\(record.id)" }
                return cell
            }]
        }
        if list.offset + records.count < total { values["more"] = list.href(offset: list.offset + RecordList.pageSize) }
        return site.pages.page("list", title: Site.capitalised(kind.title) + " records", values, visitor: visitor)
    }

    func show(_ request: Request, context: WebContext) async throws -> Response {
        let kind = try Site.kind(context), id = try Site.id(context)
        let visitor = try context.requireVisitor()
        let record = try await site.work { try site.register.record(kind, id) }
        var values: [String: Any] = [
            "kind": kind.rawValue, "id": id, "heading": "\(Site.capitalised(kind.title)): \(record.label)",
            "eventPage": kind == .seminar, "dashboard": kind == .programme,
            "personRights": kind == .person && visitor.may(.administer),
            "hasFlags": !record.flags.isEmpty, "flags": record.flags,
            "crumbs": [["href": "/kinds", "label": "Records"], ["href": "/\(kind.rawValue)", "label": Site.capitalised(kind.title) + " records"]],
        ]
        values["fields"] = record.values.map { field, value in
            var view: [String: Any] = ["label": FieldControl.label(field.name), "funder": field.isFunderMandatory, "value": value?.text ?? ""]
            if case .url = field.type, let text = value?.text, text.hasPrefix("https://") || text.hasPrefix("http://") { view["isLink"] = true }
            if case .reference(let target) = field.type, target != .programme, let text = value?.text, Int64(text) != nil {
                view["href"] = "/\(target.rawValue)/\(text)"
            }
            return view
        }
        if let provenance = record.provenance {
            values["provenance"] = [
                "origin": provenance.origin, "sourceFile": provenance.sourceFile ?? "", "createdAt": provenance.createdAt,
                "createdBy": provenance.createdBy, "updatedAt": provenance.updatedAt, "updatedBy": provenance.updatedBy,
            ]
        }
        if request.uri.queryParameters.get("saved") != nil { values["notice"] = "Saved." }
        return site.pages.page("show", title: "\(Site.capitalised(kind.title)) \(id)", values, visitor: visitor)
    }

    func history(_ request: Request, context: WebContext) async throws -> Response {
        let kind = try Site.kind(context), id = try Site.id(context)
        let visitor = try context.requireVisitor()
        let (entries, label) = try await site.work { () -> ([HistoryEntry], String) in
            let entries = try site.register.history(kind, id)
            guard !entries.isEmpty else { throw HTTPError(.notFound) }
            return (entries, (try? site.register.record(kind, id).label) ?? "\(kind.title) \(id)")
        }
        let values: [String: Any] = [
            "kind": kind.rawValue, "id": id, "label": label,
            "entries": entries.map { entry in
                ["at": entry.at, "actor": entry.actor, "action": entry.action.rawValue, "source": entry.source ?? "", "changes": Self.changes(entry)]
            },
            "crumbs": [["href": "/\(kind.rawValue)", "label": Site.capitalised(kind.title) + " records"], ["href": "/\(kind.rawValue)/\(id)", "label": label]],
        ]
        return site.pages.page("history", title: "History of \(kind.title) \(id)", values, visitor: visitor)
    }

    /// The fields an entry changed, with old and new values.
    static func changes(_ entry: HistoryEntry) -> [[String: String]] {
        let old = entry.oldValues ?? [:], new = entry.newValues ?? [:]
        return Set(old.keys).union(new.keys).sorted().compactMap { name in
            let before = old[name] ?? "", after = new[name] ?? ""
            guard before != after else { return nil }
            return ["field": name, "old": before, "new": entry.action == .delete ? "(removed)" : after]
        }
    }
}
