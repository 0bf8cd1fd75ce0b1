import Foundation
import GRDB
import Hummingbird
import ImpactRegister

/// An event's page: speakers, attendance per group saved together, ratings, testimonials and
/// its blog post, with downloads for Jekyll, Hugo and WordPress.
struct EventRoutes {
    let site: Site

    func page(_ request: Request, context: WebContext) async throws -> Response {
        try await page(try Site.id(context), context: context, posted: nil, problems: [:], notice: request.uri.queryParameters.get("saved") != nil, status: .ok)
    }

    func saveAttendance(_ request: Request, context: WebContext) async throws -> Response {
        let id = try Site.id(context)
        let visitor = try context.requireVisitor()
        guard visitor.may(.write) else { throw HTTPError(.forbidden) }
        let form = context.form ?? FormBody(pairs: [])
        var counts: [String: String] = [:]
        for name in form.names where name.hasPrefix("group-") { counts[String(name.dropFirst(6))] = form[name] ?? "" }
        let change = ChangeContext.typed(by: visitor.name)
        let given = counts
        do {
            let problems = try await site.work { () -> [String: String] in
                _ = try site.register.record(.seminar, id)
                var problems: [String: String] = [:]
                for (group, text) in given where !text.trimmingCharacters(in: .whitespaces).isEmpty {
                    let found = try site.register.problems(.attendance, ["seminar": String(id), "group": group, "count": text], context: change)
                    if let problem = found.first { problems[group] = problem.message }
                }
                if problems.isEmpty { try site.register.setAttendance(seminar: id, given, context: change) }
                return problems
            }
            if problems.isEmpty { return .redirect(to: "/event/\(id)?saved=1#attendance", type: .normal) }
            return try await page(id, context: context, posted: counts, problems: problems, status: .unprocessableContent)
        } catch let error as DatabaseError where error.resultCode == .SQLITE_BUSY || error.resultCode == .SQLITE_LOCKED {
            return try await page(id, context: context, posted: counts, problems: [:], busy: true, status: .serviceUnavailable)
        }
    }

