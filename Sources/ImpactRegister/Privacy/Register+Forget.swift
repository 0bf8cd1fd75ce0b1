import Foundation
import GRDB

extension Register {
    /// The name an erased person's record carries from then on.
    public static let withheldPerson = "a person (name withheld)"

    /// Erases a person's data (UK GDPR article 17): their name and identifiers leave their record,
    /// every record that names them and the history; afterwards the register's file, its
    /// write-ahead log and its free pages hold no byte of them. Records that point at the person
    /// (a speaker, a programme's investigator) keep pointing at the record, which now reads
    /// "a person (name withheld)", so counts do not change.
    ///
    /// One transaction: on any error nothing is changed. Testimonials they gave and free text that
    /// names them need a decision (``ErasureOptions``); without one the erasure is refused with
    /// the list of places, and nothing is changed.
    ///
    /// ```swift
    /// let erasure = try register.forget(person: "34", reason: "request of 2026-12-01",
    ///                                   options: ErasureOptions(testimonials: .roleOnly, freeText: .redact))
    /// ```
    @discardableResult
    public func forget(person: String, reason: String, options: ErasureOptions = ErasureOptions(), context: ChangeContext = .typed()) throws -> Erasure {
        guard !reason.trimmed.isEmpty else {
            throw RegisterError(.missingField, "an erasure needs --reason: why the data is erased (e.g. \"request of 2026-12-01\"); the history keeps it")
        }
        try database.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA secure_delete = ON") }
        let erasure = try database.write { db in
            try Self.erase(db, person: try Self.personID(person, db), reason: reason.trimmed, options: options, context: context, backups: try knownBackups(db))
        }
        try wipeFreedBytes()
        return erasure
    }

    private static func erase(_ db: Database, person id: Int64, reason: String, options: ErasureOptions, context: ChangeContext, backups: [String]) throws -> Erasure {
        let places = try PersonPlaces(db, person: id)
        guard places.name != withheldPerson else {
            throw RegisterError(.conflict, "person \(id)'s data was already erased: `impact history person \(id)` shows when")
        }
        guard !places.match.matches(reason) else {
            throw RegisterError(.invalidValue, "--reason names the person; the history keeps the reason, so write it without their name or identifiers")
        }
        let text = try places.textPlaces()
        let testimonials = text.attributions.filter { $0.kind == Kind.testimonial.rawValue }
        let attendees = text.attributions.filter { $0.kind == Kind.attendee.rawValue }
        try requireDecisions(options, person: id, testimonials: testimonials, freeText: text.mentions)
        let references = try places.references()
        let writer = RecordWriter(db: db, context: context)
        var toRole: [Int64] = []
        var removed: [Int64] = []
        for testimonial in Set(testimonials.map(\.id)).sorted() {
            if options.testimonials == .remove {
                _ = try writer.delete(.testimonial, testimonial)
                removed.append(testimonial)
            } else {
                let role = try String.fetchOne(db, sql: "SELECT role FROM testimonial WHERE id = ?", arguments: [testimonial])
                let attribution = role.map { places.match.redacting($0).trimmed }.flatMap { $0.isEmpty ? nil : $0 } ?? "a contributor"
                _ = try writer.update(.testimonial, testimonial, ["given-by": attribution, "role": "", "organisation": ""])
                toRole.append(testimonial)
            }
        }
        let attendeeIDs = Set(attendees.map(\.id)).sorted()
        for attendee in attendeeIDs { _ = try writer.delete(.attendee, attendee) }
        if options.freeText == .redact {
            for place in text.mentions where !removed.contains(place.id) || place.kind != Kind.testimonial.rawValue {
                guard let kind = Kind(rawValue: place.kind) else { continue }
                _ = try writer.update(kind, place.id, [place.field: places.match.redacting(place.value)])
            }
        }
        _ = try writer.update(.person, id, ["name": withheldPerson, "orcid": "", "affiliation": ""])
        for flag in try Row.fetchAll(db, sql: "SELECT id, value FROM flag WHERE impact_mentions(value)") {
            try db.execute(sql: "UPDATE flag SET value = ? WHERE id = ?", arguments: [places.match.redacting(flag["value"]), flag["id"] as Int64])
        }
        let scrubbed = try HistoryScrubber(db: db, match: places.match, reason: reason).scrub(person: id)
        try History.record(
            db, context, kind: .person, id: id, action: .update, old: nil,
            new: ["erasure": "a person's data was erased on \(context.timestamp) by \(context.actor) for: \(reason)"], source: nil)
        try requireNoTrace(db, places.match, keeping: options.freeText == .keep ? text.mentions : [])
        return Erasure(
            personID: id, references: references, testimonialsAttributedToRole: toRole, testimonialsRemoved: removed,
            attendeesRemoved: attendeeIDs, freeText: text.mentions, freeTextRedacted: options.freeText == .redact,
            historyEntriesScrubbed: scrubbed, backups: backups)
    }

    /// Refuses an erasure that needs a decision the options do not give, naming the places.
    private static func requireDecisions(_ options: ErasureOptions, person id: Int64, testimonials: [PersonReport.Place], freeText: [PersonReport.Place]) throws {
        if !testimonials.isEmpty, options.testimonials == nil {
            let ids = Set(testimonials.map(\.id)).sorted().map(String.init).joined(separator: ", ")
            throw RegisterError(.missingField, "person \(id) gave testimonial \(ids): add --testimonials role-only to keep them attributed to the giver's role alone (e.g. \"a carer\"), or --testimonials remove if even the role would identify them; nothing was erased")
        }
        if !freeText.isEmpty, options.freeText == nil {
            let places = freeText.map { "\($0.kind) \($0.id) --\($0.field)" }.joined(separator: ", ")
            throw RegisterError(.missingField, "free text names person \(id) in \(places): add --free-text redact to replace the name with \"\(NameMatch.marker)\", or --free-text keep to leave that text as it is; nothing was erased")
        }
    }

    /// Checks, before the transaction commits, that the name and identifiers are nowhere in the
    /// register but where the user chose to keep them; otherwise nothing is erased.
    private static func requireNoTrace(_ db: Database, _ match: NameMatch, keeping kept: [PersonReport.Place]) throws {
        let keptTables = Set(kept.compactMap { Kind(rawValue: $0.kind)?.table })
        for table in try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'") {
            for column in try Row.fetchAll(db, sql: "SELECT name, type FROM pragma_table_info(?)", arguments: [table]) {
                let name: String = column["name"]
                let count = try Int.fetchOne(db, sql: "SELECT count(*) FROM \"\(table)\" WHERE impact_mentions(\"\(name)\")") ?? 0
                guard count > 0, !keptTables.contains(table) else { continue }
                throw RegisterError(.conflict, "the erasure would leave the name in \(table).\(name) (\(count) row\(count == 1 ? "" : "s")); nothing was erased: please report this")
            }
        }
    }

    /// Copies the write-ahead log into the file and empties it, then rebuilds the file so that no
    /// free page keeps old bytes; SQLite's secure deletion has already zeroed what was deleted.
    func wipeFreedBytes() throws {
        try database.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)")
            try db.execute(sql: "VACUUM")
            try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)")
        }
    }
}
