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
        trigger("funding_total_added", "AFTER INSERT", adding: "NEW"),
        trigger("funding_total_removed", "AFTER DELETE", adding: nil),
        trigger("funding_total_changed_from", "AFTER UPDATE OF currency, amount_minor", adding: nil),
        trigger("funding_total_changed_to", "AFTER UPDATE OF currency, amount_minor", adding: "NEW"),
        fillSQL,
    ]

    /// A trigger on `further_funding` that adds the new row's amount to its currency's total
    /// (`adding: "NEW"`), or takes the old row's away (`adding: nil`).
    private static func trigger(_ name: String, _ event: String, adding new: String?) -> String {
        let row = new ?? "OLD"
        let change = new == nil ? """
              UPDATE funding_total SET amount_minor = amount_minor - OLD.amount_minor, records = records - 1
              WHERE currency = OLD.currency;
            """ : """
              INSERT INTO funding_total (currency, amount_minor, records) VALUES (NEW.currency, NEW.amount_minor, 1)
              ON CONFLICT (currency) DO UPDATE SET amount_minor = amount_minor + excluded.amount_minor, records = records + 1;
            """
        return """
            CREATE TRIGGER \(name) \(event) ON further_funding
            WHEN \(row).currency IS NOT NULL AND \(row).amount_minor IS NOT NULL
            BEGIN
            \(change)
            END
            """
    }

    /// Fills the totals from the records.
    private static let fillSQL = """
        INSERT INTO funding_total (currency, amount_minor, records)
        SELECT currency, sum(amount_minor), count(*) FROM further_funding
        WHERE currency IS NOT NULL AND amount_minor IS NOT NULL GROUP BY currency
        """

    /// Rebuilds the totals from the records, for a register changed by something other than impact.
    static let rebuildSQL = "DELETE FROM funding_total; "
        + fillSQL.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ") + ";"
}
