import Foundation
import GRDB

/// The SQL conditions behind a ``ListFilter`` for one kind.
struct ListQuery {
    let kind: Kind
    let filter: ListFilter

    func conditions() throws -> ([String], StatementArguments) {
        var clauses: [String] = []
        var arguments: [DatabaseValueConvertible?] = []
        if let programme = filter.programme {
            let clause = try programmeClause()
            clauses.append(clause)
            // The clause names the programme once per subquery that looks it up.
            let lookups = clause.components(separatedBy: Self.programmeID).count - 1
            for _ in 0..<lookups { arguments += [ProgrammeReference.key(programme), Int64(programme)] }
        }
        if let seminar = filter.seminar {
            clauses.append(try seminarClause())
            arguments.append(seminar)
        }
        if let year = filter.year {
            clauses.append(try yearClause())
            arguments.append(year)
        }
        if kind.isOutcome, !filter.includePlaceholders {
            clauses.append("o.placeholder = 0")
        }
        return (clauses, StatementArguments(arguments))
    }

    /// The programme by the key of its grant reference (any case or spacing, see
    /// ``ProgrammeReference/key(_:)``), or by its id.
    private static let programmeID = "(SELECT id FROM programme WHERE \(ProgrammeReferenceKey.expression) = ? OR id = ?)"

    private func programmeClause() throws -> String {
        let programme = Self.programmeID
        if kind.isOutcome {
            return "o.id IN (SELECT outcome_id FROM outcome_programme WHERE programme_id IN \(programme))"
        }
        switch kind {
        case .programme: return "d.id IN \(programme)"
        case .seminar, .series, .testimonial: return "d.programme_id IN \(programme)"
        case .attendance, .measure:
            return "(d.seminar_id IN (SELECT id FROM seminar WHERE programme_id IN \(programme)) OR d.series_id IN (SELECT id FROM series WHERE programme_id IN \(programme)))"
        case .attendee, .speaker:
            return "d.seminar_id IN (SELECT id FROM seminar WHERE programme_id IN \(programme))"
        case .person:
            return """
                (d.id IN (SELECT person_id FROM programme_member WHERE programme_id IN \(programme)) \
                OR d.id IN (SELECT person_id FROM speaker JOIN seminar s ON s.id = speaker.seminar_id WHERE s.programme_id IN \(programme)))
                """
        default:
            throw RegisterError(.invalidValue, "--programme does not apply to \(kind.rawValue): \(kind.title) records belong to no programme")
        }
    }

    private func seminarClause() throws -> String {
        switch kind {
        case .attendance, .attendee, .speaker, .measure, .engagement, .testimonial: return "d.seminar_id = ?"
        case .seminar: return "d.id = ?"
        default:
            throw RegisterError(.invalidValue, "--seminar does not apply to \(kind.rawValue); it filters attendance, speaker, measure, engagement and testimonial")
        }
    }

    private func yearClause() throws -> String {
        guard let name = kind.yearField, let field = kind.field(named: name) else {
            throw RegisterError(.invalidValue, "--year does not apply to \(kind.rawValue): \(kind.title) records carry no date")
        }
        let column = "d.\"\(field.column)\""
        switch field.type {
        case .date, .yearMonth, .partialDate: return "CAST(substr(\(column), 1, 4) AS INTEGER) = ?"
        case .years: return "EXISTS (SELECT 1 FROM json_each(\(column)) WHERE json_each.value = CAST(? AS TEXT))"
        case .reference(.seminar): return "d.seminar_id IN (SELECT id FROM seminar WHERE CAST(substr(date, 1, 4) AS INTEGER) = ?)"
        default: return "\(column) = ?"
        }
    }
}