    func blog(_ request: Request, context: WebContext) async throws -> Response {
        let id = try Site.id(context)
        guard let format = context.parameters.get("format").flatMap(BlogFormat.init(rawValue:)) else { throw HTTPError(.notFound) }
        let (name, text) = try await site.work { try Self.post(site.register, id, format: format) }
        let type = format == .wxr ? "application/xml; charset=utf-8" : "text/markdown; charset=utf-8"
        return Response(
            status: .ok,
            headers: [.contentType: type, .contentDisposition: "attachment; filename=\"\(name)\""],
            body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    /// The post's file name and text, written by the library's blog writer into a folder of its own.
    static func post(_ register: Register, _ id: Int64, format: BlogFormat) throws -> (String, String) {
        let post = try register.seminarPost(id)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("impact-blog-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let templates = try ReportTemplates()
        if format == .wxr {
            let path = folder.appendingPathComponent("seminar-\(id).xml").path
            try BlogWriter.writeWXR([post], to: path, options: BlogOptions(), channelTitle: post.programmeTitle, templates: templates)
            return ("seminar-\(id).xml", try String(contentsOfFile: path, encoding: .utf8))
        }
        let path = try BlogWriter.writeMarkdown([post], format: format, to: folder.path, templates: templates)[0]
        return ((path as NSString).lastPathComponent, try String(contentsOfFile: path, encoding: .utf8))
    }

    private func page(_ id: Int64, context: WebContext, posted: [String: String]?, problems: [String: String], busy: Bool = false, notice: Bool = false, status: HTTPResponse.Status) async throws -> Response {
        let visitor = try context.requireVisitor()
        let data = try await site.work { try EventData(site.register, id) }
        let seminar = data.seminar
        var values: [String: Any] = [
            "id": String(id), "title": seminar.label, "date": seminar["date"]?.text ?? "", "venue": seminar["venue"]?.text ?? "",
            "city": seminar["city"]?.text ?? "", "reference": seminar["programme"]?.text ?? "", "programmeID": String(data.programmeID),
            "recording": Self.link(seminar["recording-url"]), "slides": Self.link(seminar["slides-url"]),
            "hasSpeakers": !data.speakers.isEmpty, "speakers": data.speakers,
            "groups": data.groups.map { group -> [String: String] in
                var view = ["code": group.code, "label": group.label, "count": posted?[group.code] ?? data.counts[group.code].map(String.init) ?? ""]
                if let error = problems[group.code] { view["error"] = error }
                return view
            },
            "total": String(data.counts.values.reduce(0, +)),
            "places": seminar["capacity-target"]?.text ?? "", "waiting": seminar["waiting-list"]?.text ?? "",
            "hasRatings": !data.ratings.isEmpty, "ratings": data.ratings,
            "hasTestimonials": !data.testimonials.isEmpty, "testimonials": data.testimonials,
            "blog": data.blog,
            "hasErrors": !problems.isEmpty || busy, "busy": busy,
            "errors": data.groups.compactMap { group in problems[group.code].map { ["field": group.code, "label": group.label, "message": $0] } },
            "crumbs": [["href": "/dashboard/\(data.programmeID)", "label": "Dashboard"], ["href": "/seminar", "label": "Seminar records"]],
        ]
        if notice { values["notice"] = "Attendance saved." }
        return site.pages.page("event", title: seminar.label, values, visitor: visitor, status: status)
    }

    private static func link(_ value: FieldValue?) -> String {
        guard let text = value?.text, text.hasPrefix("https://") || text.hasPrefix("http://") else { return "" }
        return text
    }
}

/// What an event's page shows, read on the thread pool.
struct EventData: Sendable {
    let seminar: StoredRecord
    let programmeID: Int64
    let groups: [(code: String, label: String)]
    let counts: [String: Int64]
    let speakers: [[String: String]]
    let ratings: [[String: String]]
    let testimonials: [[String: String]]
    let blog: String

    init(_ register: Register, _ id: Int64) throws {
        seminar = try register.record(.seminar, id)
        let reference = seminar["programme"]?.text ?? ""
        programmeID = try register.records(.programme, ListFilter(programme: reference)).first?.id ?? 0
        groups = try register.records(.stakeholderGroup).map { ($0["code"]?.text ?? "", $0.label) }
        var counts: [String: Int64] = [:]
        for record in try register.records(.attendance, ListFilter(seminar: id)) {
            if let group = record["group"]?.text { counts[group] = Int64(record["count"]?.text ?? "") ?? 0 }
        }
        self.counts = counts
        speakers = try register.records(.speaker, ListFilter(seminar: id)).map { speaker in
            let personID = speaker["person"]?.text ?? ""
            let name = Int64(personID).flatMap { try? register.record(.person, $0).label } ?? personID
            return ["id": String(speaker.id), "personID": personID, "name": name, "role": speaker["role"]?.text ?? "", "talk": speaker["talk-title"]?.text ?? ""]
        }
        ratings = try register.records(.measure, ListFilter(seminar: id)).map { measure in
            [
                "id": String(measure.id), "statement": measure["statement"]?.text ?? "",
                "scale": "\(measure["scale-min"]?.text ?? "?")–\(measure["scale-max"]?.text ?? "?")",
                "before": measure["mean-before"]?.text ?? "", "after": measure["mean-after"]?.text ?? "", "respondents": measure["respondents"]?.text ?? "",
            ]
        }
        testimonials = try register.records(.testimonial, ListFilter(seminar: id)).map { testimonial in
            ["id": String(testimonial.id), "quote": testimonial["quote"]?.text ?? "", "givenBy": testimonial["given-by"]?.text ?? "", "role": testimonial["role"]?.text ?? ""]
        }
        blog = (try? EventRoutes.post(register, id, format: .jekyll).1) ?? "The post could not be made: check the seminar's programme."
    }
}
