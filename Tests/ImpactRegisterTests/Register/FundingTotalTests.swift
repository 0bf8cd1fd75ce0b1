import Foundation
import GRDB
import Testing
@testable import ImpactRegister

/// The further-funding totals the summary reads always equal a sum over the records, whatever
/// adds, changes or removes them, and a register made before them gets them.
@Suite struct FundingTotalTests {
    /// Currency → (total in minor units, records), as kept.
    static func kept(_ db: Database) throws -> [String: [Int64]] {
        var totals: [String: [Int64]] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT currency, amount_minor, records FROM funding_total WHERE records > 0") {
            totals[row[0]] = [row[1], row[2]]
        }
        return totals
    }

    /// The same, summed over the records.
    static func summed(_ db: Database) throws -> [String: [Int64]] {
        var totals: [String: [Int64]] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT currency, sum(amount_minor), count(*) FROM further_funding WHERE currency IS NOT NULL GROUP BY currency") {
            totals[row[0]] = [row[1], row[2]]
        }
        return totals
    }

    /// What the summary showed before the totals were kept: every record summed, placeholders left out.
    static func summaryAsSummed(_ db: Database) throws -> [String] {
        try Row.fetchAll(db, sql: """
            SELECT f.currency, sum(f.amount_minor) FROM further_funding f JOIN outcome o ON o.id = f.outcome_id
            WHERE o.placeholder = 0 AND f.currency IS NOT NULL GROUP BY f.currency ORDER BY f.currency
            """).map { "\($0[0] as String) \($0[1] as Int64)" }
    }

    static func summary(_ register: Register) throws -> [String] {
        try register.summary().furtherFunding.map { "\($0.currency.rawValue) \($0.minorUnits)" }
    }

    @Test func addsEditsRemovalsAndImportsKeepTheTotalsExact() throws {
        let folder = try TemporaryFolder()
        let register = try folder.register()
        try register.add(.programme, ["grant-reference": "ES/X/1", "title": "T"])
        let grant = try register.add(.furtherFunding, ["programme": "ES/X/1", "description": "A", "amount": "£12,000 (GBP)"])
        let second = try register.add(.furtherFunding, ["programme": "ES/X/1", "description": "B", "amount": "£60,000 (GBP)"])
        try register.add(.furtherFunding, ["programme": "ES/X/1", "description": "C", "amount": "2209000 EUR"])
        try register.add(.furtherFunding, ["programme": "ES/X/1", "description": "No amount yet"])
        #expect(try register.database.read(Self.kept) == ["GBP": [7_200_000, 2], "EUR": [220_900_000, 1]])

        // A changed amount, a changed currency, an amount taken away, a removal.
        try register.edit(.furtherFunding, grant, ["amount": "£13,000 (GBP)"])
        #expect(try register.database.read(Self.kept) == ["GBP": [7_300_000, 2], "EUR": [220_900_000, 1]])
        try register.edit(.furtherFunding, second, ["amount": "$500 (USD)"])
        #expect(try register.database.read(Self.kept) == ["GBP": [1_300_000, 1], "EUR": [220_900_000, 1], "USD": [50_000, 1]])
        try register.edit(.furtherFunding, second, ["amount": ""])
        try register.remove(.furtherFunding, grant)
        #expect(try register.database.read(Self.kept) == ["EUR": [220_900_000, 1]])
        #expect(try Self.summary(register) == ["EUR 220900000"])

        let sample = try TestFixtures.gtrXMLFiles()
        _ = try register.importFiles(sample, context: .imported(by: "test"))
        let after = try register.database.read { db in (try Self.kept(db), try Self.summed(db), try Self.summaryAsSummed(db)) }
        #expect(after.0 == after.1)
        #expect(after.0.count > 1, "the GtR XML fixtures hold further funding in more than one currency")
        #expect(try Self.summary(register) == after.2)
        #expect(!(try register.check().hasErrors))
    }

    @Test func placeholderRecordsAreLeftOutOfTheSummary() throws {
        let folder = try TemporaryFolder()
        let register = try folder.register()
        try register.add(.programme, ["grant-reference": "ES/X/1", "title": "T"])
        try register.add(.furtherFunding, ["programme": "ES/X/1", "description": "A", "amount": "£100 (GBP)"])
        let placeholder = try register.add(.furtherFunding, ["programme": "ES/X/1", "description": "N/A", "amount": "£5 (GBP)"])
        try register.add(.furtherFunding, ["programme": "ES/X/1", "description": "-", "amount": "€7 (EUR)"])
        #expect(try register.database.read(Self.kept) == ["GBP": [10_500, 2], "EUR": [700, 1]])
        #expect(try Self.summary(register) == ["GBP 10000"])
        #expect(try Self.summary(register) == register.database.read(Self.summaryAsSummed))
        // With its real text the record counts again.
        try register.edit(.furtherFunding, placeholder, ["description": "A second grant"])
        #expect(try Self.summary(register) == ["GBP 10500"])
    }

    @Test func aFailedImportLeavesTheTotalsAsTheyWere() throws {
        let folder = try TemporaryFolder()
        let register = try folder.register()
        try register.add(.programme, ["grant-reference": "ES/X/1", "title": "T"])
        try register.add(.furtherFunding, ["programme": "ES/X/1", "description": "A", "amount": "£100 (GBP)"])
        #expect(throws: RegisterError.self) {
            try register.add(.furtherFunding, ["programme": "ES/NOT/THERE", "description": "B", "amount": "£5 (GBP)"])
        }
        #expect(try register.database.read(Self.kept) == ["GBP": [10_000, 1]])
    }

    @Test func checkFindsATotalChangedOutsideImpact() throws {
        let folder = try TemporaryFolder()
        let register = try folder.register()
        try register.add(.programme, ["grant-reference": "ES/X/1", "title": "T"])
        try register.add(.furtherFunding, ["programme": "ES/X/1", "description": "A", "amount": "£100 (GBP)"])
        #expect(!(try register.check().hasErrors))
        try register.database.write { db in
            try db.execute(sql: "UPDATE funding_total SET amount_minor = 1 WHERE currency = 'GBP'")
        }
        let check = try register.check()
        let finding = try #require(check.findings.first { $0.kind == .furtherFunding && $0.severity == .error })
        #expect(finding.message.contains("adds up to £100 (GBP) in 1 record but its kept total is £0.01 (GBP)"))
        // The action it gives puts the totals right.
        let rebuild = try #require(finding.action.components(separatedBy: "sqlite3: ").last)
        try register.database.write { db in try db.execute(sql: rebuild) }
        #expect(!(try register.check().hasErrors))
        #expect(try Self.summary(register) == ["GBP 10000"])
    }

    @Test func aRegisterMadeBeforeTheTotalsGetsThemWhenOpened() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("old.sqlite")
        #expect(FileManager.default.createFile(atPath: path, contents: nil, attributes: [.posixPermissions: 0o600]))
        let pool = try DatabasePool(path: path)
        try RegisterMigrator.migrator.migrate(pool, upTo: OutcomeCounts.name)
        try pool.write { db in
            for (index, amount) in [(1, 250), (2, 1_000), (3, 70)].map({ $0 }) {
                try db.execute(sql: """
                    INSERT INTO outcome (id, kind, created_at, created_by, updated_at, updated_by) VALUES (?, 'further-funding', 'now', 'me', 'now', 'me')
                    """, arguments: [index])
                try db.execute(sql: "INSERT INTO further_funding (outcome_id, description, amount_minor, currency) VALUES (?, 'A', ?, ?)",
                               arguments: [index, amount, index == 3 ? "EUR" : "GBP"])
            }
        }
        try pool.close()
        let register = try Register.open(at: path)
        #expect(register.backupBeforeUpdate != nil)
        #expect(try register.database.read(Self.kept) == ["GBP": [1_250, 2], "EUR": [70, 1]])
    }
}
