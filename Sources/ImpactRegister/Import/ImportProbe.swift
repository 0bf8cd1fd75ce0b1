import Foundation
import GRDB

/// Runs one file's bytes through an importer's parser and then through the checks each field
/// gets before it is stored, against an empty in-memory register: what `impact import` does to
/// a file, short of writing it. The fuzz targets in `Fuzz/` call this with random bytes; any
/// input may be refused with an error, none may crash.
///
/// ```swift
/// let outcome = ImportProbe.run(Data("@article{a, title={T}}".utf8), format: .bibtex)
/// ```
public enum ImportProbe {
    /// What happened to one input.
    public enum Outcome: Sendable, Equatable {
        /// It parsed into this many records; `fieldErrors` of their fields were refused.
        case parsed(records: Int, fieldErrors: Int)
        /// The file was refused, with this message.
        case refused(String)
    }

    /// Parses `data` as `format` and checks every field of every record it gives.
    public static func run(_ data: Data, format: ImportFormat) -> Outcome {
        let records: [ImportedRecord]
        do {
            records = try RecordParsers.parse(data, path: "input", format: format,
                                              options: ImportOptions(programme: programme, seminar: 1), groups: groups)
        } catch {
            return .refused(String(describing: error))
        }
        var errors = 0
        do {
            try database.get().read { db in
                for record in records {
                    let parser = FieldParser(kind: record.kind, context: .typed(by: "probe"), db: db)
                    for (name, text) in record.fields {
                        guard let field = record.kind.field(named: name) else { errors += 1; continue }
                        do { _ = try parser.parse(field, text) } catch { errors += 1 }
                    }
                }
            }
        } catch {
            return .refused(String(describing: error))
        }
        return .parsed(records: records.count, fieldErrors: errors)
    }

    /// An empty register in memory, made once.
    /// The built-in stakeholder groups, by code and by lower-cased label, as sign-in sheets name them.
    static let groups: [String: String] = {
        var names: [String: String] = [:]
        for group in BuiltInStakeholderGroups.groups {
            names[group.code] = group.code
            names[group.label.lowercased()] = group.code
        }
        return names
    }()

    /// The programme and seminar (id 1) that probed files are imported into.
    static let programme = "XX/X000000/1"

    private static let database = Result<DatabaseQueue, Error> {
        let queue = try DatabaseQueue()
        try RegisterMigrator.migrator.migrate(queue)
        try queue.write { db in
            let writer = RecordWriter(db: db, context: .typed(by: "probe"))
            _ = try writer.insert(.programme, ["grant-reference": programme, "title": "Probe"])
            _ = try writer.insert(.seminar, ["programme": programme, "title": "Probe"])
        }
        return queue
    }
}
