import Foundation
import GRDB

/// Adds, changes and removes records of any kind inside one transaction, recording
/// provenance, flags and history as it goes.
struct RecordWriter {
    let db: Database
    let context: ChangeContext
    var sourceID: String? = nil
    /// Whether link fields given to ``update(_:_:_:)`` replace the existing links or add to them
    /// (an import attributes an outcome to one more programme without dropping the others).
    var replacesLinks = true
    /// Where added outcomes are counted when the caller writes the counts itself (an import, once
    /// per file); nil adjusts the register's counts with each insert.
    var tally: OutcomeCounts.Tally? = nil
    /// Labels of referenced records looked up already (see ``ReferenceLabels``).
    var labels: ReferenceLabels? = nil

    /// Adds a record from field texts keyed by field name; returns its id.
    @discardableResult
    func insert(_ kind: Kind, _ fields: [String: String]) throws -> Int64 {
        try insert(kind, PreparedFields.prepare(kind, fields, context: context))
    }

    /// Adds a record from fields already prepared (see ``PreparedFields``); returns its id.
    @discardableResult
    func insert(_ kind: Kind, _ prepared: PreparedFields) throws -> Int64 {
        var write = try prepared.resolved(kind, context: context, db: db, labels: labels)
        if kind == .seminar, (write.columns["type"] ?? .null).isNull {
            // An event given no type is a seminar, as every event was before types (the column's default).
            write.columns["type"] = "seminar".databaseValue
            write.shown["type"] = "seminar"
        }
        for field in kind.fields where field.isRequired {
            if case .links(let spec) = field.type {
                if write.targets(of: spec)?.isEmpty ?? true { throw RegisterError.missingField(field, of: kind) }
            } else if (write.columns[field.column] ?? .null).isNull {
                guard keepsMissing(kind, field) else { throw RegisterError.missingField(field, of: kind) }
                write.columns[field.column] = MissingValue.marker.databaseValue
                write.shown[field.name] = MissingValue.marker
                write.flags.append(.init(field: field.name, value: nil, problem: FlagProblem.missingValue.rawValue))
            }
        }
        if kind == .programme { try refuseSameGrantReference(write, for: nil) }
        let placeholder = isPlaceholder(kind, write)
        // Left out of exports, as a placeholder is, while a flag that withholds it remains.
        let withheld = placeholder || write.flags.contains { FlagProblem(rawValue: $0.problem)?.withholds == true }
        let id = try insertRow(kind, write.columns, placeholder: withheld)
        try writeLinks(write.links, owner: id, replacing: false)
        try writeFlags(kind, id, write, placeholder: placeholder)
        #if DEBUG
        // The values as written are what a read-back shows, so the record itself holds them.
        let after = write.shown.filter { !$0.value.isEmpty }
        let stored = try RecordReader(db: db).fetch(kind, id).historyValues.filter { !$0.value.isEmpty }
        assert(stored == after, "a new \(kind.rawValue) reads back differently from what was written: \(after) ≠ \(stored)")
        #endif
        // The entry names the record without repeating its values (see `History.entries`).
        try History.record(db, context, kind: kind, id: id, action: .insert, old: nil, new: nil, source: sourceID)
        return id
    }

    /// Changes the given fields of a record; fields not given keep their values.
    /// Returns whether any value changed.
    @discardableResult
    func update(_ kind: Kind, _ id: Int64, _ fields: [String: String]) throws -> Bool {
        let fields = CountPhrases.expand(kind, fields)
        return try update(kind, id, PreparedFields.prepare(kind, fields, context: context), given: Set(fields.keys))
    }

