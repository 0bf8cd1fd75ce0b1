import GRDB
import GRDBSQLite

/// Where each field of a kind lies in a query's rows, worked out once per query, and how a row
/// becomes a record: first a draft read from the row where it lies, then the record, once what
/// it needs from other tables (``RelatedValues``) has been read for its whole page.
struct RowLayout {
    let kind: Kind
    /// Each field of the kind in declared order, with its column and, for money, its currency's
    /// column; link fields have no column.
    private let fields: [(field: FieldSpec, index: Int?, currency: Int?)]
    private let idIndex: Int
    private let sourceIndex: Int?
    private let placeholderIndex: Int?
    /// The six provenance columns, when the query has them (a page read for an export has not).
    private let provenanceIndexes: [Int]?

    /// A record read from its row, waiting for its links and its programmes' grant references.
    struct Draft {
        let id: Int64
        var values: [FieldValue?]
        let references: [(field: String, id: Int64)]
        let sourceID: String?
        let isPlaceholder: Bool
        let provenance: Provenance?
    }

    /// `columns` are the query's column names; where two tables share a name, the first wins.
    init(_ kind: Kind, columns: [String]) {
        var positions: [String: Int] = [:]
        for (index, name) in columns.enumerated() where positions[name] == nil { positions[name] = index }
        self.kind = kind
        fields = kind.fields.map { field in
            if case .money(let currencyColumn) = field.type {
                return (field, positions[field.column], positions[currencyColumn])
            }
            if case .links = field.type { return (field, nil, nil) }
            return (field, positions[field.column], nil)
        }
        idIndex = positions[kind.isOutcome ? "outcome_id" : "id"] ?? 0
        sourceIndex = positions["source_id"]
        placeholderIndex = kind.isOutcome ? positions["placeholder"] : nil
        let provenance = ["origin", "source_file", "created_at", "created_by", "updated_at", "updated_by"].compactMap { positions[$0] }
        provenanceIndexes = provenance.count == 6 ? provenance : nil
    }

    /// Reads what the current row holds. Fields that point at a programme hold its id for now.
    func draft(_ row: ColumnReader) -> Draft {
        var values: [FieldValue?] = []
        values.reserveCapacity(fields.count)
        var references: [(field: String, id: Int64)] = []
        for (field, index, currency) in fields {
            guard let index else {
                values.append(nil)
                continue
            }
            if case .reference(let target) = field.type {
                let id = row.int64(index)
                if let id { references.append((field.name, id)) }
                values.append(target == .programme ? nil : id.map(FieldValue.integer))
                continue
            }
            values.append(Self.value(of: field, row, index, currency: currency))
        }
        let sourceID = sourceIndex.flatMap(row.text)
        let provenance = provenanceIndexes.map { columns in
            Provenance(
                origin: row.text(columns[0]) ?? "", sourceFile: row.text(columns[1]), sourceID: sourceID,
                createdAt: row.text(columns[2]) ?? "", createdBy: row.text(columns[3]) ?? "",
                updatedAt: row.text(columns[4]) ?? "", updatedBy: row.text(columns[5]) ?? "")
        }
        return Draft(id: row.int64(idIndex) ?? 0, values: values, references: references, sourceID: sourceID,
                     isPlaceholder: placeholderIndex.flatMap(row.int64).map { $0 != 0 } ?? false, provenance: provenance)
    }

    /// The programmes the drafts' reference fields point at.
    func programmes(of drafts: ArraySlice<Draft>) -> Set<Int64> {
        let names = Set(fields.compactMap { field, _, _ -> String? in
            if case .reference(.programme) = field.type { return field.name }
            return nil
        })
        guard !names.isEmpty else { return [] }
        return Set(drafts.flatMap { draft in draft.references.filter { names.contains($0.field) }.map(\.id) })
    }

    /// The finished record: link fields filled from their tables, programmes named by grant
    /// reference. The draft's values are moved into it, not copied (an outcome's always change:
    /// every outcome links its programmes), so the draft is left without them.
    func record(taking draft: inout Draft, _ related: RelatedValues) -> StoredRecord {
        var values = draft.values
        draft.values = []
        var targets: [(field: String, targets: [(id: Int64, label: String)])] = []
        for (position, (field, _, _)) in fields.enumerated() {
            switch field.type {
            case .links:
                let linked = related.links[field.name]?[draft.id] ?? []
                guard !linked.isEmpty else { continue }
                targets.append((field.name, linked))
                values[position] = .references(linked.map(\.label))
            case .reference(.programme):
                let id = draft.references.first { $0.field == field.name }?.id
                values[position] = id.flatMap { related.grantReferences[$0] }.map(FieldValue.text)
            default:
                continue
            }
        }
        return StoredRecord(kind: kind, id: draft.id, fieldValues: values, provenance: draft.provenance, sourceID: draft.sourceID,
                            isPlaceholder: draft.isPlaceholder, flags: related.flags[draft.id] ?? [],
                            linkTargets: targets, referenceIDs: draft.references)
    }

    /// The value of a field held in the row itself.
    private static func value(of field: FieldSpec, _ row: ColumnReader, _ index: Int, currency: Int?) -> FieldValue? {
        switch field.type {
        case .count, .year:
            return row.int64(index).map(FieldValue.integer)
        case .decimal:
            return row.double(index).map(FieldValue.decimal)
        case .vocabularyList, .years:
            return row.text(index).map { .list(JSONList.decode($0)) }
        case .money:
            return money(minor: row.int64(index), code: currency.flatMap(row.text))
        default:
            return row.text(index).map(FieldValue.text)
        }
    }

    private static func money(minor: Int64?, code: String?) -> FieldValue? {
        guard let minor, let code else { return nil }
        guard let currency = Currency(rawValue: code) else { return .text("\(minor) \(code) (minor units)") }
        return .money(Money(minorUnits: minor, currency: currency))
    }
}
