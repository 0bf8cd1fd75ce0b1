import Foundation

/// Work started on a thread of its own at once, whose result is waited for later.
///
/// ```swift
/// let validation = BackgroundWork { try schema.validate(file, name: path) }
/// … write the file …
/// let issues = try validation.result().get()
/// ```
final class BackgroundWork<T>: @unchecked Sendable {
    private var outcome: Result<T, any Error>?
    private let done = DispatchSemaphore(value: 0)

    init(_ work: @escaping () throws -> T) {
        let box = UncheckedSendable(work)
        Thread.detachNewThread { [self] in
            outcome = Result { try box.value() }
            done.signal()
        }
    }

    /// Waits for the work to end; call once.
    func result() -> Result<T, any Error> {
        done.wait()
        return outcome!
    }
}

/// Hands a value that is not `Sendable` to the one thread that uses it.
struct UncheckedSendable<Value>: @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}
