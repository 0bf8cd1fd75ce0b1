/// How many outcomes of each kind the register holds, kept by triggers as outcomes come and go.
///
/// `impact summary` counted them with a pass over the outcome index: 440,000 entries at 20,000
/// projects took 55 ms, and 1.1 million at 50,000 took 140 ms, so the summary grew with the
/// register. Reading 14 rows takes no time at any size; the triggers cost each outcome insert
/// one small update.
enum OutcomeCounts {
    static let name = "v4-outcome-counts"

    static let statements: [String] = [
        """
        CREATE TABLE outcome_count (
          kind TEXT PRIMARY KEY,
          count INTEGER NOT NULL CHECK (count >= 0)
        );
        """,
        "INSERT INTO outcome_count (kind, count) SELECT kind, count(*) FROM outcome GROUP BY kind;",
        """
        CREATE TRIGGER outcome_counted AFTER INSERT ON outcome
        BEGIN
          INSERT INTO outcome_count (kind, count) VALUES (NEW.kind, 1)
            ON CONFLICT (kind) DO UPDATE SET count = count + 1;
        END;
        """,
        """
        CREATE TRIGGER outcome_uncounted AFTER DELETE ON outcome
        BEGIN
          UPDATE outcome_count SET count = count - 1 WHERE kind = OLD.kind;
        END;
        """,
        """
        CREATE TRIGGER outcome_recounted AFTER UPDATE OF kind ON outcome WHEN OLD.kind <> NEW.kind
        BEGIN
          UPDATE outcome_count SET count = count - 1 WHERE kind = OLD.kind;
          INSERT INTO outcome_count (kind, count) VALUES (NEW.kind, 1)
            ON CONFLICT (kind) DO UPDATE SET count = count + 1;
        END;
        """,
    ]
}
