import GRDB

/// A programme as people name it on the command line: its grant reference, or its id.
///
/// Two grant references that differ only in case or spacing are the same programme:
/// `ES/N008146/1`, `es/n008146/1` and `ES/N008146/ 1` all find it.
enum ProgrammeReference {
    /// The id of the programme `reference` names; an error naming it when there is none.
    static func id(_ reference: String, in db: Database) throws -> Int64 {
        if let number = Int64(reference),
           let id = try Int64.fetchOne(db.cachedStatement(sql: "SELECT id FROM programme WHERE id = ?"), arguments: [number]) {
            return id
        }
        guard let found = try find(reference, in: db) else { throw RegisterError.notFound(.programme, named: reference) }
        return found.id
    }

    /// The programme whose grant reference is `reference`, exactly or but for case and spacing,
    /// with the reference as the register holds it.
    static func find(_ reference: String, in db: Database) throws -> (id: Int64, reference: String)? {
        if let id = try DirectStatement(db, sql: "SELECT id FROM programme WHERE grant_reference = ?").fetchInt64([reference.databaseValue]) {
            return (id, reference)
        }
        let row = try Row.fetchOne(db.cachedStatement(sql: """
            SELECT id, grant_reference FROM programme WHERE \(ProgrammeReferenceKey.expression) = ? ORDER BY id LIMIT 1
            """), arguments: [key(reference)])
        return row.map { ($0[0], $0[1]) }
    }

    /// What two spellings of one grant reference share: upper case (ASCII, as SQLite's `upper`),
    /// without spaces.
    ///
    /// ```swift
    /// ProgrammeReference.key(" es/n008146/ 1")   // → "ES/N008146/1"
    /// ```
    static func key(_ reference: String) -> String {
        String(decoding: reference.utf8.compactMap { byte -> UInt8? in
            switch byte {
            case UInt8(ascii: " "): nil
            case UInt8(ascii: "a")...UInt8(ascii: "z"): byte - 0x20
            default: byte
            }
        }, as: UTF8.self)
    }
}
