/// What a register (or one programme in it) holds: counts per kind, attendance by
/// stakeholder group, and further funding per currency — never added across currencies.
public struct RegisterSummary: Sendable {
    /// One seminar's line in the summary.
    public struct Seminar: Sendable {
        public let id: Int64
        public let programme: String
        public let number: Int64?
        public let title: String
        public let date: String?
        public let attendance: Int64
        public let capacityTarget: Int64?
        public let waitingList: Int64?
        /// Whether the attendance is approximate or a bound (nil: exact), and the same for the others.
        public let attendanceQualifier: CountQualifier?
        public let capacityTargetQualifier: CountQualifier?
        public let waitingListQualifier: CountQualifier?
        /// The event type's code (`seminar`, `training-session`, …), its mode, and its series' id.
        public let type: String
        public let mode: String?
        public let series: Int64?
    }

    /// One series' line: its sessions and the people counted for the series as a whole.
    public struct Series: Sendable {
        public let id: Int64
        public let title: String
        public let date: String?
        public let sessions: Int
        /// What its sessions were, in the plural: "online training sessions" (or "events" when of several types).
        public let sessionNoun: String
        /// The series' own count (its people, each once), nil when it has none.
        public let people: QualifiedCount?
        public let peopleQualifier: CountQualifier?

        public var peopleCount: QualifiedCount? { people.map { QualifiedCount(number: $0.number, qualifier: peopleQualifier) } }
    }

    /// Attendance across seminars for one stakeholder group.
    public struct GroupAttendance: Sendable {
        public let code: String
        public let label: String
        public let count: Int64
        /// Nil when every count behind it is exact.
        public let qualifier: CountQualifier?

        public var quantity: QualifiedCount { QualifiedCount(number: count, qualifier: qualifier) }
    }

    public let programme: String?
    public let counts: [(kind: Kind, count: Int)]
    public let attendance: [GroupAttendance]
    public let seminars: [Seminar]
    public let series: [Series]
    /// Further funding totals, one per currency, in the currency's minor units.
    public let furtherFunding: [Money]
    /// Records flagged, by problem, in ``FlagProblem`` order.
    public let flags: [(problem: FlagProblem, records: Int)]

    /// Records whose text is only a placeholder.
    public var placeholders: Int { records(flagged: .placeholder) }
    /// Records with a value outside the funder's vocabularies.
    public var unknownValues: Int { records(flagged: .unknownValue) }

    /// How many records carry a flag for `problem`.
    public func records(flagged problem: FlagProblem) -> Int {
        flags.first { $0.problem == problem }?.records ?? 0
    }

    public var attendanceTotal: Int64 { attendance.reduce(0) { $0 + $1.count } }

    /// The total with its qualifier: "about 50" when any group's count is approximate.
    public var attendanceQuantity: QualifiedCount { QualifiedCount.sum(attendance.map(\.quantity)) }

    /// The summary as JSON: `{"counts": {"<KIND>": n, …}, "attendance": …, …}`.
    public func json() -> JSONValue {
        var counts: [String: JSONValue] = [:]
        for (kind, count) in self.counts { counts[kind.rawValue] = .integer(Int64(count)) }
        var groups: [String: JSONValue] = [:]
        var qualifiers: [String: JSONValue] = [:]
        for group in attendance {
            groups[group.code] = .integer(group.count)
            if let qualifier = group.qualifier { qualifiers[group.code] = .string(qualifier.rawValue) }
        }
        var funding: [String: JSONValue] = [:]
        for money in furtherFunding {
            funding[money.currency.rawValue] = .object(["minor_units": .integer(money.minorUnits), "amount": .string(money.decimalString)])
        }
        return .object([
            "programme": programme.map(JSONValue.string) ?? .null,
            "counts": .object(counts),
            "attendance": .object(["by_group": .object(groups), "total": .integer(attendanceTotal),
                                   "qualifiers": .object(qualifiers),
                                   "total_qualifier": attendanceQuantity.qualifier.map { .string($0.rawValue) } ?? .null]),
            "seminars": .array(seminars.map(Self.json)),
            "series": .array(series.map(Self.json)),
            "further_funding": .object(funding),
            "flags": .object(Dictionary(uniqueKeysWithValues: flags.map { ($0.problem.rawValue.replacingOccurrences(of: "-", with: "_"), JSONValue.integer(Int64($0.records))) })),
        ])
    }

