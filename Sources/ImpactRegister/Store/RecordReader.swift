import GRDB

/// Reads records of any kind, with their links, flags and provenance.
struct RecordReader {
    let db: Database

    func fetch(_ kind: Kind, _ id: Int64) throws -> StoredRecord {
        let sql = "\(Self.select(kind)) WHERE \(Self.idColumn(kind)) = ?"
        guard let row = try Row.fetchOne(db.cachedStatement(sql: sql), arguments: [id]) else {
            throw RegisterError.notFound(kind, id)
        }
        return try records(kind, [row])[0]
    }

    func list(_ kind: Kind, _ filter: ListFilter) throws -> [StoredRecord] {
        let (clauses, arguments) = try ListQuery(kind: kind, filter: filter).conditions()
        let whereClause = clauses.isEmpty ? "" : " WHERE " + clauses.joined(separator: " AND ")
        let sql = "\(Self.select(kind))\(whereClause) ORDER BY \(Self.order(kind))"
        let rows = try Row.fetchAll(db.cachedStatement(sql: sql), arguments: arguments)
        var result: [StoredRecord] = []
        result.reserveCapacity(rows.count)
        for start in stride(from: 0, to: rows.count, by: Self.pageSize) {
            result += try records(kind, Array(rows[start..<min(start + Self.pageSize, rows.count)]))
        }
        return result
    }

    /// Records are read a page at a time: one query for the page's rows, then one per related
    /// table (see ``RelatedValues``).
    static let pageSize = 500

    /// Calls `body` with each page of records of a kind that pass the filter, in id order,
    /// until it returns false; exporting a register of any size holds only a few pages in memory.
    /// The records have their source id but no other provenance: an export writes no more, and
    /// reading six more columns for each of 440,000 records was a tenth of an export's time.
    func forEachPage(_ kind: Kind, _ filter: ListFilter, pageSize: Int = RecordReader.pageSize, _ body: ([StoredRecord]) throws -> Bool) throws {
        let (clauses, arguments) = try ListQuery(kind: kind, filter: filter).conditions()
        let conditions = (clauses + ["\(Self.idColumn(kind)) > ?"]).joined(separator: " AND ")
        let sql = "\(Self.selectValues(kind)) WHERE \(conditions) ORDER BY \(Self.idColumn(kind)) LIMIT \(pageSize)"
        var last: Int64 = 0
        while true {
            var page = arguments
            page += [last]
            let rows = try Row.fetchAll(db.cachedStatement(sql: sql), arguments: page)
            let records = try records(kind, rows)
            guard try body(records) else { return }
            if rows.count < pageSize { return }
            last = records[records.count - 1].id
        }
    }

    /// The columns a record's values need, and its source id, without the rest of its provenance.
    static func selectValues(_ kind: Kind) -> String {
        var columns = kind.isOutcome ? ["d.outcome_id", "o.placeholder", "o.source_id"] : ["d.id", "d.source_id"]
        for field in kind.fields {
            switch field.type {
            case .links: continue
            case .money(let currency): columns += ["d.\"\(field.column)\"", "d.\"\(currency)\""]
            default: columns.append("d.\"\(field.column)\"")
            }
        }
        let from = kind.isOutcome ? "FROM outcome o JOIN \(kind.table) d ON d.outcome_id = o.id" : "FROM \(kind.table) d"
        return "SELECT \(columns.joined(separator: ", ")) \(from)"
    }

    static func select(_ kind: Kind) -> String {
        kind.isOutcome
            ? "SELECT o.*, d.* FROM outcome o JOIN \(kind.table) d ON d.outcome_id = o.id"
            : "SELECT * FROM \(kind.table) d"
    }

    /// The id to look records up and page by. For outcomes it is the kind's own table's key:
    /// paging by `o.id` made SQLite walk every outcome of every kind to find each page.
    static func idColumn(_ kind: Kind) -> String { kind.isOutcome ? "d.outcome_id" : "d.id" }

    private static func order(_ kind: Kind) -> String {
        switch kind {
        case .seminar: "d.programme_id, d.number IS NULL, d.number, d.date, d.id"
        case .stakeholderGroup: "d.position, d.code"
        default: idColumn(kind)
        }
    }

