import Foundation
import GRDB
import Testing

@testable import ImpactRegister

/// Values bound straight to SQLite come back as GRDB binds them, and failures are GRDB's errors.
@Suite struct DirectStatementTests {
    static let values: [DatabaseValue] = [
        .null, 0.databaseValue, Int64.max.databaseValue, Int64.min.databaseValue, 3.25.databaseValue,
        "".databaseValue, "plain".databaseValue, "naïve café 日本 🎉\n\t\"q\"".databaseValue,
        "nul\u{0}inside".databaseValue, Data().databaseValue, Data([0, 1, 255]).databaseValue,
    ]

    @Test func everyKindOfValueReadsBackAsGRDBBindsIt() throws {
        let queue = try DatabaseQueue()
        try queue.write { db in
            try db.execute(sql: "CREATE TABLE t (n INTEGER PRIMARY KEY, direct, viaGRDB)")
            for (index, value) in Self.values.enumerated() {
                try DirectStatement(db, sql: "INSERT INTO t (n, direct) VALUES (?, ?)").execute([index.databaseValue, value])
                try db.execute(sql: "UPDATE t SET viaGRDB = ? WHERE n = ?", arguments: [value, index])
            }
            // The stored bytes are compared: a text with NUL reads back cut short. GRDB stores
            // such a text only up to the NUL; this path keeps all of it (no importer lets one in).
            for row in try Row.fetchAll(db, sql: "SELECT n, direct, hex(direct), hex(viaGRDB), typeof(direct), typeof(viaGRDB) FROM t ORDER BY n") {
                let index: Int = row[0]
                #expect(row[4] as String == row[5] as String, "value \(index)")
                if case .string(let text) = Self.values[index].storage, text.contains("\u{0}") {
                    #expect(row[2] as String == text.utf8.map { String(format: "%02X", $0) }.joined())
                    continue
                }
                #expect(row[2] as String == row[3] as String, "value \(index)")
                #expect(row[1] as DatabaseValue == Self.values[index], "value \(index)")
            }
        }
    }

    @Test func fetchesTheFirstColumnOrNothing() throws {
        let queue = try DatabaseQueue()
        try queue.write { db in
            try db.execute(sql: "CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT, extra INTEGER)")
            try db.execute(sql: "INSERT INTO t VALUES (7, 'a', NULL)")
            let byName = try DirectStatement(db, sql: "SELECT id FROM t WHERE name = ?")
            #expect(try byName.fetchInt64(["a".databaseValue]) == 7)
            #expect(try byName.fetchInt64(["b".databaseValue]) == nil)
            #expect(try byName.fetchInt64(["a".databaseValue]) == 7)
            #expect(try DirectStatement(db, sql: "SELECT extra FROM t WHERE id = ?").fetchInt64([7.databaseValue]) == nil)
        }
    }

    @Test func aConstraintFailureIsGRDBsErrorWithSQLitesMessage() throws {
        let queue = try DatabaseQueue()
        try queue.write { db in
            try db.execute(sql: "CREATE TABLE t (id INTEGER PRIMARY KEY, count INTEGER CHECK (count >= 0))")
            let insert = try DirectStatement(db, sql: "INSERT INTO t (count) VALUES (?)")
            do {
                try insert.execute([(-1).databaseValue])
                Issue.record("a negative count was stored")
            } catch let error as DatabaseError {
                #expect(error.resultCode == .SQLITE_CONSTRAINT)
                #expect(error.message?.contains("CHECK constraint failed") == true)
                #expect(error.sql == "INSERT INTO t (count) VALUES (?)")
            }
            // The statement is usable again after the failure.
            try insert.execute([2.databaseValue])
            #expect(try Int.fetchOne(db, sql: "SELECT count FROM t") == 2)
        }
    }

    @Test func theWrongNumberOfValuesIsRefused() throws {
        let queue = try DatabaseQueue()
        try queue.write { db in
            try db.execute(sql: "CREATE TABLE t (a, b)")
            #expect(throws: DatabaseError.self) {
                try DirectStatement(db, sql: "INSERT INTO t VALUES (?, ?)").execute([1.databaseValue])
            }
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM t") == 0)
        }
    }
}
