import Foundation

/// Builds a ``SeminarPost`` from a seminar and its programme's evidence. Attendee names are
/// never read: the post counts people by stakeholder group only, and with `exactCounts` off
/// a group of fewer than five shows as "fewer than 5", so that no one can be singled out.
struct SeminarPostBuilder {
    let evidence: ProgrammeEvidence
    let options: BlogOptions

    func post(_ seminar: StoredRecord) -> SeminarPost {
        let number = ReportText.text(seminar, "number")
        let seminarTitle = seminar["title"]?.text ?? "Seminar \(seminar.id)"
        // "Seminar 2: …", "Training session 1: …": the event's type names it.
        let type = EventWording(evidence: evidence).type(seminar).label
        let title = number.map { "\(type.prefix(1).uppercased() + type.dropFirst()) \($0): \(seminarTitle)" } ?? seminarTitle
        let seminarDate = ReportText.text(seminar, "date")
        // Only a day can date a post: a seminar known as "July 2020" gives an undated draft,
        // never an invented 1 July.
        let seminarDay = seminarDate.flatMap { PartialDate($0)?.calendarDate?.description }
        let postDate = options.postDate ?? Self.dateInURL(ReportText.text(seminar, "blog-url")) ?? seminarDay
        let place = [ReportText.text(seminar, "venue"), ReportText.text(seminar, "city")].compactMap { $0 }
        // A session of a series counted as a whole shows the series' people and ratings, and says so.
        let series = seriesShown(for: seminar)
        let attendance = attendanceCounts(series ?? seminar)
        let recording = ReportText.text(seminar, "recording-url")
        let slides = ReportText.text(seminar, "slides-url")
        let speakers = speakerList(seminar)
        let notes = Self.paragraphs(ReportText.text(seminar, "discussion-notes"))
        let measures = measureLines(series ?? seminar)
        var tags = number.map { ["seminar-\($0)"] } ?? []
        if let theme = ReportText.text(seminar, "theme") { tags.append(Slug.make(theme, limit: 40)) }
        let when = seminarDate.map { (seminarDay == nil ? " in " : " on ") + ReportText.date($0) } ?? ""
        let whereText = place.isEmpty ? "" : " at \(place.joined(separator: ", "))"
        return SeminarPost(
            seminarID: seminar.id, title: title, slug: Slug.make(title), programmeTitle: evidence.programme["title"]?.text ?? evidence.reference,
            grantReference: evidence.funderReference, programmeReference: evidence.reference, seminarNumber: number, seminarTitle: seminarTitle,
            seminarDate: seminarDate, seminarDateText: seminarDate.map(ReportText.date), seminarWhen: when.isEmpty ? nil : String(when.dropFirst()),
            eventNoun: EventWording(evidence: evidence).type(seminar).label,
            seriesScope: series.map { "across the series “\($0["title"]?.text ?? "")” (\(EventWording(evidence: evidence).series($0)))" },
            postDate: postDate,
            place: place.isEmpty ? nil : place.joined(separator: ", "), theme: ReportText.text(seminar, "theme"),
            description: Self.paragraphs(ReportText.text(seminar, "description")),
            discussionNotes: notes, hasDiscussion: !notes.isEmpty,
            speakers: speakers, hasSpeakers: !speakers.isEmpty,
            attendance: attendance.groups, attendanceTotal: attendance.total, hasAttendance: attendance.total != nil,
            waitingList: countText(QualifiedCount.of(seminar, "waiting-list"), exact: true),
            capacity: countText(QualifiedCount.of(seminar, "capacity-target"), exact: true),
            measures: measures, hasMeasures: !measures.isEmpty,
            recordingURL: recording, slidesURL: slides, hasLinks: recording != nil || slides != nil,
            excerpt: "Summary of \(number.map { "\(type) \($0)" } ?? "the \(type)") “\(seminarTitle)”\(when)\(whereText).",
            tags: tags, categories: ["Seminars"])
    }

