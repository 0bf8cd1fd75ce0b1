import GRDB

/// The register's migrations, in order. Append new ones; never edit one that has shipped.
enum RegisterMigrator {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration(RegisterSchemaV1.name) { db in
            for statement in RegisterSchemaV1.statements {
                try db.execute(sql: statement)
            }
        }
        migrator.registerMigration(BuiltInStakeholderGroups.name) { db in
            try BuiltInStakeholderGroups.insert(db)
        }
        migrator.registerMigration(LookupIndexes.name) { db in
            for statement in LookupIndexes.statements {
                try db.execute(sql: statement)
            }
        }
        migrator.registerMigration(ChecksWithoutTemporaryTables.name) { db in
            try ChecksWithoutTemporaryTables.migrate(db)
        }
        migrator.registerMigration(OutcomeCounts.name) { db in
            try OutcomeCounts.migrate(db)
        }
        migrator.registerMigration(KeptFundingTotals.name) { db in
            for statement in KeptFundingTotals.statements {
                try db.execute(sql: statement)
            }
        }
        migrator.registerMigration(ShortTitleIndex.name) { db in
            for statement in ShortTitleIndex.statements {
                try db.execute(sql: statement)
            }
        }
        migrator.registerMigration(PersonErasure.name) { db in
            for statement in PersonErasure.statements {
                try db.execute(sql: statement)
            }
        }
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
        migrator.registerMigration(ProgrammeReferenceKey.name) { db in
            for statement in ProgrammeReferenceKey.statements {
                try db.execute(sql: statement)
            }
        }
        return migrator
    }
}
