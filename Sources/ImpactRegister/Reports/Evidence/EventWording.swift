/// Events named in prose by their type and mode: "4 online training sessions",
/// "6 seminars", "a series of 4 online training sessions in July 2020".
struct EventWording {
    let evidence: ProgrammeEvidence

    /// "4 online training sessions and 2 workshops"; events whose mode is not recorded get no adjective.
    func events(_ events: [StoredRecord]) -> String {
        var groups: [(key: String, count: Int, singular: String, plural: String)] = []
        for event in events {
            let type = self.type(event)
            let mode = event["mode"].flatMap { EventMode(rawValue: $0.text) }
            let adjective = mode.map { $0.adjective + " " } ?? ""
            let key = adjective + type.code
            if let index = groups.firstIndex(where: { $0.key == key }) {
                groups[index].count += 1
            } else {
                groups.append((key, 1, adjective + type.label, adjective + type.plural))
            }
        }
        return ReportText.list(groups.map { ReportText.count($0.count, $0.singular, $0.plural) })
    }

    /// "a series of 4 online training sessions in July 2020".
    func series(_ series: StoredRecord) -> String {
        let sessions = evidence.sessions(of: series)
        var text = sessions.isEmpty ? "a series" : "a series of \(events(sessions))"
        if let date = ReportText.text(series, "date") {
            text += (PartialDate(date)?.precision == .day ? " on " : " in ") + ReportText.date(date)
        }
        return text
    }

    /// The type of an event; `seminar` when it has none or one the register does not list.
    func type(_ event: StoredRecord) -> ProgrammeEvidence.EventType {
        let code = ReportText.text(event, "type") ?? "seminar"
        return evidence.eventTypes.first { $0.code == code } ?? ProgrammeEvidence.EventType(code: code, label: code, plural: code + "s")
    }

    /// The plural of the events' one type ("training sessions"), or "events" when they are of several.
    func noun(_ events: [StoredRecord]) -> (singular: String, plural: String) {
        let types = Set(events.map { type($0).code })
        guard types.count == 1, let event = events.first else { return ("event", "events") }
        let only = type(event)
        return (only.label, only.plural)
    }
}
