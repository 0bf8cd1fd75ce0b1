import Foundation
import GRDB

/// Runs one file's bytes through the import's own path — the parser of its format, the field
/// checks the parsing threads make, and the writer that matches, adds and flags records — against
/// an in-memory register, in a transaction that is rolled back: what `impact import` does to a
/// file, short of keeping it. The fuzz targets in `Fuzz/` call this with random bytes; any input
/// may be refused with an error, none may crash.
///
/// ```swift
/// let outcome = ImportProbe.run(Data("@article{a, title={T}}".utf8), format: .bibtex)
/// ```
public enum ImportProbe {
    /// What happened to one input.
    public enum Outcome: Sendable, Equatable {
        /// The import would store it: `added` records, `flagged` of them with a flag.
        case stored(added: Int, flagged: Int)
        /// The file was refused, with this message.
        case refused(String)
    }

    /// Imports `data` as `format` into the probe's register and rolls the import back.
    public static func run(_ data: Data, format: ImportFormat) -> Outcome {
        var context = ChangeContext.imported(by: "probe")
        context.sourceFile = "input"
        let options = ImportOptions(programme: programme, seminar: 1)
        let parsed = ParallelParser.prepare(ParallelParser.parse(data, path: "input", format: format, options: options, groups: groups), context: context)
        let records: [ImportedRecord]
        switch parsed.result {
        case .failure(let error): return .refused(error.description)
        case .success(let found): records = found
        }
        do {
            return try database.get().writeWithoutTransaction { db in
                var outcome = Outcome.refused("not written")
                try db.inTransaction {
                    let file = try RecordUpserter(db: db, context: context, path: "input")
                        .write(records, prepared: parsed.prepared, into: ImportReport.File(path: "input", format: format))
                    outcome = file.error.map { .refused($0.description) } ?? .stored(added: file.added, flagged: file.flagged)
                    return .rollback
                }
                return outcome
            }
        } catch {
            return .refused(String(describing: error))
        }
    }

    /// An empty register in memory, made once.
    /// The probe register's stakeholder groups, read as an import reads them.
    static let groups: [String: String] = (try? database.get().read(StakeholderGroupNames.read)) ?? [:]

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
