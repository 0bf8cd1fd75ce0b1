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
    }

    /// Attendance across seminars for one stakeholder group.
    public struct GroupAttendance: Sendable {
        public let code: String
        public let label: String
        public let count: Int64
    }

    public let programme: String?
    public let counts: [(kind: Kind, count: Int)]
    public let attendance: [GroupAttendance]
    public let seminars: [Seminar]
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

    /// The summary as JSON: `{"counts": {"<KIND>": n, …}, "attendance": …, …}`.
    public func json() -> JSONValue {
        var counts: [String: JSONValue] = [:]
        for (kind, count) in self.counts { counts[kind.rawValue] = .integer(Int64(count)) }
        var groups: [String: JSONValue] = [:]
        for group in attendance { groups[group.code] = .integer(group.count) }
        var funding: [String: JSONValue] = [:]
        for money in furtherFunding {
            funding[money.currency.rawValue] = .object(["minor_units": .integer(money.minorUnits), "amount": .string(money.decimalString)])
        }
        return .object([
            "programme": programme.map(JSONValue.string) ?? .null,
            "counts": .object(counts),
            "attendance": .object(["by_group": .object(groups), "total": .integer(attendanceTotal)]),
            "seminars": .array(seminars.map(Self.json)),
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
        ])
    }

    /// The summary as text for a terminal.
    public func text() -> String {
        var lines = [programme.map { "Programme \($0)" } ?? "Whole register", "", "Records"]
        lines.append(TextTable.render(counts.filter { $0.count > 0 }.map { ["  \($0.kind.rawValue)", String($0.count)] }))
        if !seminars.isEmpty {
            lines += ["", "Seminars"]
            let rows = seminars.map { seminar -> [String] in
                ["  \(seminar.number.map { "#\($0)" } ?? "-")", seminar.date ?? "date unknown",
                 RecordFormatter.oneLine(seminar.title, limit: 60),
                 seminar.attendance > 0 ? "\(seminar.attendance) attended" : "attendance not recorded",
                 seminar.waitingList.map { "waiting list \($0)" } ?? ""]
            }
            lines.append(TextTable.render(rows))
        }
        lines += ["", "Attendance by stakeholder group (total \(attendanceTotal))"]
        lines.append(TextTable.render(attendance.map { ["  \($0.label)", String($0.count)] }))
        lines += ["", "Further funding, per currency"]
        lines.append(furtherFunding.isEmpty ? "  none recorded" : furtherFunding.map { "  \($0.display)" }.joined(separator: "\n"))
        let flagged = flags.filter { $0.records > 0 }
        if !flagged.isEmpty {
            lines += ["", "Flags: " + flagged.map { "\($0.records) \($0.problem.phrase)" }.joined(separator: ", ") + " (see `impact check`)"]
        }
        return lines.joined(separator: "\n")
    }
}
