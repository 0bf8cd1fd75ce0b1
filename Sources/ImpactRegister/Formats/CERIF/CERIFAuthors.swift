/// The authors of a publication as CERIF names them: the register keeps them as one text,
/// separated by `;`, each cited GtR's way, "Surname Initials".
struct CERIFAuthor: Equatable {
    /// The author as cited, trimmed.
    let display: String
    /// The first word.
    let familyNames: String
    /// The other words, one space apart; nil for a single word.
    let firstNames: String?

    /// The authors in `text`, in order; blank ones left out.
    static func list(_ text: String) -> [CERIFAuthor] {
        asciiList(text) ?? text.split(separator: ";").map { $0.trimmed }.filter { !$0.isEmpty }.map(CERIFAuthor.init(citation:))
    }

    init(citation: String) {
        let words = citation.split(separator: " ").map(String.init)
        display = citation
        familyNames = words.first ?? citation
        firstNames = words.count > 1 ? words.dropFirst().joined(separator: " ") : nil
    }

    private init(display: String, familyNames: String, firstNames: String?) {
        self.display = display
        self.familyNames = familyNames
        self.firstNames = firstNames
    }

    /// The same for text that is all ASCII, read as bytes: splitting as characters was a tenth of
    /// a CERIF export's writing thread. In ASCII the white space `trimmed` removes is tab, line
    /// feed, vertical tab, form feed, carriage return and space. Nil for other text.
    static func asciiList(_ text: String) -> [CERIFAuthor]? {
        text.withUTF8Bytes { bytes -> [CERIFAuthor]? in
            guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
            func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || (0x09...0x0D).contains(byte) }
            func string(_ range: Range<Int>) -> String { String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self) }
            var authors: [CERIFAuthor] = []
            var start = 0
            while start <= bytes.count {
                let end = bytes[start...].firstIndex(of: UInt8(ascii: ";")) ?? bytes.count
                var first = start, last = end
                while first < last, isSpace(bytes[first]) { first += 1 }
                while last > first, isSpace(bytes[last - 1]) { last -= 1 }
                if first < last {
                    var words: [Range<Int>] = []
                    var word = first
                    while word < last {
                        let space = bytes[word..<last].firstIndex(of: 0x20) ?? last
                        if space > word { words.append(word..<space) }
                        word = space + 1
                    }
                    authors.append(CERIFAuthor(
                        display: string(first..<last), familyNames: string(words[0]),
                        firstNames: words.count > 1 ? words.dropFirst().map(string).joined(separator: " ") : nil))
                }
                start = end + 1
            }
            return authors
        }
    }
}
