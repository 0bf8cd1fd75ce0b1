import CLibXML2
import Foundation

/// The bytes an ``XMLStreamWriter`` has written: kept in memory, or passed on to a file a
/// megabyte at a time.
///
/// Text is copied and checked in one pass: if it holds a byte that needs escaping or encoding,
/// the copy is taken back and the caller escapes it with libxml2's functions, the ones
/// `xmlTextWriter` calls, so the bytes are the same. A class over raw memory, so that the
/// millions of small appends of an export pay for no exclusivity checks or array growth.
final class XMLOutputBytes {
    private var storage: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    private var count = 0
    /// The file written to; nil in memory, and once closed.
    private var file: OutputFile?
    /// The first failed write, reported by ``flush(_:)`` and ``close(_:)``.
    private var failure: (any Error)?
    /// How many bytes the file holds.
    private var size = 0
    /// Called with the file's size after each write to it.
    var wrote: ((Int) -> Void)?

    /// How much is buffered before a file is written to.
    static let chunk = 1 << 20

    init() {
        capacity = 4096
        storage = .allocate(capacity: capacity)
    }

    /// Passes the bytes on to `file` (see ``OutputFile``), whose owner commits it.
    init(file: OutputFile) {
        self.file = file
        capacity = Self.chunk
        storage = .allocate(capacity: capacity)
    }

    deinit {
        storage.deallocate()
    }

    var data: Data { Data(bytes: storage, count: count) }

    /// Markup or text known to need no escaping.
    func append(_ text: String) {
        text.withUTF8Bytes { append($0) }
    }

    func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        reserve(bytes.count)
        guard let base = bytes.baseAddress else { return }
        (storage + count).update(from: base, count: bytes.count)
        count += bytes.count
    }

    /// Appends `text` if none of its bytes is marked in `table` and returns true; otherwise
    /// leaves the output as it was and returns false.
    func appendUnlessMarked(_ text: String, _ table: XMLByteTable) -> Bool {
        text.withUTF8Bytes { bytes in
            reserve(bytes.count)
            let target = storage + count
            return table.withFlags { flags in
                for index in 0..<bytes.count {
                    let byte = bytes[index]
                    if flags[Int(byte)] { return false }
                    target[index] = byte
                }
                count += bytes.count
                return true
            }
        }
    }

    /// Character data with `<`, `>`, `&`, `"` and carriage returns escaped, as `xmlTextWriterWriteString` does.
    func appendEscapedText(_ text: String, path: String?) throws {
        guard let escaped = text.withXMLChars({ xmlEncodeSpecialChars(nil, $0) }) else {
            throw XMLOutputError(path: path, message: "libxml2 could not escape text")
        }
        defer { impact_xml_free(escaped) }
        append(UnsafeBufferPointer(start: escaped, count: strlen(UnsafeRawPointer(escaped).assumingMemoryBound(to: CChar.self))))
    }

    /// An attribute value escaped as `xmlTextWriterWriteAttribute` escapes it: quotes, markup and
    /// white space other than spaces, and characters beyond ASCII as references unless the
    /// `document`'s encoding is set.
    func appendEscapedAttribute(_ value: String, document: xmlDocPtr?, path: String?) throws {
        guard let buffer = xmlBufferCreate() else {
            throw XMLOutputError(path: path, message: "libxml2 could not create a buffer")
        }
        defer { xmlBufferFree(buffer) }
        value.withXMLChars { xmlAttrSerializeTxtContent(buffer, document, nil, $0) }
        if let content = xmlBufferContent(buffer) {
            append(UnsafeBufferPointer(start: content, count: Int(xmlBufferLength(buffer))))
        }
    }

    /// Writes everything buffered to the file (nothing for a writer in memory).
    func flush(_ path: String?) throws {
        if let failure { throw failure }
        guard let file else { return }
        let pending = count
        count = 0
        do {
            try file.write(UnsafeRawBufferPointer(start: storage, count: pending))
        } catch {
            failure = error
            throw error
        }
        size += pending
        if pending > 0 { wrote?(size) }
    }

    /// Writes out what is buffered; the file is then its owner's to commit. The first error wins.
    func close(_ path: String?) throws {
        guard file != nil else { return }
        defer { file = nil }
        try flush(path)
    }

    /// Makes room for `extra` more bytes: a file's buffer is written out first, memory grows.
    private func reserve(_ extra: Int) {
        guard count + extra > capacity else { return }
        if file != nil && count > 0 {
            try? flush(nil)   // a failure is kept and reported by the next flush or close
            if extra <= capacity { return }
        }
        var grown = capacity
        while count + extra > grown { grown *= 2 }
        let larger = UnsafeMutablePointer<UInt8>.allocate(capacity: grown)
        larger.update(from: storage, count: count)
        storage.deallocate()
        storage = larger
        capacity = grown
    }
}

/// Which bytes stop a plain copy: 256 flags, looked up once per byte.
struct XMLByteTable: Sendable {
    private let marked: [Bool]

    init(_ isMarked: (UInt8) -> Bool) {
        marked = (0...255).map { isMarked(UInt8($0)) }
    }

    func marks(_ byte: UInt8) -> Bool { marked[Int(byte)] }

    func withFlags<T>(_ body: (UnsafeBufferPointer<Bool>) -> T) -> T {
        marked.withUnsafeBufferPointer(body)
    }
}
