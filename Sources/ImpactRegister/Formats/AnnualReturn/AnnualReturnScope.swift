import GRDB

/// The programmes and people an annual return for one programme covers (nil: all of them).
struct AnnualReturnScope {
    var programmes: Set<Int64>?
    var people: Set<Int64>?

    init(_ db: Database, programme reference: String?) throws {
        guard let reference else { return }
        let id = try ProgrammeReference.id(reference, in: db)
        programmes = [id]
        // Its members and the speakers of its seminars.
        people = Set(try Int64.fetchAll(db, sql: """
            SELECT person_id FROM programme_member WHERE programme_id = ?
            UNION SELECT speaker.person_id FROM speaker JOIN seminar s ON s.id = speaker.seminar_id WHERE s.programme_id = ?
            """, arguments: [id, id]))
    }
}