    /// Changes the given fields of a record from fields already prepared; `given` names them.
    @discardableResult
    func update(_ kind: Kind, _ id: Int64, _ prepared: PreparedFields, given: Set<String>) throws -> Bool {
        let before = try RecordReader(db: db).fetch(kind, id)
        let shownBefore = before.historyValues
        var write = try prepared.resolved(kind, context: context, db: db, labels: labels)
        var given = given
        for field in kind.fields where field.isRequired && given.contains(field.name) {
            if case .links = field.type {
                if write.links.allSatisfy({ $0.targets.isEmpty }) { throw RegisterError.missingField(field, of: kind) }
            } else if (write.columns[field.column] ?? .null).isNull {
                guard keepsMissing(kind, field) else { throw RegisterError.missingField(field, of: kind) }
                // The source says nothing of it now: the record keeps the value it has.
                given.remove(field.name)
                write.columns[field.column] = nil
                write.shown[field.name] = nil
            }
        }
        // A record that would show the same afterwards is left exactly as it is: an import meets
        // thousands of shared records again unchanged, and writing them in a savepoint to roll
        // back was 8 % of an import.
        guard wouldChange(kind, write, given: given, before: before, shown: shownBefore) else { return false }
        if kind == .programme { try refuseSameGrantReference(write, for: id) }
        let followers = kind.isOutcome ? Dependants() : try Dependants(db: db, followingChangesTo: kind, id)
        let following = try followers.changed.map { try RecordReader(db: db).fetch($0.kind, $0.id).historyValues }
        var columns = write.columns
        columns["updated_at"] = context.timestamp.databaseValue
        columns["updated_by"] = context.actor.databaseValue
        // A new text decides afresh whether the outcome is only a placeholder: `impact check`
        // tells the PI to write the real text with `impact edit`, and that must count.
        let placeholder = kind.isOutcome && given.contains(kind.labelField) ? isPlaceholder(kind, write) : nil
        if let placeholder { columns["placeholder"] = (placeholder ? 1 : 0).databaseValue }
        let (detail, base) = split(kind, columns)
        if !detail.isEmpty { try updateRow(kind.table, key: kind.isOutcome ? "outcome_id" : "id", id, detail) }
        if kind.isOutcome { try updateRow("outcome", key: "id", id, base) }
        try writeLinks(write.links, owner: id, replacing: replacesLinks)
        // The given fields' flags are those of their new values.
        try DirectStatement(db, sql: "DELETE FROM flag WHERE kind = ? AND record_id = ? AND field IN (SELECT value FROM json_each(?))")
            .execute([kind.rawValue.databaseValue, id.databaseValue, JSONText.array(given.sorted()).databaseValue])
        try writeFlags(kind, id, write, placeholder: placeholder)
        try rewithhold(kind, id)
        for (follower, previous) in zip(followers.changed, following) {
            _ = try recordChanges(follower.kind, follower.id, since: previous)
        }
        // What the record shows now follows from what it showed and what was written: reading
        // it back for each of the 23,000 records an import of 20,000 projects meets again was
        // about a twentieth of the import. Debug builds read it back and compare.
        let after = shownAfter(kind, before: before, shown: shownBefore, write, given: given)
        #if DEBUG
        let stored = try RecordReader(db: db).fetch(kind, id).historyValues
        assert(stored == after, "an updated \(kind.rawValue) reads back differently from what was written: \(after) ≠ \(stored)")
        #endif
        let changed = try recordChanges(kind, id, from: shownBefore, to: after)
        assert(changed, "a \(kind.rawValue) update was expected to change what the record shows")
        return changed
    }

    /// What a record shows after `write` of the `given` fields: each given field's value as
    /// shown (see ``FieldWrite/shown``), a link field's targets merged with those it had unless
    /// they are replaced; every other field as `before` showed it (`shown`).
    private func shownAfter(_ kind: Kind, before: StoredRecord, shown: [String: String], _ write: FieldWrite, given: Set<String>) -> [String: String] {
        var values = shown
        for field in kind.fields where given.contains(field.name) {
            if case .links(let spec) = field.type {
                var targets = replacesLinks ? [] : before.targets(field.name)
                for target in write.targets(of: spec) ?? [] where !targets.contains(where: { $0.id == target.id }) {
                    targets.append(target)
                }
                values[field.name] = targets.sorted { $0.id < $1.id }.map(\.label).joined(separator: "; ")
            } else {
                values[field.name] = write.shown[field.name, default: ""]
            }
        }
        return values
    }

    /// Whether writing `write` would change what the record shows (its history values): each
    /// given field's value as it would be shown (see ``FieldWrite/shown``) against the value
    /// shown now (`shown`); for a link field, the targets it would have against those it has.
    private func wouldChange(_ kind: Kind, _ write: FieldWrite, given: Set<String>, before: StoredRecord, shown previous: [String: String]) -> Bool {
        for field in kind.fields where given.contains(field.name) {
            if case .links(let spec) = field.type {
                let now = Set(before.targets(field.name).map(\.id))
                let given = Set(write.targets(of: spec)?.map(\.id) ?? [])
                if replacesLinks ? given != now : !given.isSubset(of: now) { return true }
            } else if write.shown[field.name, default: ""] != previous[field.name, default: ""] {
                return true
            }
        }
        return false
    }

    /// Adds a history entry with the values of a record that differ from `previous`; returns
    /// whether any did.
    private func recordChanges(_ kind: Kind, _ id: Int64, since previous: [String: String]) throws -> Bool {
        try recordChanges(kind, id, from: previous, to: RecordReader(db: db).fetch(kind, id).historyValues)
    }

    /// Adds a history entry with the values of `current` that differ from `previous`; returns
    /// whether any did.
    private func recordChanges(_ kind: Kind, _ id: Int64, from previous: [String: String], to current: [String: String]) throws -> Bool {
        let changed = current.filter { previous[$0.key, default: ""] != $0.value }
        if !changed.isEmpty {
            let old = previous.filter { changed[$0.key] != nil }
            try History.record(db, context, kind: kind, id: id, action: .update, old: old, new: changed, source: sourceID)
        }
        return !changed.isEmpty
    }

