/// A page's text as numbered lines, with any line ending (LF, CRLF, lone CR) and a
/// leading byte order mark taken care of.
struct GtRPageLines {
    struct Line {
        let number: Int
        let text: String
    }

    let lines: [Line]

    init(_ text: String) {
        var body = text
        if body.hasPrefix("\u{FEFF}") { body.removeFirst() }
        // "\r\n" is a single Character in Swift, so one split handles all three endings.
        let raw = body.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r" || $0 == "\r\n" }
        lines = raw.enumerated().map { Line(number: $0.offset + 1, text: String($0.element).trimmingTrailingSpaces()) }
    }
}
