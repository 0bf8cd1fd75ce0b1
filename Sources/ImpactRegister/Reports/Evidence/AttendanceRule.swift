/// Which attendance counts add up to a programme's totals, so that nobody is counted twice.
///
/// A count given for one event (`--seminar`) is an attendance: who came to that session. A
/// count given for a series (`--series`) is people: who came to any of its sessions, each
/// once. A total adds every series' own counts and the counts of events not in such a series;
/// the sessions of a series with counts of its own are shown per session but not added again.
/// So York's four sessions with 32 people counted for the series total 32, not 32 plus the
/// sessions' attendances, and a seminar series counted per seminar totals its attendances.
struct AttendanceRule {
    let evidence: ProgrammeEvidence

    /// The series that have counts of their own.
    var seriesCounted: Set<Int64> {
        Set(evidence.records(.attendance).compactMap { record -> Int64? in
            if case .integer(let series) = record["series"] { return series }
            return nil
        })
    }

    /// The attendance records a total adds up.
    func counted() -> [StoredRecord] {
        let counted = seriesCounted
        let sessionsOfCounted = Set(evidence.records(.seminar).filter { record in
            if case .integer(let series) = record["series"] { return counted.contains(series) }
            return false
        }.map(\.id))
        return evidence.records(.attendance).filter { record in
            if case .integer(let seminar) = record["seminar"] { return !sessionsOfCounted.contains(seminar) }
            return true
        }
    }

    /// Whether the totals count people (every counted record is a series' own) rather than attendances.
    var countsPeople: Bool {
        let counted = counted()
        return !counted.isEmpty && counted.allSatisfy { $0["series"] != nil }
    }
}
