import Foundation
import GRDB

/// The append-only log of every insert, update and delete: who, when, which record,
/// and the old and new values. SQL triggers refuse any change to it.
///
/// An insert's entry does not store the values a record was added with: they are the values
/// the record holds now, with each later change undone (see ``History/entries(_:kind:id:)``).
/// Storing them again made history 44 % of a register's file (384 of 877 MB for 20,000
/// Gateway to Research projects) and about a tenth of an import's time.
public struct HistoryEntry: Sendable, Codable, Equatable {
    public enum Action: String, Sendable, Codable { case insert, update, delete }

    public let at: String
    public let actor: String
    public let kind: String
    public let recordID: Int64
    public let action: Action
    public let oldValues: [String: String]?
    public let newValues: [String: String]?
    public let source: String?
}

enum History {
    static func record(
        _ db: Database, _ context: ChangeContext, kind: Kind, id: Int64, action: HistoryEntry.Action,
        old: [String: String]?, new: [String: String]?, source: String?
    ) throws {
        let sourceText: String? = switch (context.sourceFile, source) {
        case let (file?, id?): file + "#" + id
        case let (file?, nil): file
        case let (nil, id?): id
        case (nil, nil): nil
        }
        try DirectStatement(db, sql: """
            INSERT INTO history (at, actor, kind, record_id, action, old_values, new_values, source)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """).execute([
            context.timestamp.databaseValue, context.actor.databaseValue, kind.rawValue.databaseValue, id.databaseValue,
            action.rawValue.databaseValue, old.map(encode).databaseValue, new.map(encode).databaseValue,
            (sourceText?.isEmpty == false ? sourceText : nil).databaseValue,
        ])
    }

    /// A record's entries, oldest first, each insert with the values the record was added with.
    static func entries(_ db: Database, kind: Kind, id: Int64) throws -> [HistoryEntry] {
        let entries = try Row.fetchAll(db.cachedStatement(sql: "SELECT * FROM history WHERE kind = ? AND record_id = ? ORDER BY id"), arguments: [kind.rawValue, id]).map { row in
            HistoryEntry(
                at: row["at"], actor: row["actor"], kind: row["kind"], recordID: row["record_id"],
                action: HistoryEntry.Action(rawValue: row["action"]) ?? .update,
                oldValues: (row["old_values"] as String?).map(decode),
                newValues: (row["new_values"] as String?).map(decode),
                source: row["source"])
        }
        guard entries.contains(where: { $0.action == .insert && $0.newValues == nil }) else { return entries }
        return addedValues(entries, now: try current(db, kind, id))
    }

    /// Fills in each insert's values: starting from the record as it is now (`now`, nil once
    /// removed), the changes are undone newest first. An update's old values replace its new
    /// ones; before a removal, the record held the removal's old values; before an insert, it
    /// did not exist. Registers written before this kept an insert's values, and those stay.
    static func addedValues(_ entries: [HistoryEntry], now: [String: String]?) -> [HistoryEntry] {
        var entries = entries
        var values = now ?? [:]
        for index in entries.indices.reversed() {
            let entry = entries[index]
            switch entry.action {
            case .delete:
                values = entry.oldValues ?? [:]
            case .update:
                for name in (entry.newValues ?? [:]).keys { values[name] = entry.oldValues?[name] ?? "" }
                for (name, old) in entry.oldValues ?? [:] { values[name] = old }
            case .insert:
                if entry.newValues == nil {
                    entries[index] = HistoryEntry(
                        at: entry.at, actor: entry.actor, kind: entry.kind, recordID: entry.recordID, action: .insert,
                        oldValues: nil, newValues: values.filter { !$0.value.isEmpty }, source: entry.source)
                }
                values = [:]
            }
        }
        return entries
    }

    /// The record's values as the history shows them, or nil when it has been removed.
    private static func current(_ db: Database, _ kind: Kind, _ id: Int64) throws -> [String: String]? {
        do {
            return try RecordReader(db: db).fetch(kind, id).historyValues
        } catch let error as RegisterError where error.code == .notFound {
            return nil
        }
    }

    private static func encode(_ values: [String: String]) -> String {
        JSONText.object(values)
    }

    static func decode(_ text: String) -> [String: String] {
        (try? JSONDecoder().decode([String: String].self, from: Data(text.utf8))) ?? [:]
    }
}