    /// Removes a record; refuses when other records still depend on it. Records removed with it
    /// (a seminar's attendance and speakers) and records that lose a reference or link to it
    /// each get their own history entry (see ``Dependants``).
    @discardableResult
    func delete(_ kind: Kind, _ id: Int64) throws -> Removal {
        let before = try RecordReader(db: db).fetch(kind, id)
        let dependants = try Dependants(db: db, of: kind, id)
        var removal = Removal()
        for removed in dependants.removed {
            let nested = try delete(removed.kind, removed.id)
            removal.removed += [removed] + nested.removed
            removal.changed += nested.changed
        }
        let changing = try dependants.changed.map { try RecordReader(db: db).fetch($0.kind, $0.id).historyValues }
        let table = kind.isOutcome ? "outcome" : kind.table
        do {
            try db.cachedStatement(sql: "DELETE FROM \(table) WHERE id = ?").execute(arguments: [id])
            if kind.isOutcome { try OutcomeCounts.adjust(db, kind, by: -1) }
            try db.cachedStatement(sql: "DELETE FROM flag WHERE kind = ? AND record_id = ?").execute(arguments: [kind.rawValue, id])
        } catch let error as DatabaseError where error.resultCode == .SQLITE_CONSTRAINT {
            throw RegisterError(.conflict, "the \(kind.title) \(id) is still used by other records (for example seminars, speakers or outcomes); remove or change those first")
        }
        for (dependant, previous) in zip(dependants.changed, changing) {
            if try recordChanges(dependant.kind, dependant.id, since: previous) { removal.changed.append(dependant) }
        }
        try History.record(db, context, kind: kind, id: id, action: .delete, old: before.historyValues.filter { !$0.value.isEmpty }, new: nil, source: sourceID)
        return removal
    }

    // MARK: - Parsing

    /// Refuses a grant reference that another programme has already, but for case or spacing:
    /// they are the same programme (see ``ProgrammeReference``).
    private func refuseSameGrantReference(_ write: FieldWrite, for id: Int64?) throws {
        guard case .string(let reference)? = write.columns["grant_reference"]?.storage,
              let other = try ProgrammeReference.find(reference, in: db), other.id != id else { return }
        let spelling = other.reference == reference ? "" : ", which differs from \"\(reference)\" only in case or spacing: they are the same programme"
        throw RegisterError(.conflict, "the programme was not saved: programme \(other.id) already has --grant-reference \(other.reference)\(spelling) (`impact show programme \(other.id)`)")
    }

    /// Whether a required field the source left out is kept as ``MissingValue/marker`` and
    /// flagged rather than refused: for a funder's outcome read by an import, whose other
    /// fields and file are worth keeping. A person typing is asked for the value instead.
    private func keepsMissing(_ kind: Kind, _ field: FieldSpec) -> Bool {
        guard context.strictness == .keepAndFlag, kind.isOutcome else { return false }
        switch field.type {
        case .text, .vocabulary: return true
        default: return false
        }
    }

    /// Marks an outcome as left out of exports exactly when a flag that withholds it remains
    /// (see ``FlagProblem/withholds``): correcting the last such field with `impact edit`
    /// brings it back.
    private func rewithhold(_ kind: Kind, _ id: Int64) throws {
        guard kind.isOutcome else { return }
        try DirectStatement(db, sql: """
            UPDATE outcome SET placeholder = EXISTS (SELECT 1 FROM flag WHERE kind = ? AND record_id = ? AND problem IN (\(FlagProblem.withholdingSQL)))
            WHERE id = ?
            """).execute([kind.rawValue.databaseValue, id.databaseValue, id.databaseValue])
    }

    private func isPlaceholder(_ kind: Kind, _ write: FieldWrite) -> Bool {
        guard kind.isOutcome, let field = kind.field(named: kind.labelField) else { return false }
        guard case .string(let text)? = write.columns[field.column]?.storage else { return false }
        return Placeholder.isPlaceholder(text)
    }

    // MARK: - Rows

    /// The provenance columns every new row gets, in the order of ``provenanceValues()``.
    private static let provenanceColumns = ["origin", "source_file", "source_id", "created_at", "created_by", "updated_at", "updated_by"]

    private func provenanceValues() -> [DatabaseValue] {
        [
            context.origin.rawValue.databaseValue, context.sourceFile.databaseValue, sourceID.databaseValue,
            context.timestamp.databaseValue, context.actor.databaseValue,
            context.timestamp.databaseValue, context.actor.databaseValue,
        ]
    }