    /// The series whose counts and ratings a post of `seminar` shows: its series, when the
    /// event has none of its own and the series has.
    private func seriesShown(for seminar: StoredRecord) -> StoredRecord? {
        guard case .integer(let id) = seminar["series"],
              evidence.records(.attendance, of: seminar).isEmpty, evidence.records(.measure, of: seminar).isEmpty,
              let series = evidence.records(.series).first(where: { $0.id == id }),
              !evidence.records(.attendance, of: series).isEmpty || !evidence.records(.measure, of: series).isEmpty
        else { return nil }
        return series
    }

    private func speakerList(_ seminar: StoredRecord) -> [SeminarPost.Speaker] {
        evidence.records(.speaker, of: seminar).map { speaker in
            var personID: Int64?
            if case .integer(let id) = speaker["person"] { personID = id }
            let person = evidence.person(personID)
            return SeminarPost.Speaker(
                name: person?["name"]?.text ?? "Speaker", affiliation: person.flatMap { ReportText.text($0, "affiliation") },
                role: speaker["role"]?.text ?? "Speaker", talkTitle: ReportText.text(speaker, "talk-title"))
        }
    }

    private func attendanceCounts(_ seminar: StoredRecord) -> (groups: [SeminarPost.GroupCount], total: String?) {
        let records = evidence.records(.attendance, of: seminar)
        guard !records.isEmpty else { return ([], nil) }
        var byGroup: [String: QualifiedCount] = [:]
        for record in records {
            if let count = QualifiedCount.of(record, "count"), let group = ReportText.text(record, "group") {
                byGroup[group, default: .zero] = byGroup[group, default: .zero] + count
            }
        }
        let groups = evidence.groups.filter { (byGroup[$0.code]?.number ?? 0) > 0 && $0.code != "unrecorded" }.map {
            SeminarPost.GroupCount(label: $0.label, count: countText(byGroup[$0.code], exact: options.exactCounts) ?? "")
        }
        return (groups, countText(QualifiedCount.sum(Array(byGroup.values)), exact: true))
    }

    private func measureLines(_ seminar: StoredRecord) -> [SeminarPost.Measure] {
        evidence.records(.measure, of: seminar).compactMap { measure in
            guard let rating = measure.rating else { return nil }
            let statement = measure["statement"]?.text ?? ""
            return SeminarPost.Measure(text: "“\(statement)”: \(ReportText.decimal(rating.before)) before, \(ReportText.decimal(rating.after)) after (on a scale of \(SVGCanvas.number(rating.min)) to \(SVGCanvas.number(rating.max)))")
        }
    }

    /// A count as the post shows it; unless `exact`, a small group (under 5, or "about" or
    /// "fewer than" a number under 5) shows as "fewer than 5".
    private func countText(_ count: QualifiedCount?, exact: Bool) -> String? {
        guard let count else { return nil }
        let small = count.number > 0 && count.number < 5 && count.qualifier != .over
        return !exact && small ? "fewer than 5" : ReportText.quantity(count)
    }

    /// The date in a WordPress-style address such as `…/2016/02/22/slug/`.
    static func dateInURL(_ url: String?) -> String? {
        guard let url else { return nil }
        let parts = url.split(separator: "/").map(String.init)
        for index in parts.indices.dropLast(2) {
            let (year, month, day) = (parts[index], parts[index + 1], parts[index + 2])
            guard year.count == 4, month.count == 2, day.count == 2, Int(year) != nil else { continue }
            let candidate = "\(year)-\(month)-\(day)"
            if (try? CalendarDate.parse(candidate)) != nil { return candidate }
        }
        return nil
    }

    static func paragraphs(_ text: String?) -> [String] {
        guard let text else { return [] }
        return text.components(separatedBy: "\n\n").map(\.trimmed).filter { !$0.isEmpty }
    }
}
