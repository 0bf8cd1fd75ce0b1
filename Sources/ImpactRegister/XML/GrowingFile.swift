import Foundation

/// A file read by one thread while another writes it, so that a document can be validated as
/// it is written rather than after.
///
/// The writing side says how far the file has grown (``grew(to:)``) and when it is complete
/// (``finish()``) or given up (``abandon()``); the reading side (``read(into:count:)``) waits
/// for bytes not yet written and sees the end of the file only once the writer has finished.
final class GrowingFile: @unchecked Sendable {
    let path: String
    private let descriptor: Int32
    private let condition = NSCondition()
    /// How many bytes the writer has put in the file.
    private var written = 0
    private var state = State.growing
    /// How many bytes the reader has taken (reading side only).
    private var offset = 0

    private enum State { case growing, finished, abandoned }

    /// Opens `path`, which the writer has created, for reading.
    init(path: String) throws {
        self.path = path
        descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw XMLInputError(file: path, line: 0, message: "cannot open the file: \(String(cString: strerror(errno)))")
        }
    }

    deinit {
        Glibc.close(descriptor)
    }

    /// The writer has put `size` bytes in the file in all.
    func grew(to size: Int) {
        condition.lock()
        written = size
        condition.broadcast()
        condition.unlock()
    }

    /// The file is complete: the reader may reach its end.
    func finish() { settle(.finished) }

    /// The writer gave up: the reader stops with an error.
    func abandon() { settle(.abandoned) }

    /// Reads up to `count` bytes the writer has written, waiting for them if need be; 0 at the
    /// end of a finished file, -1 once the writer has given up or on a read error.
    func read(into buffer: UnsafeMutableRawPointer, count: Int) -> Int32 {
        condition.lock()
        while written == offset && state == .growing { condition.wait() }
        let available = written - offset
        let abandoned = state == .abandoned
        condition.unlock()
        if abandoned { return -1 }
        if available == 0 { return 0 }
        let length = min(count, available)
        var done: Int
        repeat { done = pread(descriptor, buffer, length, off_t(offset)) } while done < 0 && errno == EINTR
        guard done >= 0 else { return -1 }
        offset += done
        return Int32(done)
    }

    private func settle(_ final: State) {
        condition.lock()
        if state == .growing { state = final }
        condition.broadcast()
        condition.unlock()
    }
}