    /// Turns rows of one kind into records, reading what they need from other tables once
    /// for all of them.
    private func records(_ kind: Kind, _ rows: [Row]) throws -> [StoredRecord] {
        guard let first = rows.first else { return [] }
        let columns = ColumnIndex(first)
        let idIndex = columns[kind.isOutcome ? "outcome_id" : "id"] ?? 0
        let ids = rows.map { $0[idIndex] as Int64 }
        let related = try RelatedValues(db: db, kind: kind, ids: ids, rows: rows, columns: columns)
        let fields = kind.fields.map { field in
            (field, columns[field.column], Self.currencyColumn(field).flatMap { columns[$0] })
        }
        // A page read for an export has no provenance columns (see `selectValues`).
        let provenanceColumns = ["origin", "source_file", "created_at", "created_by", "updated_at", "updated_by"].compactMap { columns[$0] }
        let provenance = provenanceColumns.count == 6 ? provenanceColumns : nil
        let sourceIndex = columns["source_id"]
        let placeholderIndex = columns["placeholder"]
        return zip(rows, ids).map { row, id in
            var values: [(field: FieldSpec, value: FieldValue?)] = []
            values.reserveCapacity(fields.count)
            var targets: [String: [(id: Int64, label: String)]] = [:]
            var references: [String: Int64] = [:]
            for (field, index, currencyIndex) in fields {
                let stored: DatabaseValue = index.map { row[$0] } ?? .null
                switch field.type {
                case .links:
                    let linked = related.links[field.name]?[id] ?? []
                    targets[field.name] = linked
                    values.append((field, linked.isEmpty ? nil : .references(linked.map(\.label))))
                    continue
                case .reference:
                    if let target = Int64.fromDatabaseValue(stored) { references[field.name] = target }
                default:
                    break
                }
                values.append((field, Self.value(of: field, stored, currency: currencyIndex.flatMap { row[$0] as String? }, related)))
            }
            let sourceID: String? = sourceIndex.flatMap { row[$0] }
            let origin = provenance.map { columns in
                Provenance(
                    origin: row[columns[0]], sourceFile: row[columns[1]], sourceID: sourceID,
                    createdAt: row[columns[2]], createdBy: row[columns[3]], updatedAt: row[columns[4]], updatedBy: row[columns[5]])
            }
            let placeholder: Bool = kind.isOutcome ? placeholderIndex.map { row[$0] } ?? false : false
            return StoredRecord(kind: kind, id: id, values: values, provenance: origin, sourceID: sourceID, isPlaceholder: placeholder,
                                flags: related.flags[id] ?? [], linkTargets: targets, referenceIDs: references)
        }
    }

    private static func currencyColumn(_ field: FieldSpec) -> String? {
        if case .money(let currencyColumn) = field.type { return currencyColumn }
        return nil
    }

    /// The value of a field held in the row itself (link fields are read from their tables).
    private static func value(of field: FieldSpec, _ stored: DatabaseValue, currency: String?, _ related: RelatedValues) -> FieldValue? {
        if stored.isNull { return nil }
        switch field.type {
        case .count, .year:
            return Int64.fromDatabaseValue(stored).map(FieldValue.integer)
        case .decimal:
            return Double.fromDatabaseValue(stored).map(FieldValue.decimal)
        case .vocabularyList, .years:
            return String.fromDatabaseValue(stored).map { .list(JSONList.decode($0)) }
        case .money:
            return money(minor: stored, code: currency)
        case .reference(let target):
            guard let id = Int64.fromDatabaseValue(stored) else { return nil }
            guard target == .programme else { return .integer(id) }
            return related.grantReferences[id].map(FieldValue.text)
        default:
            return String.fromDatabaseValue(stored).map(FieldValue.text)
        }
    }

    private static func money(minor stored: DatabaseValue, code: String?) -> FieldValue? {
        guard let minor = Int64.fromDatabaseValue(stored), let code else { return nil }
        guard let currency = Currency(rawValue: code) else { return .text("\(minor) \(code) (minor units)") }
        return .money(Money(minorUnits: minor, currency: currency))
    }
}
