import Foundation

/// A progress line on standard error, shown only when it is a terminal.
struct ProgressLine: Sendable {
    let isTerminal = isatty(STDERR_FILENO) == 1

    @Sendable func show(_ done: Int, _ total: Int) {
        guard done % 25 == 0 || done == total else { return }
        FileHandle.standardError.write(Data("\rImporting: \(done) of \(total) files".utf8))
    }

    func finish() {
        if isTerminal { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    }
}
