import GRDB

/// Reads records of any kind, with their links, flags and provenance.
struct RecordReader {
    let db: Database

    func fetch(_ kind: Kind, _ id: Int64) throws -> StoredRecord {
        let sql = "\(Self.select(kind)) WHERE \(Self.idColumn(kind)) = ?"
        guard let row = try Row.fetchOne(db.cachedStatement(sql: sql), arguments: [id]) else {
            throw RegisterError.notFound(kind, id)
        }
        return try record(kind, row)
    }

    func list(_ kind: Kind, _ filter: ListFilter) throws -> [StoredRecord] {
        let (clauses, arguments) = try ListQuery(kind: kind, filter: filter).conditions()
        let whereClause = clauses.isEmpty ? "" : " WHERE " + clauses.joined(separator: " AND ")
        let sql = "\(Self.select(kind))\(whereClause) ORDER BY \(Self.order(kind))"
        return try Row.fetchAll(db.cachedStatement(sql: sql), arguments: arguments).map { try record(kind, $0) }
    }

    /// Calls `body` with every record of a kind that passes the filter, a page at a time in id
    /// order, so that exporting a register of any size holds only one page in memory.
    func forEach(_ kind: Kind, _ filter: ListFilter, pageSize: Int = 500, _ body: (StoredRecord) throws -> Void) throws {
        let (clauses, arguments) = try ListQuery(kind: kind, filter: filter).conditions()
        let conditions = (clauses + ["\(Self.idColumn(kind)) > ?"]).joined(separator: " AND ")
        let sql = "\(Self.select(kind)) WHERE \(conditions) ORDER BY \(Self.idColumn(kind)) LIMIT \(pageSize)"
        var last: Int64 = 0
        while true {
            var page = arguments
            page += [last]
            let rows = try Row.fetchAll(db.cachedStatement(sql: sql), arguments: page)
            for row in rows {
                let record = try record(kind, row)
                try body(record)
                last = record.id
            }
            if rows.count < pageSize { return }
        }
    }

    static func select(_ kind: Kind) -> String {
        kind.isOutcome
            ? "SELECT o.*, d.* FROM outcome o JOIN \(kind.table) d ON d.outcome_id = o.id"
            : "SELECT * FROM \(kind.table) d"
    }

    static func idColumn(_ kind: Kind) -> String { kind.isOutcome ? "o.id" : "d.id" }

    private static func order(_ kind: Kind) -> String {
        switch kind {
        case .seminar: "d.programme_id, d.number IS NULL, d.number, d.date, d.id"
        case .stakeholderGroup: "d.position, d.code"
        default: idColumn(kind)
        }
    }

    private func record(_ kind: Kind, _ row: Row) throws -> StoredRecord {
        let id: Int64 = kind.isOutcome ? row["outcome_id"] : row["id"]
        var values: [(field: FieldSpec, value: FieldValue?)] = []
        for field in kind.fields {
            values.append((field, try value(of: field, row, owner: id)))
        }
        let flags = try String.fetchAll(db.cachedStatement(sql: """
            SELECT problem || coalesce(' in --' || field, '') || coalesce(': "' || value || '"', '')
            FROM flag WHERE kind = ? AND record_id = ? ORDER BY id
            """), arguments: [kind.rawValue, id])
        let provenance = Provenance(
            origin: row["origin"], sourceFile: row["source_file"], sourceID: row["source_id"],
            createdAt: row["created_at"], createdBy: row["created_by"],
            updatedAt: row["updated_at"], updatedBy: row["updated_by"])
        let placeholder: Bool = kind.isOutcome ? row["placeholder"] : false
        return StoredRecord(kind: kind, id: id, values: values, provenance: provenance, isPlaceholder: placeholder, flags: flags)
    }

    // Swift 6.3.1's optimiser crashes (CopyPropagation) on this function in release builds.
    @_optimize(none)
    private func value(of field: FieldSpec, _ row: Row, owner: Int64) throws -> FieldValue? {
        let stored: DatabaseValue = row[field.column] ?? .null
        switch field.type {
        case .links(let spec):
            let items = try links(spec, owner: owner)
            return items.isEmpty ? nil : .references(items)
        case _ where stored.isNull:
            return nil
        case .count, .year:
            return Int64.fromDatabaseValue(stored).map(FieldValue.integer)
        case .decimal:
            return Double.fromDatabaseValue(stored).map(FieldValue.decimal)
        case .vocabularyList, .years:
            return String.fromDatabaseValue(stored).map { .list(JSONList.decode($0)) }
        case .money(let currencyColumn):
            let code: String? = row[currencyColumn]
            return Self.money(minor: stored, code: code)
        case .reference(let target):
            return try reference(stored, target)
        default:
            return String.fromDatabaseValue(stored).map(FieldValue.text)
        }
    }

    private static func money(minor stored: DatabaseValue, code: String?) -> FieldValue? {
        guard let minor = Int64.fromDatabaseValue(stored), let code else { return nil }
        guard let currency = Currency(rawValue: code) else { return .text("\(minor) \(code) (minor units)") }
        return .money(Money(minorUnits: minor, currency: currency))
    }

    /// A programme is shown by its grant reference, other records by their id.
    private func reference(_ stored: DatabaseValue, _ target: Kind) throws -> FieldValue? {
        guard target == .programme else { return Int64.fromDatabaseValue(stored).map(FieldValue.integer) }
        let reference = try String.fetchOne(db.cachedStatement(sql: "SELECT grant_reference FROM programme WHERE id = ?"), arguments: [stored])
        return reference.map(FieldValue.text)
    }

    private func links(_ spec: LinkSpec, owner: Int64) throws -> [String] {
        try linkTargets(spec, owner: owner).map(\.label)
    }

    /// The records a link field points at: their ids, and the text people know them by.
    func linkTargets(_ spec: LinkSpec, owner: Int64) throws -> [(id: Int64, label: String)] {
        let roleClause = spec.role == nil ? "" : " AND l.role = ?"
        var arguments: [DatabaseValue] = [owner.databaseValue]
        if let role = spec.role { arguments.append(role.databaseValue) }
        let select: String
        switch spec.target {
        case .kind(.programme): select = "SELECT l.\(spec.targetColumn), t.grant_reference FROM \(spec.table) l JOIN programme t ON t.id = l.\(spec.targetColumn)"
        case .kind(.person): select = "SELECT l.\(spec.targetColumn), t.name FROM \(spec.table) l JOIN person t ON t.id = l.\(spec.targetColumn)"
        default: select = "SELECT l.\(spec.targetColumn), CAST(l.\(spec.targetColumn) AS TEXT) FROM \(spec.table) l"
        }
        let sql = "\(select) WHERE l.\(spec.ownerColumn) = ?\(roleClause) ORDER BY l.\(spec.targetColumn)"
        return try Row.fetchAll(db.cachedStatement(sql: sql), arguments: StatementArguments(arguments)).map { ($0[0], $0[1]) }
    }

    /// The id a reference field holds, for a record already read.
    func referenceID(_ kind: Kind, _ id: Int64, _ field: FieldSpec) throws -> Int64? {
        let key = kind.isOutcome ? "outcome_id" : "id"
        return try Int64.fetchOne(db.cachedStatement(sql: "SELECT \"\(field.column)\" FROM \(kind.table) WHERE \(key) = ?"), arguments: [id])
    }
}
