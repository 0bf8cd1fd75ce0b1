import GRDB

/// The stakeholder groups a new register starts with. They are ordinary rows: a programme
/// can rename them or add its own with `impact add stakeholder-group`.
enum BuiltInStakeholderGroups {
    static let name = "v1-stakeholder-groups"

    static let groups: [(code: String, label: String)] = [
        ("service-users-carers", "Service users and carers"),
        ("practitioners", "Practitioners"),
        ("academics", "Academics"),
        ("third-sector", "Third sector"),
        ("policy-makers", "Policy makers"),
        ("students", "Students"),
        ("other", "Other"),
        ("unrecorded", "Group not recorded"),
    ]

    static func insert(_ db: Database) throws {
        for (position, group) in groups.enumerated() {
            try db.execute(literal: """
                INSERT INTO stakeholder_group
                  (code, label, position, origin, created_at, created_by, updated_at, updated_by)
                VALUES (\(group.code), \(group.label), \(position + 1), 'built-in',
                        '1970-01-01T00:00:00Z', 'impact', '1970-01-01T00:00:00Z', 'impact')
                """)
        }
    }
}
