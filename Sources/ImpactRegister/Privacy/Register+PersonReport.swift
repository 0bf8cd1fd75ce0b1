import Foundation
import GRDB

extension Register {
    /// Everything the register holds about one person, found by id or exact name.
    ///
    /// ```swift
    /// let report = try register.personReport("34")
    /// ```
    public func personReport(_ person: String) throws -> PersonReport {
        try database.read { db in
            let places = try PersonPlaces(db, person: try Self.personID(person, db))
            let record = try RecordReader(db: db).fetch(.person, places.personID)
            var fields: [String: String] = [:]
            for (field, value) in record.values { if let value { fields[field.name] = value.text } }
            let text = try places.textPlaces()
            return PersonReport(
                personID: places.personID, person: fields, references: try places.references(),
                testimonials: text.attributions.filter { $0.kind == Kind.testimonial.rawValue },
                attendees: text.attributions.filter { $0.kind == Kind.attendee.rawValue },
                mentions: text.mentions,
                history: try places.historyEntries().map { entry, fields in
                    PersonReport.HistoryMention(
                        entry: entry["id"], at: entry["at"], actor: entry["actor"], kind: entry["kind"],
                        recordID: entry["record_id"], action: entry["action"], fields: fields)
                },
                backups: try knownBackups(db))
        }
    }

    /// A person's id from an id or their exact name; a name two people share is refused.
    static func personID(_ person: String, _ db: Database) throws -> Int64 {
        if let id = Int64(person.trimmed) { return id }
        let ids = try Int64.fetchAll(db, sql: "SELECT id FROM person WHERE name = ? COLLATE NOCASE", arguments: [person.trimmed])
        guard let id = ids.first else { throw RegisterError.notFound(.person, named: person) }
        guard ids.count == 1 else {
            throw RegisterError(.conflict, "\(ids.count) people are named \"\(person)\" (ids \(ids.map(String.init).joined(separator: ", "))): give the id")
        }
        return id
    }

    /// The copies of this register that may hold data erased from it since: those `impact backup`
    /// made, and those made beside it before an update of its schema.
    func knownBackups(_ db: Database) throws -> [String] {
        var paths = try String.fetchAll(db, sql: "SELECT path FROM backup_log ORDER BY id")
        let folder = (path as NSString).deletingLastPathComponent
        let prefix = (path as NSString).lastPathComponent + ".before-update-"
        let beside = (try? FileManager.default.contentsOfDirectory(atPath: folder.isEmpty ? "." : folder)) ?? []
        paths += beside.filter { $0.hasPrefix(prefix) && $0.hasSuffix(".bak") }.sorted().map { (folder as NSString).appendingPathComponent($0) }
        return paths.filter { FileManager.default.fileExists(atPath: $0) }
    }
}
