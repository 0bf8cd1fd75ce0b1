import Foundation
import GRDB
import Testing
@testable import ImpactRegister

/// Migration v3 rewrites `CHECK (column IN (…))` as a chain of `=`: the register accepts and
/// refuses exactly what it did, whether it was made new or brought up from the first schema.
@Suite struct CheckListTests {
    static func registers() throws -> (TemporaryFolder, [DatabasePool]) {
        let folder = try TemporaryFolder()
        let new = try folder.register().database
        let olderPath = folder.path("old.sqlite")
        try SchemaVersionTests.olderRegister(at: olderPath)
        _ = try Register.open(at: olderPath)
        return (folder, [new, try DatabasePool(path: olderPath)])
    }

    @Test func noCheckListIsLeftAndTheRegisterIsSound() throws {
        let (folder, pools) = try Self.registers()
        defer { withExtendedLifetime(folder) {} }
        for pool in pools {
            let tables = try pool.read { db in try String.fetchAll(db, sql: "SELECT sql FROM sqlite_schema WHERE type = 'table'") }
            for (old, new) in ChecksWithoutTemporaryTables.replacements {
                #expect(!tables.contains { $0.contains(old) }, "still: \(old)")
                // v12-common-outcomes adds kinds at the end of the chain, before its ")".
                #expect(tables.contains { $0.contains(new.dropLast()) }, "missing: \(new)")
            }
            #expect(try pool.read { db in try String.fetchAll(db, sql: "PRAGMA integrity_check") } == ["ok"])
        }
    }

    @Test func theRewrittenChecksRefuseAndAcceptWhatTheListsDid() throws {
        let (folder, pools) = try Self.registers()
        defer { withExtendedLifetime(folder) {} }
        for pool in pools {
            func insert(origin: String, kind: String) throws {
                try pool.write { db in
                    try db.execute(sql: """
                        INSERT INTO outcome (kind, origin, created_at, created_by, updated_at, updated_by)
                        VALUES (?, ?, 't', 'me', 't', 'me')
                        """, arguments: [kind, origin])
                }
            }
            try insert(origin: "imported", kind: "engagement")
            try insert(origin: "built-in", kind: "spin-out")
            for (origin, kind) in [("bogus", "engagement"), ("imported", "seminar"), ("Imported", "engagement"), ("imported", "")] {
                #expect(throws: DatabaseError.self, "\(origin), \(kind)") { try insert(origin: origin, kind: kind) }
            }
            #expect(throws: DatabaseError.self) {
                try pool.write { db in
                    try db.execute(sql: "INSERT INTO history (at, actor, kind, record_id, action) VALUES ('t', 'me', 'programme', 1, 'rename')")
                }
            }
        }
    }

    /// The quick reading of lists gives what the JSON decoder gives, for lists as `encode` writes
    /// them and spaced or escaped otherwise.
    @Test func listsReadAsTheJSONDecoderReadsThem() throws {
        let pieces = ["a", "Policymakers/politicians", "", " ", "\"", "\\", ",", "\",\"", "[", "]", "é", "\u{301}", "😀", "\n", "\u{1}"]
        var generator = TestRandom.generator()
        for _ in 0..<500 {
            let values = (0..<Int.random(in: 0...4, using: &generator)).map { _ in
                (0..<Int.random(in: 0...4, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            }
            let written = JSONList.encode(values)
            #expect(JSONList.decode(written) == values, "\(written)")
            for text in [written, written.replacingOccurrences(of: "\",\"", with: "\", \""), "[ " + written.dropFirst()] {
                let decoded = (try? JSONDecoder().decode([String].self, from: Data(text.utf8))) ?? []
                #expect(JSONList.decode(text) == decoded, "\(text)")
            }
        }
    }

    @Test func listsReadBackWhateverWayTheyWereWritten() {
        let values = ["Policymakers/politicians", "", "say \"hi\"", "back\\slash", "comma\",\"inside", "ünïcode"]
        #expect(JSONList.decode(JSONList.encode(values)) == values)
        #expect(JSONList.decode(JSONList.encode(["a", "b"])) == ["a", "b"])
        #expect(JSONList.decode("[\"a\", \"b\"]") == ["a", "b"])
        #expect(JSONList.decode("[]") == [])
        #expect(JSONList.decode("[\"\"]") == [""])
        #expect(JSONList.decode("not json") == [])
    }
}
