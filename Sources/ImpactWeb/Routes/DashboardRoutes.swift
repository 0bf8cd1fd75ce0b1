import Foundation
import Hummingbird
import ImpactRegister

/// A programme's dashboard, and the Researchfish check with each finding linked to its field.
struct DashboardRoutes {
    let site: Site
    /// Findings listed on a dashboard; the check page lists them all.
    static let dashboardFindings = 20

    func dashboard(_ request: Request, context: WebContext) async throws -> Response {
        let visitor = try context.requireVisitor()
        let id = try Site.id(context)
        let data = try await site.work { try DashboardData(site.register, programme: id) }
        let groups = data.groups
        var values: [String: Any] = [
            "id": String(id), "reference": data.reference, "programmeTitle": data.programme.label,
            "counts": data.summary.counts.filter { $0.count > 0 }.map { ["kind": $0.kind.rawValue, "title": $0.kind.title, "count": String($0.count)] },
            "groups": groups.map { ["label": $0.label] },
            "hasEvents": !data.summary.seminars.isEmpty,
            "events": data.summary.seminars.map { seminar in
                [
                    "id": String(seminar.id), "date": seminar.date ?? "", "title": seminar.title,
                    "cells": groups.map { group in data.attendance[seminar.id]?[group.code].map(String.init) ?? "" },
                    "total": String(seminar.attendance), "places": seminar.capacityTarget.map(String.init) ?? "",
                    "waiting": seminar.waitingList.map(String.init) ?? "",
                    "ratings": data.ratings[seminar.id] ?? [],
                ] as [String: Any]
            },
            "hasFunding": !data.summary.furtherFunding.isEmpty,
            "funding": data.summary.furtherFunding.map(\.display),
            "changes": data.changes.map { ["at": $0.at, "actor": $0.actor, "action": $0.action.rawValue, "kind": $0.kind, "recordID": String($0.recordID)] },
            "crumbs": [["href": "/", "label": "Programmes"]],
        ]
        let findings = data.check.findings
        values["hasFindings"] = !findings.isEmpty
        values["findingCount"] = String(findings.count)
        values["findingPlural"] = findings.count == 1 ? "" : "s"
        values["findingMore"] = findings.count > Self.dashboardFindings
        values["shown"] = String(Self.dashboardFindings)
        values["findings"] = findings.prefix(Self.dashboardFindings).map(Self.view)
        return site.pages.page("dashboard", title: "Dashboard of \(data.reference)", values, visitor: visitor)
    }

    func check(_ request: Request, context: WebContext) async throws -> Response {
        let visitor = try context.requireVisitor()
        let programme = request.uri.queryParameters.get("programme").flatMap { $0.isEmpty ? nil : $0 }
        let (check, choices) = try await site.work { (try site.register.check(funderFields: true, programme: programme), try site.choices().programmes) }
        let errors = check.findings.filter { $0.severity == .error }.count
        let values: [String: Any] = [
            "reference": programme ?? "",
            "programmes": choices.map { ["value": $0.value, "label": $0.label, "selected": $0.value == programme] },
            "hasFindings": !check.findings.isEmpty,
            "summary": "\(check.findings.count) finding\(check.findings.count == 1 ? "" : "s") (\(errors) error\(errors == 1 ? "" : "s")).",
            "findings": check.findings.map(Self.view),
        ]
        return site.pages.page("check", title: "Researchfish check", values, visitor: visitor)
    }

    /// A finding with a link to the form field it is about (`/engagement/4/edit#field-geographic-reach`).
    static func view(_ finding: RegisterCheck.Finding) -> [String: String] {
        var place = finding.kind.map { kind in finding.id.map { "\(kind.title) \($0)" } ?? kind.title } ?? "register"
        if let field = finding.field { place += ": " + FieldControl.label(field).lowercased() }
        var view = ["severity": finding.severity.rawValue, "place": place, "message": finding.message, "action": finding.action]
        if let kind = finding.kind, let id = finding.id {
            view["href"] = finding.field.map { "/\(kind.rawValue)/\(id)/edit#field-\($0)" } ?? "/\(kind.rawValue)/\(id)"
        }
        return view
    }
}

/// What a dashboard shows, read in one go on the thread pool.
struct DashboardData: Sendable {
    let programme: StoredRecord
    let reference: String
    let summary: RegisterSummary
    /// Stakeholder groups that attended any of the programme's events, in the register's order.
    let groups: [(code: String, label: String)]
    /// Seminar id → group code → count.
    let attendance: [Int64: [String: Int64]]
    /// Seminar id → its before/after ratings.
    let ratings: [Int64: [[String: String]]]
    let check: RegisterCheck
    let changes: [HistoryEntry]

    init(_ register: Register, programme id: Int64) throws {
        programme = try register.record(.programme, id)
        reference = programme["grant-reference"]?.text ?? String(id)
        summary = try register.summary(programme: reference)
        var attendance: [Int64: [String: Int64]] = [:]
        var present = Set<String>()
        for record in try register.records(.attendance, ListFilter(programme: reference)) {
            guard let seminar = record["seminar"].flatMap({ Int64($0.text) }), let group = record["group"]?.text else { continue }
            attendance[seminar, default: [:]][group, default: 0] += Int64(record["count"]?.text ?? "") ?? 0
            present.insert(group)
        }
        self.attendance = attendance
        groups = try register.records(.stakeholderGroup).compactMap { record in
            guard let code = record["code"]?.text, present.contains(code) else { return nil }
            return (code, record.label)
        }
        var ratings: [Int64: [[String: String]]] = [:]
        for record in try register.records(.measure, ListFilter(programme: reference)) {
            guard let seminar = record["seminar"].flatMap({ Int64($0.text) }) else { continue }
            ratings[seminar, default: []].append([
                "statement": record["statement"]?.text ?? "", "before": record["mean-before"]?.text ?? "–", "after": record["mean-after"]?.text ?? "–",
            ])
        }
        self.ratings = ratings
        // The file's integrity check reads every page of it: that belongs on the check page only.
        check = try register.check(funderFields: true, programme: reference, fileChecks: false)
        changes = try register.recentHistory(limit: 10)
    }
}
