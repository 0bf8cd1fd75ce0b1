import GRDB

/// A programme as people name it on the command line: its grant reference, or its id.
enum ProgrammeReference {
    /// The id of the programme `reference` names; an error naming it when there is none.
    static func id(_ reference: String, in db: Database) throws -> Int64 {
        guard let id = try Int64.fetchOne(db, sql: "SELECT id FROM programme WHERE grant_reference = ? OR id = ?", arguments: [reference, Int64(reference)]) else {
            throw RegisterError.notFound(.programme, named: reference)
        }
        return id
    }
}
