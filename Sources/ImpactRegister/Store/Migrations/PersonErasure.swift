/// The one sanctioned change to the history: erasing a person's data (UK GDPR's right to
/// erasure). The triggers that keep the history append-only now let a change through only while
/// `history_erasure` holds a row, which only ``Register/forget(person:reason:options:context:)``
/// and ``Register/purgeAttendees(olderThan:context:)`` write, inside their own transaction and
/// removed again before it commits; no other path of the program writes that table.
///
/// `backup_log` lists the copies `impact backup` made, so that an erasure can warn that they
/// still hold the data.
enum PersonErasure {
    static let name = "v7-person-erasure"

    static let statements = [
        """
        CREATE TABLE history_erasure (
          reason TEXT NOT NULL CHECK (reason <> '')
        )
        """,
        "DROP TRIGGER history_cannot_change",
        "DROP TRIGGER history_cannot_be_deleted",
        """
        CREATE TRIGGER history_cannot_change BEFORE UPDATE ON history
        WHEN NOT EXISTS (SELECT 1 FROM history_erasure)
        BEGIN SELECT RAISE(ABORT, 'history is append-only: it cannot be changed'); END
        """,
        """
        CREATE TRIGGER history_cannot_be_deleted BEFORE DELETE ON history
        WHEN NOT EXISTS (SELECT 1 FROM history_erasure)
        BEGIN SELECT RAISE(ABORT, 'history is append-only: it cannot be deleted'); END
        """,
        """
        CREATE TABLE backup_log (
          id INTEGER PRIMARY KEY,
          path TEXT NOT NULL CHECK (path <> ''),
          at TEXT NOT NULL,
          actor TEXT NOT NULL
        )
        """,
    ]
}
