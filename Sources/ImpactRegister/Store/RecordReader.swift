import GRDB

/// Reads records of any kind, with their links, flags and provenance.
struct RecordReader {
    let db: Database

    func fetch(_ kind: Kind, _ id: Int64) throws -> StoredRecord {
        let sql = "\(Self.select(kind)) WHERE \(Self.idColumn(kind)) = ?"
        guard let record = try records(kind, db.cachedStatement(sql: sql), [id]).first else {
            throw RegisterError.notFound(kind, id)
        }
        return record
    }

    func list(_ kind: Kind, _ filter: ListFilter) throws -> [StoredRecord] {
        let (clauses, arguments) = try ListQuery(kind: kind, filter: filter).conditions()
        let whereClause = clauses.isEmpty ? "" : " WHERE " + clauses.joined(separator: " AND ")
        let sql = "\(Self.select(kind))\(whereClause) ORDER BY \(Self.order(kind))"
        return try records(kind, db.cachedStatement(sql: sql), arguments)
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
            let records = try records(kind, db.cachedStatement(sql: sql), page)
            guard try body(records) else { return }
            if records.count < pageSize { return }
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
        // A type added without a position comes after the built-in ones.
        case .eventType: "d.position IS NULL, d.position, d.code"
        default: idColumn(kind)
        }
    }

    /// Runs `statement` and turns its rows, of one kind, into records: each row is read where
    /// it lies (no copy of the row), then what the records need from other tables is read once
    /// for every page of them.
    private func records(_ kind: Kind, _ statement: Statement, _ arguments: StatementArguments) throws -> [StoredRecord] {
        let layout = RowLayout(kind, columns: statement.columnNames)
        var drafts: [RowLayout.Draft] = []
        // GRDB steps the statement; each row is read straight from SQLite (see ColumnReader).
        let row = ColumnReader(handle: statement.sqliteStatement)
        let rows = try Row.fetchCursor(statement, arguments: arguments)
        while try rows.next() != nil { drafts.append(layout.draft(row)) }
        var result: [StoredRecord] = []
        result.reserveCapacity(drafts.count)
        for start in stride(from: 0, to: drafts.count, by: Self.pageSize) {
            let page = start..<min(start + Self.pageSize, drafts.count)
            let related = try RelatedValues(db: db, kind: kind, ids: drafts[page].map(\.id), programmes: layout.programmes(of: drafts[page]))
            for index in page { result.append(layout.record(taking: &drafts[index], related)) }
        }
        return result
    }
}
