import Foundation
import GRDB

/// The example programme: an ESRC seminar series on co-production in mental health,
/// transcribed from its public Gateway to Research record into the register's own terms.
public enum DemoProgramme {
    /// The grant reference of the demo programme.
    public static let grantReference = DemoData.grantReference

    /// The fixed moment the demo records are stamped with, so its exports never change by themselves.
    static let timestamp = "2026-01-01T00:00:00Z"

    /// Builds the demo register at `path`, replacing an earlier demo register there but
    /// refusing to touch any other file.
    public static func build(at path: String) throws -> Register {
        if FileManager.default.fileExists(atPath: path) {
            // Read without opening it as a register: opening would update an older demo's schema
            // (and back it up) only for it to be replaced.
            guard try Register.isDemoFile(at: path) else {
                throw RegisterError(.alreadyExists, "\(path) is a register that is not a demo register; the demo never overwrites one: choose another --register path")
            }
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        }
        let register = try Register.create(at: path)
        try register.load(try entries())
        return register
    }

    /// The entries of both example programmes: the seminar series, then the York training.
    static func entries() throws -> [DemoEntry] {
        try entries(DemoData.json) + entries(DemoTrainingData.json)
    }

    static func entries(_ json: String) throws -> [DemoEntry] {
        try JSONDecoder().decode([DemoEntry].self, from: Data(json.utf8))
    }
}

extension Register {
    /// Whether the file at `path` is a register built by `impact demo`, read without changing it.
    static func isDemoFile(at path: String) throws -> Bool {
        var configuration = Configuration()
        configuration.readonly = true
        let queue: DatabaseQueue
        do { queue = try DatabaseQueue(path: path, configuration: configuration) } catch { return false }
        return (try? queue.read { db in
            try String.fetchOne(db, sql: "SELECT value FROM register_info WHERE key = 'demo'") == "true"
        }) ?? false
    }

    func load(_ entries: [DemoEntry]) throws {
        let context = ChangeContext(actor: "impact demo", origin: .demo, timestamp: DemoProgramme.timestamp)
        try database.write { db in
            let writer = RecordWriter(db: db, context: context)
            var ids: [String: Int64] = [:]
            for entry in entries {
                var fields = entry.fields
                for (name, value) in fields where value.contains("@") {
                    fields[name] = try value.split(separator: ";", omittingEmptySubsequences: false).map { part in
                        let trimmed = part.trimmed
                        guard trimmed.hasPrefix("@") else { return String(part) }
                        guard let id = ids[String(trimmed.dropFirst())] else {
                            throw RegisterError(.notFound, "demo data: \(entry.kind.rawValue) refers to \(trimmed), which no earlier entry defines")
                        }
                        return String(id)
                    }.joined(separator: ";")
                }
                let id = try writer.insert(entry.kind, fields)
                if let key = entry.key { ids[key] = id }
            }
            try db.execute(sql: "INSERT OR REPLACE INTO register_info (key, value) VALUES ('demo', 'true')")
            try RegisterRelease.stampWritten(db)
        }
    }
}
