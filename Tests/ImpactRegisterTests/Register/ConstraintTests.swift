import Foundation
import GRDB
import Testing
@testable import ImpactRegister

/// The register's rules live in SQL: no code path, not even raw SQL, can store a row that breaks them.
@Suite struct ConstraintTests {
    let folder: TemporaryFolder
    let register: Register

    init() throws {
        folder = try TemporaryFolder()
        register = try folder.register()
        try register.database.write { db in
            try db.execute(sql: Self.provenanceInsert("programme", "grant_reference, title", "'ES/1', 'A programme'"))
            try db.execute(sql: Self.provenanceInsert("seminar", "programme_id, number, title", "1, 1, 'First'"))
        }
    }

    static func provenanceInsert(_ table: String, _ columns: String, _ values: String) -> String {
        "INSERT INTO \(table) (\(columns), created_at, created_by, updated_at, updated_by) VALUES (\(values), 't', 'me', 't', 'me')"
    }

    private func rejects(_ sql: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(sourceLocation: sourceLocation) {
            try register.database.write { db in try db.execute(sql: sql) }
        } throws: { error in
            (error as? DatabaseError)?.resultCode == .SQLITE_CONSTRAINT
        }
    }

    @Test func grantReferencesAreUnique() {
        rejects(Self.provenanceInsert("programme", "grant_reference, title", "'ES/1', 'Another'"))
    }

    @Test func requiredTextCannotBeMissingOrEmpty() {
        rejects(Self.provenanceInsert("programme", "grant_reference", "'ES/2'"))
        rejects(Self.provenanceInsert("programme", "grant_reference, title", "'ES/2', ''"))
    }

    @Test func datesMonthsAndYearsMustBeWellFormed() {
        rejects(Self.provenanceInsert("programme", "grant_reference, title, start_date", "'ES/3', 'T', '5 Jan 2016'"))
        try? register.database.write { db in
            try db.execute(sql: "INSERT INTO outcome (id, kind, created_at, created_by, updated_at, updated_by) VALUES (10, 'further-funding', 't', 'me', 't', 'me')")
        }
        rejects("INSERT INTO further_funding (outcome_id, description, amount_minor, currency, start) VALUES (10, 'x', 100, 'GBP', '2017-13')")
        rejects("INSERT INTO further_funding (outcome_id, description, amount_minor, currency, start) VALUES (10, 'x', 100, 'GBP', '03/2017')")
    }

    @Test func amountsAreNonNegativeMinorUnitsWithAnISOCurrency() throws {
        try register.database.write { db in
            try db.execute(sql: "INSERT INTO outcome (id, kind, created_at, created_by, updated_at, updated_by) VALUES (11, 'further-funding', 't', 'me', 't', 'me')")
        }
        rejects("INSERT INTO further_funding (outcome_id, description, amount_minor, currency) VALUES (11, 'x', -1, 'GBP')")
        rejects("INSERT INTO further_funding (outcome_id, description, amount_minor, currency) VALUES (11, 'x', 100, 'pounds')")
        rejects("INSERT INTO further_funding (outcome_id, description, amount_minor) VALUES (11, 'x', 100)")
        rejects("INSERT INTO further_funding (outcome_id, description, currency) VALUES (11, 'x', 'GBP')")
    }

    @Test func foreignKeysAreEnforced() {
        rejects(Self.provenanceInsert("seminar", "programme_id, title", "99, 'Orphan'"))
        rejects(Self.provenanceInsert("attendance", "seminar_id, \"group\", count", "1, 'no-such-group', 3"))
        rejects("DELETE FROM programme WHERE id = 1")
    }

    @Test func attendanceIsOneCountPerSeminarAndGroup() throws {
        try register.database.write { db in
            try db.execute(sql: Self.provenanceInsert("attendance", "seminar_id, \"group\", count", "1, 'academics', 3"))
        }
        rejects(Self.provenanceInsert("attendance", "seminar_id, \"group\", count", "1, 'academics', 4"))
        rejects(Self.provenanceInsert("attendance", "seminar_id, \"group\", count", "1, 'students', -2"))
    }

    @Test func seminarNumbersAreUniqueWithinAProgramme() {
        rejects(Self.provenanceInsert("seminar", "programme_id, number, title", "1, 1, 'Again'"))
    }

    @Test func listsAreJSONArrays() throws {
        try register.database.write { db in
            try db.execute(sql: "INSERT INTO outcome (id, kind, created_at, created_by, updated_at, updated_by) VALUES (12, 'key-finding', 't', 'me', 't', 'me')")
        }
        rejects("INSERT INTO key_finding (outcome_id, description, sectors) VALUES (12, 'x', 'Healthcare,Education')")
    }

    @Test func measuresStayOnTheirScale() {
        rejects(Self.provenanceInsert("measure", "seminar_id, statement, scale_min, scale_max, mean_before", "1, 'I understand', 1, 5, 6.5"))
        rejects(Self.provenanceInsert("measure", "seminar_id, statement, scale_min, scale_max", "1, 'I understand', 5, 1"))
    }

    @Test func orcidsHaveTheirShape() {
        rejects(Self.provenanceInsert("person", "name, orcid", "'A', '1234'"))
    }

    @Test func historyCannotBeChangedOrDeleted() throws {
        try register.database.write { db in
            try db.execute(sql: "INSERT INTO history (at, actor, kind, record_id, action) VALUES ('t', 'me', 'programme', 1, 'insert')")
        }
        #expect(throws: DatabaseError.self) { try register.database.write { db in try db.execute(sql: "UPDATE history SET actor = 'someone else'") } }
        #expect(throws: DatabaseError.self) { try register.database.write { db in try db.execute(sql: "DELETE FROM history") } }
    }
}
