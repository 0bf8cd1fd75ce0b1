import GRDB

/// The records that removing one record takes with it or changes, found from the schema's
/// foreign keys and the kinds' link fields.
///
/// SQLite carries out these effects itself (`ON DELETE CASCADE`, `ON DELETE SET NULL`, link
/// rows removed with the outcome they point at), so no history entry would say the other records
/// changed. `RecordWriter.delete` uses this list to give each of them its own entry: removing a
/// seminar removes its attendance counts, attendees, speakers and measures one by one, and an
/// engagement that named the seminar gets an update. With every change in the history, the
/// values a record was added with can be worked out from it (see ``HistoryEntry``).
struct Dependants {
    /// Records removed along with the record (`ON DELETE CASCADE`).
    var removed: [(kind: Kind, id: Int64)] = []
    /// Records that stay but lose their reference or link to it.
    var changed: [(kind: Kind, id: Int64)] = []

    /// No dependants.
    init() {}

    init(db: Database, of kind: Kind, _ id: Int64) throws {
        let table = kind.isOutcome ? "outcome" : kind.table
        for other in Kind.allCases {
            let key = other.isOutcome ? "outcome_id" : "id"
            for foreignKey in try ForeignKey.all(db, from: other.table) where foreignKey.table == table {
                // An outcome's detail row is the outcome itself, not a dependant.
                guard foreignKey.column != key else { continue }
                let ids = try Int64.fetchAll(db, sql: "SELECT \(key) FROM \(other.table) WHERE \"\(foreignKey.column)\" = ?", arguments: [id])
                switch foreignKey.onDelete {
                case "CASCADE": removed += ids.map { (other, $0) }
                case "SET NULL": changed += ids.map { (other, $0) }
                default: break  // RESTRICT or NO ACTION: the removal is refused while they exist.
                }
            }
            for field in other.fields {
                guard case .links(let spec) = field.type, Self.points(spec, at: kind) else { continue }
                let owners = try Int64.fetchAll(db, sql: "SELECT DISTINCT \(spec.ownerColumn) FROM \(spec.table) WHERE \(spec.targetColumn) = ?", arguments: [id])
                changed += owners.map { (other, $0) }
            }
        }
        // Two link fields may share a table (a programme's investigators, by role).
        var seen = Set(removed.map { "\($0.kind.rawValue) \($0.id)" })
        changed = changed.filter { seen.insert("\($0.kind.rawValue) \($0.id)").inserted }
    }

    /// Records whose values follow a change to the record's key (`ON UPDATE CASCADE`: persons
    /// and attendance counts name a stakeholder group by its code), for `RecordWriter.update`.
    init(db: Database, followingChangesTo kind: Kind, _ id: Int64) throws {
        guard !kind.isOutcome else { return }
        for other in Kind.allCases where !other.isOutcome {
            for foreignKey in try ForeignKey.all(db, from: other.table) where foreignKey.table == kind.table && foreignKey.onUpdate == "CASCADE" {
                let ids = try Int64.fetchAll(db, sql: """
                    SELECT id FROM \(other.table) WHERE "\(foreignKey.column)" = (SELECT "\(foreignKey.target)" FROM \(kind.table) WHERE id = ?)
                    """, arguments: [id])
                changed += ids.map { (other, $0) }
            }
        }
    }

    private static func points(_ spec: LinkSpec, at kind: Kind) -> Bool {
        switch spec.target {
        case .outcome: kind.isOutcome
        case .kind(let target): target == kind
        }
    }
}
