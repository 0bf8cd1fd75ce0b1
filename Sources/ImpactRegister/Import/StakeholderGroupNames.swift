import GRDB

/// The register's stakeholder groups as sign-in sheets name them: by code and by lower-cased
/// label, each to its code. Read once per import and handed to the parsing threads.
enum StakeholderGroupNames {
    static func read(_ db: Database) throws -> [String: String] {
        var names: [String: String] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT code, label FROM stakeholder_group") {
            let code: String = row["code"]
            let label: String = row["label"]
            names[code] = code
            names[label.lowercased()] = code
        }
        return names
    }
}
