/// A page's text as numbered lines, with any line ending (LF, CRLF, lone CR) and a
/// leading byte order mark taken care of.
struct GtRPageLines {
    struct Line {
        let number: Int
        let text: String
    }

    let lines: [Line]

    init(_ text: String) {
        var body = Substring(text)
        if body.hasPrefix("\u{FEFF}") { body = body.dropFirst() }
        // Split on the bytes, not on Characters: grapheme breaking made a 100 MB line take seconds.
        var lines: [Line] = []
        let bytes = body.utf8
        var start = bytes.startIndex
        var index = start
        func take(_ end: String.UTF8View.Index) {
            let line = String(decoding: bytes[start..<end], as: UTF8.self)
            lines.append(Line(number: lines.count + 1, text: line.trimmingTrailingSpaces()))
        }
        while index < bytes.endIndex {
            let byte = bytes[index]
            guard byte == 0x0A || byte == 0x0D else {
                index = bytes.index(after: index)
                continue
            }
            take(index)
            index = bytes.index(after: index)
            if byte == 0x0D, index < bytes.endIndex, bytes[index] == 0x0A { index = bytes.index(after: index) }
            start = index
        }
        take(bytes.endIndex)
        self.lines = lines
    }
}