    private static func json(_ seminar: Seminar) -> JSONValue {
        .object([
            "id": .integer(seminar.id),
            "programme": .string(seminar.programme),
            "number": seminar.number.map(JSONValue.integer) ?? .null,
            "title": .string(seminar.title),
            "date": seminar.date.map(JSONValue.string) ?? .null,
            "attendance": .integer(seminar.attendance),
            "capacity_target": seminar.capacityTarget.map(JSONValue.integer) ?? .null,
            "waiting_list": seminar.waitingList.map(JSONValue.integer) ?? .null,
            "attendance_qualifier": seminar.attendanceQualifier.map { .string($0.rawValue) } ?? .null,
            "capacity_target_qualifier": seminar.capacityTargetQualifier.map { .string($0.rawValue) } ?? .null,
            "waiting_list_qualifier": seminar.waitingListQualifier.map { .string($0.rawValue) } ?? .null,
            "type": .string(seminar.type),
            "mode": seminar.mode.map(JSONValue.string) ?? .null,
            "series": seminar.series.map(JSONValue.integer) ?? .null,
        ])
    }

    private static func json(_ series: Series) -> JSONValue {
        .object([
            "id": .integer(series.id),
            "title": .string(series.title),
            "date": series.date.map(JSONValue.string) ?? .null,
            "sessions": .integer(Int64(series.sessions)),
            "people": series.peopleCount.map { .integer($0.number) } ?? .null,
            "people_qualifier": series.peopleQualifier.map { .string($0.rawValue) } ?? .null,
        ])
    }

    /// The summary as text for a terminal.
    public func text() -> String {
        var lines = [programme.map { "Programme \($0)" } ?? "Whole register", "", "Records"]
        lines.append(TextTable.render(counts.filter { $0.count > 0 }.map { ["  \($0.kind.rawValue)", String($0.count)] }))
        if !seminars.isEmpty {
            lines += ["", "Events"]
            let counted = Set(series.filter { $0.people != nil }.map(\.id))
            let rows = seminars.map { seminar -> [String] in
                ["  \(seminar.number.map { "#\($0)" } ?? "-")", seminar.date.map(ReportText.date) ?? "date unknown",
                 RecordFormatter.oneLine(seminar.title, limit: 60),
                 seminar.attendance > 0 ? "\(QualifiedCount(number: seminar.attendance, qualifier: seminar.attendanceQualifier).display) attended"
                    : seminar.series.map(counted.contains) == true ? "counted for its series" : "attendance not recorded",
                 seminar.waitingList.map { "waiting list \(QualifiedCount(number: $0, qualifier: seminar.waitingListQualifier).display)" } ?? ""]
            }
            lines.append(TextTable.render(rows))
        }
        if !series.isEmpty {
            lines += ["", "Series"]
            lines.append(TextTable.render(series.map { series in
                ["  \(RecordFormatter.oneLine(series.title, limit: 60))", series.date.map(ReportText.date) ?? "date unknown",
                 "\(series.sessions) \(series.sessionNoun)",
                 series.peopleCount.map { "\($0.display) people" } ?? "counted per session"]
            }))
        }
        lines += ["", "Attendance by stakeholder group (total \(attendanceQuantity.display); a series' own counts are its people, not added to its sessions')"]
        lines.append(TextTable.render(attendance.map { ["  \($0.label)", $0.quantity.display] }))
        lines += ["", "Further funding, per currency"]
        lines.append(furtherFunding.isEmpty ? "  none recorded" : furtherFunding.map { "  \($0.display)" }.joined(separator: "\n"))
        let flagged = flags.filter { $0.records > 0 }
        if !flagged.isEmpty {
            lines += ["", "Flags: " + flagged.map { "\($0.records) \($0.problem.phrase)" }.joined(separator: ", ") + " (see `impact check`)"]
        }
        return lines.joined(separator: "\n")
    }
}
