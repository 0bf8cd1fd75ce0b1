import GRDB

/// Writes one file's records: each is added, or, when the register already holds it
/// (see ``RecordIdentity``), updated if something changed and otherwise left alone.
struct RecordUpserter {
    let db: Database
    let context: ChangeContext
    let path: String
    /// The source ids the register holds (see ``KnownSourceIDs``); the records written are added.
    var known: KnownSourceIDs? = nil

    /// Writes `records`; `prepared` holds their fields as the parsing threads checked them,
    /// one per record (see ``PreparedFields``).
    func write(_ records: [ImportedRecord], prepared: [Result<PreparedFields, RegisterError>], into report: ImportReport.File) throws -> ImportReport.File {
        var report = report
        var ids: [String: Int64] = [:]
        let lastFlag = try Int64.fetchOne(db.cachedStatement(sql: "SELECT coalesce(max(id), 0) FROM flag")) ?? 0
        let tally = OutcomeCounts.Tally()
        let labels = ReferenceLabels()
        for (index, record) in records.enumerated() {
            do {
                let checked = try prepared[index].get()
                // References to records of the same file are known only now. Only the fields
                // left for the register (`remaining`) can hold one.
                var fields = record.fields
                var remaining = checked.remaining
                for (name, value) in checked.remaining where Self.isReference(record.kind.field(named: name)) && value.utf8.contains(UInt8(ascii: "@")) {
                    let resolved = try resolve(value, ids, record)
                    fields[name] = resolved
                    remaining[name] = resolved
                }
                let ready = PreparedFields(write: checked.write, remaining: remaining)
                var writer = RecordWriter(db: db, context: context)
                writer.sourceID = record.sourceID
                writer.replacesLinks = false
                writer.tally = tally
                // Outcomes share the labels looked up; any other record may change one (a
                // programme's grant reference, a person's name), so they are looked up again.
                if record.kind.isOutcome { writer.labels = labels } else { labels.removeAll() }
                let id: Int64
                if let existing = try RecordIdentity(db: db, known: known).existing(record, fields: fields) {
                    id = existing
                    // An update writes nothing when nothing it shows would change (see RecordWriter).
                    let (kept, given) = try keepingSpelling(record.kind, existing, ready, given: Set(fields.keys))
                    if try writer.update(record.kind, existing, kept, given: given) {
                        report.updated += 1
                    } else {
                        report.unchanged += 1
                    }
                } else {
                    id = try writer.insert(record.kind, ready)
                    if let sourceID = record.sourceID { known?.add(record.kind, sourceID) }
                    report.added += 1
                }
                if let key = record.key { ids[key] = id }
            } catch let error as RegisterError {
                throw ImportError(file: path, line: record.line, text: record.fields[record.kind.labelField], reason: error.message)
            }
        }
        try tally.write(db)
        for row in try Row.fetchAll(db.cachedStatement(sql: "SELECT problem, count(*) FROM flag WHERE id > ? GROUP BY problem"), arguments: [lastFlag]) {
            let count: Int = row[1]
            report.flagged += count
            report.flags[row[0], default: 0] += count
        }
        return report
    }

    /// A programme found again under another spelling of its grant reference (`es/n008146/1`
    /// for `ES/N008146/1`, see ``ProgrammeReference``) keeps the spelling it has: a file does
    /// not rewrite what the register's users type.
    private func keepingSpelling(_ kind: Kind, _ id: Int64, _ ready: PreparedFields, given: Set<String>) throws -> (PreparedFields, Set<String>) {
        guard kind == .programme, case .string(let reference)? = ready.write.columns["grant_reference"]?.storage,
              let held = try String.fetchOne(db.cachedStatement(sql: "SELECT grant_reference FROM programme WHERE id = ?"), arguments: [id]),
              held != reference, ProgrammeReference.key(held) == ProgrammeReference.key(reference) else { return (ready, given) }
        var write = ready.write
        write.columns["grant_reference"] = nil
        write.shown["grant-reference"] = nil
        return (PreparedFields(write: write, remaining: ready.remaining), given.subtracting(["grant-reference"]))
    }

    private static func isReference(_ field: FieldSpec?) -> Bool {
        switch field?.type {
        case .reference?, .links?: true
        default: false
        }
    }

    /// Replaces `@key` references in a field's text with the ids of records written earlier
    /// from the same file.
    private func resolve(_ value: String, _ ids: [String: Int64], _ record: ImportedRecord) throws -> String {
        try value.split(separator: ";").map { part -> String in
            let reference = part.trimmed
            guard reference.hasPrefix("@") else { return reference }
            guard let id = ids[String(reference.dropFirst())] else {
                throw ImportError(file: path, line: record.line, text: reference, reason: "refers to a record the file does not define")
            }
            return String(id)
        }.joined(separator: ";")
    }
}
