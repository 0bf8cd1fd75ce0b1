import Foundation
import GRDB

/// The append-only log of every insert, update and delete: who, when, which record,
/// and the old and new values. SQL triggers refuse any change to it.
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
        let sourceText = [context.sourceFile, source].compactMap { $0 }.joined(separator: "#")
        try DirectStatement(db, sql: """
            INSERT INTO history (at, actor, kind, record_id, action, old_values, new_values, source)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """).execute([
            context.timestamp.databaseValue, context.actor.databaseValue, kind.rawValue.databaseValue, id.databaseValue,
            action.rawValue.databaseValue, old.map(encode).databaseValue, new.map(encode).databaseValue,
            (sourceText.isEmpty ? nil : sourceText).databaseValue,
        ])
    }

    static func entries(_ db: Database, kind: Kind, id: Int64) throws -> [HistoryEntry] {
        try Row.fetchAll(db.cachedStatement(sql: "SELECT * FROM history WHERE kind = ? AND record_id = ? ORDER BY id"), arguments: [kind.rawValue, id]).map { row in
            HistoryEntry(
                at: row["at"], actor: row["actor"], kind: row["kind"], recordID: row["record_id"],
                action: HistoryEntry.Action(rawValue: row["action"]) ?? .update,
                oldValues: (row["old_values"] as String?).map(decode),
                newValues: (row["new_values"] as String?).map(decode),
                source: row["source"])
        }
    }

    private static func encode(_ values: [String: String]) -> String {
        JSONText.object(values)
    }

    private static func decode(_ text: String) -> [String: String] {
        (try? JSONDecoder().decode([String: String].self, from: Data(text.utf8))) ?? [:]
    }
}
