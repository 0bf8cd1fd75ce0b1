import Foundation
import GRDB

/// The further funding the register holds, totalled per currency, kept exact by triggers on
/// `further_funding` whatever adds, changes or removes a record (an edit, an import, a removal
/// that cascades from its outcome).
///
/// `impact summary` summed every further-funding record: 46,000 records at 50,000 Gateway to
/// Research projects took 37 ms warm and most of a 330 ms run with a cold page cache, so the
/// summary grew with the register. Reading a row per currency takes no time at any size.
///
/// Triggers, not `RecordWriter` (as ``OutcomeCounts`` are): a record's amount changes on an
/// insert, an update or a removal, and a removal can come from its outcome's by `ON DELETE
/// CASCADE`; a trigger sees each of them with the old and new amounts. Only further-funding rows
/// run them, a twentieth of an import's outcomes.
///
/// Placeholder records are counted here and left out when the summary reads the totals
/// (`RegisterSummary.furtherFunding`): an outcome's placeholder mark is on its `outcome` row,
/// which a cascade removes first.
enum KeptFundingTotals {
    static let name = "v5-funding-totals"

    static let statements = [
        """
        CREATE TABLE funding_total (
          currency TEXT PRIMARY KEY,
          amount_minor INTEGER NOT NULL,
          records INTEGER NOT NULL CHECK (records >= 0)
        )
        """,
        """
        CREATE TRIGGER funding_total_added AFTER INSERT ON further_funding
        WHEN NEW.currency IS NOT NULL AND NEW.amount_minor IS NOT NULL
        BEGIN
          INSERT INTO funding_total (currency, amount_minor, records) VALUES (NEW.currency, NEW.amount_minor, 1)
          ON CONFLICT (currency) DO UPDATE SET amount_minor = amount_minor + excluded.amount_minor, records = records + 1;
        END
        """,
        """
        CREATE TRIGGER funding_total_removed AFTER DELETE ON further_funding
        WHEN OLD.currency IS NOT NULL AND OLD.amount_minor IS NOT NULL
        BEGIN
          UPDATE funding_total SET amount_minor = amount_minor - OLD.amount_minor, records = records - 1
          WHERE currency = OLD.currency;
        END
        """,
        """
        CREATE TRIGGER funding_total_changed_from AFTER UPDATE OF currency, amount_minor ON further_funding
        WHEN OLD.currency IS NOT NULL AND OLD.amount_minor IS NOT NULL
        BEGIN
          UPDATE funding_total SET amount_minor = amount_minor - OLD.amount_minor, records = records - 1
          WHERE currency = OLD.currency;
        END
        """,
        """
        CREATE TRIGGER funding_total_changed_to AFTER UPDATE OF currency, amount_minor ON further_funding
        WHEN NEW.currency IS NOT NULL AND NEW.amount_minor IS NOT NULL
        BEGIN
          INSERT INTO funding_total (currency, amount_minor, records) VALUES (NEW.currency, NEW.amount_minor, 1)
          ON CONFLICT (currency) DO UPDATE SET amount_minor = amount_minor + excluded.amount_minor, records = records + 1;
        END
        """,
        """
        INSERT INTO funding_total (currency, amount_minor, records)
        SELECT currency, sum(amount_minor), count(*) FROM further_funding
        WHERE currency IS NOT NULL AND amount_minor IS NOT NULL GROUP BY currency
        """,
    ]

    /// Rebuilds the totals from the records, for a register changed by something other than impact.
    static let rebuildSQL = "DELETE FROM funding_total; " + statements[statements.count - 1]
        .split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ") + ";"
}
