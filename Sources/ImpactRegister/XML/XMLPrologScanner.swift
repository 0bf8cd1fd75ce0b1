import Foundation

/// Refuses document type declarations before libxml2 sees a single byte of them.
///
/// The prolog (byte-order mark, XML declaration, comments, processing instructions and white
/// space) is scanned up to the root element. A `<!DOCTYPE` there is refused, which blocks external
/// entities (XXE), external DTDs and entity-expansion attacks ("billion laughs") outright. UTF-8,
/// UTF-16 and UCS-4 input is scanned in its own code units; EBCDIC input and XML declarations
/// naming an encoding that is not ASCII-compatible or UTF-16 are refused, because a declaration
/// could then hide from the scan. (``XMLStreamReader`` also refuses a DOCTYPE node should one
/// ever get past this scan.)
struct XMLPrologScanner {
    /// Why a document was refused.
    struct Refusal: Error {
        var line: Int
        var message: String
        var snippet: String?
    }

    static let doctypeMessage =
        "document type declarations are not accepted: external entities and entity expansion are refused"

    private let bytes: UnsafeRawBufferPointer
    private let isComplete: Bool
    private var width = 1
    private var bigEndian = false
    private var position = 0
    private var line = 1

    private init(bytes: UnsafeRawBufferPointer, isComplete: Bool) {
        self.bytes = bytes
        self.isComplete = isComplete
    }

    /// Checks the start of a file, reading only as much of it as the prolog needs.
    static func check(fileDescriptor: Int32, name: String) throws {
        var prefix = [UInt8]()
        var chunk = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = chunk.withUnsafeMutableBytes { pread(fileDescriptor, $0.baseAddress, $0.count, off_t(prefix.count)) }
            guard count >= 0 else {
                throw XMLInputError(file: name, line: 0, message: "cannot read the file: \(String(cString: strerror(errno)))")
            }
            prefix.append(contentsOf: chunk[0..<count])
            let finished = try prefix.withUnsafeBytes { try decide($0, isComplete: count == 0, name: name) }
            if finished { return }
        }
    }

    /// Checks in-memory input.
    static func check(data: Data, name: String) throws {
        _ = try data.withUnsafeBytes { try decide($0, isComplete: true, name: name) }
    }

    /// Returns `true` once the prolog has been accepted, `false` when more input is needed.
    private static func decide(_ bytes: UnsafeRawBufferPointer, isComplete: Bool, name: String) throws -> Bool {
        var scanner = XMLPrologScanner(bytes: bytes, isComplete: isComplete)
        do {
            return try scanner.scan()
        } catch let refusal as Refusal {
            throw XMLInputError(file: name, line: refusal.line, message: refusal.message, snippet: refusal.snippet)
        }
    }

    /// `true`: accepted; `false`: needs more input; throws ``Refusal``.
    private mutating func scan() throws -> Bool {
        guard try detectEncoding() else { return false }
        while true {
            while let unit = unit(at: position), [0x20, 0x09, 0x0A, 0x0D].contains(unit) {
                if unit == 0x0A { line += 1 }
                position += 1
            }
            guard let first = unit(at: position) else { return isComplete }
            guard first == 0x3C, let second = unit(at: position + 1) else { return first != 0x3C || isComplete }
            switch second {
            case 0x3F:  // "<?"
                guard let end = find("?>") else { return isComplete }
                if position == 0 { try checkDeclaration(upTo: end) }
                advance(to: end + 2)
            case 0x21 where matches("<!--"):
                guard let end = find("-->") else { return isComplete }
                advance(to: end + 3)
            case 0x21:
                guard available(9) else { return isComplete }
                if matches("<!DOCTYPE") {
                    throw Refusal(line: line, message: Self.doctypeMessage, snippet: text(from: position, count: 60))
                }
                return true
            default:
                return true  // the root element: the prolog is over
            }
        }
    }

    private mutating func detectEncoding() throws -> Bool {
        guard bytes.count >= 4 else { return isComplete }
        let head = Array(bytes.prefix(4))
        switch (head[0], head[1], head[2], head[3]) {
        case (0x4C, 0x6F, 0xA7, 0x94):
            throw Refusal(line: 1, message: "EBCDIC documents are not accepted: use UTF-8")
        case (0x00, 0x00, 0xFE, 0xFF), (0x00, 0x00, 0x00, 0x3C): (width, bigEndian) = (4, true)
        case (0xFF, 0xFE, 0x00, 0x00), (0x3C, 0x00, 0x00, 0x00): (width, bigEndian) = (4, false)
        case (0xFE, 0xFF, _, _), (0x00, 0x3C, 0x00, 0x3F): (width, bigEndian) = (2, true)
        case (0xFF, 0xFE, _, _), (0x3C, 0x00, 0x3F, 0x00): (width, bigEndian) = (2, false)
        default: (width, bigEndian) = (1, false)
        }
        if unit(at: 0) == 0xFEFF { position = 1 }
        if width == 1, head[0] == 0xEF, head[1] == 0xBB, head[2] == 0xBF { position = 3 }
        return true
    }

    private mutating func checkDeclaration(upTo end: Int) throws {
        guard let declaration = text(from: position, count: end - position), declaration.hasPrefix("<?xml") else { return }
        guard let range = declaration.range(of: "encoding") else { return }
        let rest = declaration[range.upperBound...].drop { $0 == " " || $0 == "=" || $0 == "\"" || $0 == "'" }
        let name = rest.prefix { $0 != "\"" && $0 != "'" }.uppercased()
        let accepted = ["UTF-8", "UTF8", "US-ASCII", "ASCII", "ISO-8859-", "ISO8859-", "LATIN", "WINDOWS-125",
                        "CP125", "UTF-16", "UTF16", "UCS-2", "UCS2", "ISO-10646-UCS-", "UCS-4", "UCS4"]
        guard accepted.contains(where: name.hasPrefix) else {
            throw Refusal(line: line, message: "encoding '\(name)' is not accepted: use UTF-8", snippet: declaration)
        }
    }

    private func unit(at index: Int) -> UInt32? {
        let offset = index * width
        guard offset + width <= bytes.count else { return nil }
        var value: UInt32 = 0
        for byte in 0..<width {
            let shift = bigEndian ? (width - 1 - byte) * 8 : byte * 8
            value |= UInt32(bytes[offset + byte]) << shift
        }
        return value
    }

    private func available(_ count: Int) -> Bool {
        (position + count) * width <= bytes.count
    }

    private func matches(_ literal: String, at index: Int? = nil) -> Bool {
        let start = index ?? position
        return literal.utf8.enumerated().allSatisfy { unit(at: start + $0.offset) == UInt32($0.element) }
    }

    private func find(_ literal: String) -> Int? {
        var index = position
        while unit(at: index) != nil {
            if matches(literal, at: index) { return index }
            index += 1
        }
        return nil
    }

    private mutating func advance(to index: Int) {
        for offset in position..<index where unit(at: offset) == 0x0A { line += 1 }
        position = index
    }

    /// ASCII rendering of `count` code units (others shown as "?").
    private func text(from start: Int, count: Int) -> String? {
        var scalars = String.UnicodeScalarView()
        for index in start..<start + count {
            guard let value = unit(at: index) else { break }
            scalars.append(value < 0x80 && value >= 0x20 ? Unicode.Scalar(UInt8(value)) : "?")
        }
        return String(scalars)
    }
}