    /// An outcome's shared row: its provenance, kind and placeholder mark. The columns never
    /// vary, so the row is written without naming them again for each outcome.
    private static let outcomeInsertSQL = InsertSQL.text("outcome", columns: provenanceColumns + ["kind", "placeholder"])

    private func split(_ kind: Kind, _ columns: [String: DatabaseValue]) -> (detail: [String: DatabaseValue], base: [String: DatabaseValue]) {
        guard kind.isOutcome else { return (columns, [:]) }
        let baseNames: Set<String> = ["origin", "source_file", "source_id", "created_at", "created_by", "updated_at", "updated_by", "placeholder"]
        return (columns.filter { !baseNames.contains($0.key) }, columns.filter { baseNames.contains($0.key) })
    }

    private func insertRow(_ kind: Kind, _ columns: [String: DatabaseValue], placeholder: Bool) throws -> Int64 {
        do {
            if kind.isOutcome {
                try DirectStatement(db, sql: Self.outcomeInsertSQL)
                    .execute(provenanceValues() + [kind.rawValue.databaseValue, (placeholder ? 1 : 0).databaseValue])
                let id = db.lastInsertedRowID
                if let tally { tally.add(kind) } else { try OutcomeCounts.adjust(db, kind, by: 1) }
                _ = try insertRow(into: kind.table, columns, first: ("outcome_id", id.databaseValue))
                return id
            }
            var row = columns
            for (name, value) in zip(Self.provenanceColumns, provenanceValues()) { row[name] = value }
            return try insertRow(into: kind.table, row)
        } catch let error as DatabaseError where error.resultCode == .SQLITE_CONSTRAINT {
            throw ConstraintMessage.error(error, kind: kind, values: columns)
        }
    }

    /// Inserts a row of `columns`, and `first` before them when given (a column they lack).
    private func insertRow(into table: String, _ columns: [String: DatabaseValue], first: (String, DatabaseValue)? = nil) throws -> Int64 {
        assert(first.map { columns[$0.0] == nil } ?? true, "\(table) row given \(first!.0) twice")
        let names = columns.keys.sorted()
        var values: [DatabaseValue] = []
        values.reserveCapacity(names.count + 1)
        if let first { values.append(first.1) }
        for name in names { values.append(columns[name] ?? .null) }
        try DirectStatement(db, sql: InsertSQL.text(table, columns: first.map { [$0.0] + names } ?? names)).execute(values)
        return db.lastInsertedRowID
    }

    private func updateRow(_ table: String, key: String, _ id: Int64, _ columns: [String: DatabaseValue]) throws {
        let names = columns.keys.sorted()
        let sql = "UPDATE \(table) SET \(names.map { "\(quoted($0)) = ?" }.joined(separator: ", ")) WHERE \(key) = ?"
        do {
            try db.cachedStatement(sql: sql).execute(arguments: StatementArguments(values: names.map { columns[$0] ?? .null } + [id.databaseValue]))
        } catch let error as DatabaseError where error.resultCode == .SQLITE_CONSTRAINT {
            throw ConstraintMessage.error(error, kind: Kind(rawValue: table.replacingOccurrences(of: "_", with: "-")) ?? .programme, values: columns)
        }
    }

    private func writeLinks(_ links: [(spec: LinkSpec, targets: [(id: Int64, label: String)])], owner: Int64, replacing: Bool) throws {
        for (spec, targets) in links {
            let roleClause = spec.role == nil ? "" : " AND role = ?"
            var roleArgument: [DatabaseValue] = []
            if let role = spec.role { roleArgument = [role.databaseValue] }
            if replacing {
                try db.cachedStatement(sql: "DELETE FROM \(spec.table) WHERE \(spec.ownerColumn) = ?\(roleClause)")
                    .execute(arguments: StatementArguments(values: [owner.databaseValue] + roleArgument))
            }
            let statement = try DirectStatement(db, sql: spec.insertSQL)
            for target in targets {
                try statement.execute([owner.databaseValue, target.id.databaseValue] + roleArgument)
            }
        }
    }

    private func writeFlags(_ kind: Kind, _ id: Int64, _ write: FieldWrite, placeholder: Bool?) throws {
        var flags = write.flags
        if placeholder == true { flags.append(.init(field: kind.labelField, value: nil, problem: "placeholder")) }
        for flag in flags {
            try DirectStatement(db, sql: "INSERT OR REPLACE INTO flag (kind, record_id, field, value, problem) VALUES (?, ?, ?, ?, ?)")
                .execute([kind.rawValue.databaseValue, id.databaseValue, flag.field.databaseValue, flag.value.databaseValue, flag.problem.databaseValue])
        }
    }

    private func quoted(_ name: String) -> String { "\"\(name)\"" }
}
