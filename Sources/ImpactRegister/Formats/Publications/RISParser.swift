/// Reads RIS, as reference managers export it: records from `TY  - ` to `ER  - `, one
/// `XX  - value` tag a line.
enum RISParser {
    /// RIS reference types → Researchfish publication types.
    static let types: [String: String] = [
        "JOUR": "Journal Article", "JFULL": "Journal Article", "EJOUR": "Journal Article", "MGZN": "Other", "NEWS": "Other",
        "CHAP": "Book Chapter", "BOOK": "Book", "EBOOK": "Book", "EDBOOK": "Book (Edited)", "CONF": "Conference Proceeding_Abstract",
        "CPAPER": "Conference Proceeding_Abstract", "ABST": "Conference Proceeding_Abstract", "RPRT": "Technical Report",
        "THES": "Thesis", "UNPB": "Working Paper", "GEN": "Other", "ELEC": "Other", "STAND": "Technical Standard",
    ]

    /// Tags whose values may run over several lines.
    private static let continued: Set<String> = ["AB", "N1", "N2", "TI", "T1"]

    static func parse(_ text: String, path: String, options: ImportOptions) throws -> [ImportedRecord] {
        guard let programme = options.programme else {
            throw ImportError(file: path, line: 1, reason: "publication lists carry no grant reference; give it with --programme REF")
        }
        var records: [ImportedRecord] = []
        var tags: [(tag: String, value: String)] = []
        var start: Int?
        let lines = GtRPageLines(text).lines
        for line in lines {
            let content = line.text
            if content.trimmed.isEmpty { continue }
            if let (tag, value) = tagged(content) {
                if tag == "TY" {
                    if let start { throw ImportError(file: path, line: start, text: "TY", reason: "the record that starts here has no ER line before the next TY") }
                    start = line.number
                    tags = [(tag, value)]
                } else if tag == "ER" {
                    guard let first = start else { throw ImportError(file: path, line: line.number, text: content, reason: "ER without a TY before it") }
                    records.append(try record(tags, line: first, programme: programme, path: path))
                    start = nil
                } else {
                    guard start != nil else { throw ImportError(file: path, line: line.number, text: content, reason: "a tag outside a record: records start with TY") }
                    tags.append((tag, value))
                }
            } else if start != nil, let last = tags.last, continued.contains(last.tag) {
                tags[tags.count - 1].value += " " + content.trimmed
            } else {
                throw ImportError(file: path, line: line.number, text: content, reason: "not a RIS line: expected a tag such as \"TI  - title\"")
            }
        }
        if let start { throw ImportError(file: path, line: start, text: "TY", reason: "the file ends inside a record: no ER line") }
        guard !records.isEmpty else { throw ImportError(file: path, line: 1, reason: "no RIS records (TY  - … ER  - ) were found") }
        return records
    }

    /// `TI  - Title` → ("TI", "Title").
    private static func tagged(_ line: String) -> (String, String)? {
        let characters = Array(line)
        guard characters.count >= 5, characters[0].isUppercase, characters[1].isUppercase || characters[1].isNumber,
              characters[2] == " ", characters[3] == " ", characters[4] == "-" else { return nil }
        let value = characters.count > 6 ? String(characters[6...]) : ""
        return (String(characters[0...1]), value.trimmed)
    }

    private static func record(_ tags: [(tag: String, value: String)], line: Int, programme: String, path: String) throws -> ImportedRecord {
        let first = { (names: [String]) -> String? in
            for name in names { if let value = tags.first(where: { $0.tag == name && !$0.value.isEmpty })?.value { return value } }
            return nil
        }
        guard let title = first(["TI", "T1", "CT", "BT"]) else {
            throw ImportError(file: path, line: line, text: "TY  - \(first(["TY"]) ?? "")", reason: "the record that starts here has no title (TI)")
        }
        let authors = tags.filter { ["AU", "A1"].contains($0.tag) }.map(\.value)
        var pages = first(["SP"])
        if let start = pages, let end = first(["EP"]) { pages = "\(start)-\(end)" }
        let serial = first(["SN"])
        let isISBN = serial.map { $0.filter(\.isNumber).count >= 10 } ?? false
        let fields: [String: String?] = [
            "programme": programme, "title": title, "type": first(["TY"]).flatMap { types[$0] },
            "authors": CitationFields.authors(authors), "year": first(["PY", "Y1", "DA"]).flatMap(CitationFields.year),
            "journal": first(["JF", "T2", "JO", "JA", "BT"]), "volume": first(["VL"]), "issue": first(["IS"]),
            "pages": pages, "doi": first(["DO"]).map(CitationFields.doi), "url": first(["UR"]),
            "isbn": isISBN ? serial : nil, "issn": isISBN ? nil : serial,
        ]
        return ImportedRecord(kind: .publication, fields: fields.compactMapValues { $0 }, line: line)
    }
}
