import Foundation

/// How a command waits while another process holds the register's write lock: SQLite asks
/// again every 10 ms, the wait is announced after 2 seconds, and the command gives up with
/// SQLite's "database is locked" error only after 5 minutes. Readers never wait: in WAL mode
/// they read the last committed state while a writer works.
public enum WriterWait {
    /// Milliseconds between two attempts.
    static let interval = 10
    /// The wait after which the notice is given.
    public static let noticeAfter: Duration = .seconds(2)
    /// The wait after which the command gives up.
    public static let giveUpAfter: Duration = .seconds(300)

    /// SQLite's busy handler: `retries` is how many times it has asked already. Returns whether
    /// to try again.
    static func retry(_ retries: Int, giveUpAfter limit: Duration = giveUpAfter, notice: () -> Void) -> Bool {
        let waited = Duration.milliseconds(retries * interval)
        if waited >= limit { return false }
        if retries == Int(noticeAfter / .milliseconds(interval)) { notice() }
        usleep(useconds_t(interval * 1000))
        return true
    }
}
