import GRDB

/// The register's migrations, in order. Append new ones; never edit one that has shipped.
enum RegisterMigrator {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerStatements(RegisterSchemaV1.name, RegisterSchemaV1.statements)
        migrator.registerMigration(BuiltInStakeholderGroups.name) { db in
            try BuiltInStakeholderGroups.insert(db)
        }
        migrator.registerStatements(LookupIndexes.name, LookupIndexes.statements)
        migrator.registerMigration(ChecksWithoutTemporaryTables.name) { db in
            try ChecksWithoutTemporaryTables.migrate(db)
        }
        migrator.registerMigration(OutcomeCounts.name) { db in
            try OutcomeCounts.migrate(db)
        }
        migrator.registerStatements(KeptFundingTotals.name, KeptFundingTotals.statements)
        migrator.registerStatements(ShortTitleIndex.name, ShortTitleIndex.statements)
        migrator.registerStatements(PersonErasure.name, PersonErasure.statements)
        migrator.registerMigration(ImpreciseValues.name) { db in
            try ImpreciseValues.migrate(db)
        }
        migrator.registerMigration(ProgrammesWithoutGrant.name) { db in
            try ProgrammesWithoutGrant.migrate(db)
        }
        migrator.registerMigration(EventsAndSeries.name) { db in
            try EventsAndSeries.migrate(db)
        }
        migrator.registerMigration(KeptFunderFaults.name) { db in
            try KeptFunderFaults.migrate(db)
        }
        migrator.registerMigration(CommonOutcomes.name) { db in
            try CommonOutcomes.migrate(db)
        }
        migrator.registerStatements(ProgrammeReferenceKey.name, ProgrammeReferenceKey.statements)
        return migrator
    }
}

extension DatabaseMigrator {
    /// A migration that runs its SQL statements in order.
    mutating func registerStatements(_ name: String, _ statements: [String]) {
        registerMigration(name) { db in
            for statement in statements { try db.execute(sql: statement) }
        }
    }
}
