import Foundation
import GRDB

/// Reads records on the database's thread while another thread writes them out, so that an
/// export keeps both cores busy: one turns rows into records, the other records into XML.
///
/// The reading follows a plan (which kinds, in which order); the writing side asks for the
/// same kinds in the same order through ``RecordSource``. At most a few pages wait between
/// the two, so memory stays flat however large the register is.
///
/// ```swift
/// let count = try RecordStream.run(db, plan: [.pages(.person, filter), .pages(.programme, filter)]) { source in
///     try source.forEach(.person) { person in … }
///     try source.forEach(.programme) { programme in … }
///     return written
/// }
/// ```
enum RecordStream {
    /// One step of the plan: a kind read a page at a time in id order, or all at once in the
    /// order `impact list` shows (see ``RecordReader/list(_:_:)``).
    enum Step {
        case pages(Kind, ListFilter)
        case list(Kind, ListFilter)

        var kind: Kind {
            switch self {
            case .pages(let kind, _), .list(let kind, _): kind
            }
        }
    }

    /// Runs `write` on another thread and feeds it the records of `plan`, read from `db` on
    /// this one. An error on either side stops both; the first one is thrown.
    static func run<T>(_ db: Database, plan: [Step], write: @escaping (RecordSource) throws -> T) throws -> T {
        let pipe = Pipe()
        let writing = BackgroundWork {
            defer { pipe.cancel() }
            return try write(RecordSource(pipe: pipe))
        }
        let reader = RecordReader(db: db)
        do {
            reading: for step in plan {
                switch step {
                case .pages(let kind, let filter):
                    var stopped = false
                    try reader.forEachPage(kind, filter) { page in
                        stopped = !pipe.put(.page(kind, Page(page)))
                        return !stopped
                    }
                    if stopped { break reading }
                case .list(let kind, let filter):
                    guard pipe.put(.page(kind, Page(try reader.list(kind, filter)))) else { break reading }
                }
                guard pipe.put(.end(step.kind)) else { break reading }
            }
        } catch {
            pipe.fail(error)
        }
        return try writing.result().get()
    }

    /// What passes between the two threads.
    enum Item {
        case page(Kind, Page)
        case end(Kind)
        case failure(any Error)
    }

    /// A page of records. Once written it goes back to the reading thread, which frees its
    /// records: freeing half a million records was a tenth of the writing thread's work, and the
    /// writing thread is the busier one.
    final class Page {
        fileprivate(set) var records: [StoredRecord]
        init(_ records: [StoredRecord]) { self.records = records }
    }

    /// A queue of a few items; the reading side waits while it is full, the writing side
    /// while it is empty.
    final class Pipe: @unchecked Sendable {
        private var items: [Item] = []
        /// Pages written, waiting for the reading thread to free their records.
        private var spent: [Page] = []
        private var cancelled = false
        private let condition = NSCondition()
        private let capacity = 2

        /// Adds an item; false once the writing side has stopped. Frees the records of the
        /// pages written since the last call, outside the lock.
        func put(_ item: Item) -> Bool {
            condition.lock()
            while items.count >= capacity && !cancelled { condition.wait() }
            let written = spent
            spent = []
            guard !cancelled else {
                condition.unlock()
                return false
            }
            items.append(item)
            condition.broadcast()
            condition.unlock()
            for page in written { page.records = [] }
            return true
        }

        /// Hands a written page back, for the reading thread to free.
        func giveBack(_ page: Page) {
            condition.lock()
            spent.append(page)
            condition.unlock()
        }

        /// Passes a reading error on, whether or not there is room.
        func fail(_ error: any Error) {
            condition.lock()
            items.append(.failure(error))
            condition.broadcast()
            condition.unlock()
        }

        func take() -> Item {
            condition.lock()
            defer { condition.unlock() }
            while items.isEmpty { condition.wait() }
            let item = items.removeFirst()
            condition.broadcast()
            return item
        }

        func cancel() {
            condition.lock()
            cancelled = true
            condition.broadcast()
            condition.unlock()
        }
    }
}

/// The writing side of a ``RecordStream``: the records of each step of the plan, in order.
struct RecordSource {
    fileprivate let pipe: RecordStream.Pipe

    /// Calls `body` with every record of the next step of the plan, which must be of `kind`.
    func forEach(_ kind: Kind, _ body: (StoredRecord) throws -> Void) throws {
        while true {
            switch pipe.take() {
            case .page(let pageKind, let page):
                guard pageKind == kind else { throw Self.outOfStep(kind, pageKind) }
                for record in page.records { try body(record) }
                pipe.giveBack(page)
            case .end(let endKind):
                guard endKind == kind else { throw Self.outOfStep(kind, endKind) }
                return
            case .failure(let error):
                throw error
            }
        }
    }

    /// Every record of the next step of the plan, which must be of `kind`.
    func list(_ kind: Kind) throws -> [StoredRecord] {
        var records: [StoredRecord] = []
        try forEach(kind) { records.append($0) }
        return records
    }

    private static func outOfStep(_ asked: Kind, _ read: Kind) -> RegisterError {
        RegisterError(.invalidValue, "internal error: the export asked for \(asked.rawValue) records where its plan reads \(read.rawValue)")
    }
}
