import Foundation
import GRDB

/// Copies committed pages from the write-ahead log into the register's file on a thread of its
/// own, through a connection of its own, while an import goes on writing.
///
/// SQLite does this copy (a checkpoint) on the writing connection by default, in the middle
/// of a commit; in an import that was a tenth of the writing thread's time. A passive
/// checkpoint never waits for the writer or blocks it, and copies only what is committed, so
/// a crash at any moment leaves the register as the write-ahead log describes it.
///
/// The log starts again from its beginning only when a transaction begins with every page of
/// it copied. Once it holds more than `restartAfter` pages, the writer copies the last few
/// pages itself between two transactions, so the log does not grow with the import.
final class BackgroundCheckpoint: @unchecked Sendable {
    private let connection: DatabaseQueue
    private let queue = DispatchQueue(label: "impact.checkpoint")
    private let group = DispatchGroup()
    private let lock = NSLock()
    private var running = false
    private var logPages = 0
    private let restartAfter: Int

    init(path: String, restartAfter: Int = 16_384) throws {
        var configuration = Configuration()
        configuration.label = "checkpoint"
        connection = try DatabaseQueue(path: path, configuration: configuration)
        self.restartAfter = restartAfter
    }

    /// Called by the writer between two transactions.
    func afterCommit(_ db: Database) {
        finish()
        lock.lock()
        let pages = logPages
        lock.unlock()
        if pages > restartAfter {
            // Nearly everything is copied already; what is left is the last commit's pages.
            if let result = try? db.checkpoint(.passive), result.checkpointedFrameCount == result.walFrameCount {
                lock.lock()
                logPages = 0
                lock.unlock()
            }
            return
        }
        request()
    }

    /// Starts a checkpoint unless one is still running.
    private func request() {
        lock.lock()
        defer { lock.unlock() }
        guard !running else { return }
        running = true
        group.enter()
        queue.async { [self] in
            // A checkpoint that cannot go ahead now will be done by the next, or at close.
            let result = try? connection.writeWithoutTransaction { try $0.checkpoint(.passive) }
            lock.lock()
            if let result { logPages = result.walFrameCount }
            running = false
            lock.unlock()
            group.leave()
        }
    }

    /// Waits for the checkpoint in progress, if any.
    func finish() {
        group.wait()
    }
}
