import Foundation
import GRDB

/// Where one person appears in the register, found through the field declarations: every
/// field that refers to a person, every link to one, every text field that names them, and the
/// history. Used by the subject access report and by the erasure.
struct PersonPlaces {
    let db: Database
    let personID: Int64
    let name: String
    let orcid: String?
    let match: NameMatch

    init(_ db: Database, person id: Int64) throws {
        guard let row = try Row.fetchOne(db, sql: "SELECT name, orcid FROM person WHERE id = ?", arguments: [id]) else {
            throw RegisterError.notFound(.person, id)
        }
        self.db = db
        personID = id
        name = row["name"]
        orcid = row["orcid"]
        // Names and iDs the record held before, from its own history.
        var former: [String] = []
        for values in try String.fetchAll(db, sql: "SELECT old_values FROM history WHERE kind = 'person' AND record_id = ? AND old_values IS NOT NULL", arguments: [id]) {
            let old = HistoryValues.decode(values)
            former += [old["name"], old["orcid"]].compactMap { $0 }
        }
        match = NameMatch(name: name, orcid: orcid, formerNames: former)
        match.install(in: db)
    }

    /// Records whose reference or link fields point at the person.
    func references() throws -> [PersonReport.Place] {
        var places: [PersonReport.Place] = []
        for kind in Kind.allCases {
            for field in kind.fields {
                switch field.type {
                case .reference(.person):
                    let sql = "SELECT \(RecordReader.idColumn(kind)) FROM \(kind.table) d WHERE d.\"\(field.column)\" = ?"
                    for id in try Int64.fetchAll(db, sql: sql, arguments: [personID]) {
                        places.append(.init(kind: kind.rawValue, id: id, field: field.name, value: "person \(personID)"))
                    }
                case .links(let spec):
                    guard case .kind(.person) = spec.target else { continue }
                    var sql = "SELECT \(spec.ownerColumn) FROM \(spec.table) WHERE \(spec.targetColumn) = ?"
                    var arguments: StatementArguments = [personID]
                    if let role = spec.role {
                        sql += " AND role = ?"
                        arguments += [role]
                    }
                    for id in try Int64.fetchAll(db, sql: sql, arguments: arguments) {
                        places.append(.init(kind: kind.rawValue, id: id, field: field.name, value: "person \(personID)"))
                    }
                default:
                    continue
                }
            }
        }
        return places
    }

    /// Text fields that name the person, of every kind; `attributions` are the fields that say
    /// who a record is by (a testimonial's giver, a named attendee), kept apart from free text.
    func textPlaces() throws -> (attributions: [PersonReport.Place], mentions: [PersonReport.Place]) {
        var attributions: [PersonReport.Place] = []
        var mentions: [PersonReport.Place] = []
        for kind in Kind.allCases {
            for field in kind.fields {
                guard case .text = field.type else { continue }
                if kind == .person && field.name == "name" { continue }
                let sql = "SELECT \(RecordReader.idColumn(kind)) AS id, d.\"\(field.column)\" AS text FROM \(kind.table) d WHERE impact_mentions(d.\"\(field.column)\")"
                for row in try Row.fetchAll(db, sql: sql) {
                    let place = PersonReport.Place(kind: kind.rawValue, id: row["id"], field: field.name, value: row["text"])
                    if Self.attributionFields.contains(where: { $0 == (kind, field.name) }) {
                        attributions.append(place)
                    } else {
                        mentions.append(place)
                    }
                }
            }
        }
        return (attributions, mentions)
    }

    /// The fields that attribute a record to a named person rather than mention one.
    static let attributionFields: [(Kind, String)] = [(.testimonial, "given-by"), (.attendee, "name")]

    /// History entries that mention the person, or that are the person record's own.
    func historyEntries() throws -> [(row: Row, fields: [String])] {
        let rows = try Row.fetchAll(db, sql: """
            SELECT id, at, actor, kind, record_id, action, old_values, new_values FROM history
            WHERE impact_mentions(old_values) OR impact_mentions(new_values) OR (kind = 'person' AND record_id = ?)
            ORDER BY id
            """, arguments: [personID])
        return rows.map { row in
            var fields = Set<String>()
            let own = (row["kind"] as String) == Kind.person.rawValue && (row["record_id"] as Int64) == personID
            for column in ["old_values", "new_values"] {
                for (key, value) in HistoryValues.decode(row[column]) where own || match.matches(value) { fields.insert(key) }
            }
            return (row, fields.sorted())
        }
    }
}

/// The JSON object of field name → text that a history entry stores.
enum HistoryValues {
    static func decode(_ text: String?) -> [String: String] {
        guard let text else { return [:] }
        return (try? JSONDecoder().decode([String: String].self, from: Data(text.utf8))) ?? [:]
    }
}
