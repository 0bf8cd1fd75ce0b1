/// Reads BibTeX, as reference managers export it, into publication records.
///
/// Entries `@type{key, field = {value} | "value" | number | macro, …}` with nested braces,
/// `#` concatenation and `@string` macros; `@comment` and `@preamble` are skipped.
enum BibTeXParser {
    /// BibTeX entry types → Researchfish publication types.
    static let types: [String: String] = [
        "article": "Journal Article", "inproceedings": "Conference Proceeding_Abstract", "conference": "Conference Proceeding_Abstract",
        "proceedings": "Conference Proceeding_Abstract", "incollection": "Book Chapter", "inbook": "Book Chapter", "book": "Book",
        "techreport": "Technical Report", "phdthesis": "Thesis", "mastersthesis": "Thesis", "unpublished": "Working Paper",
        "misc": "Other", "manual": "Manual / Guide", "booklet": "Other", "online": "Other",
    ]

    static func parse(_ text: String, path: String, options: ImportOptions) throws -> [ImportedRecord] {
        guard let programme = options.programme else {
            throw ImportError(file: path, line: 1, reason: "publication lists carry no grant reference; give it with --programme REF")
        }
        var scanner = BibTeXScanner(text: text, path: path)
        var records: [ImportedRecord] = []
        while let entry = try scanner.nextEntry() {
            records.append(try record(entry, programme: programme, path: path))
        }
        guard !records.isEmpty else {
            throw ImportError(file: path, line: 1, reason: "no BibTeX entries (@article{…}, @book{…}, …) were found")
        }
        return records
    }

    private static func record(_ entry: BibTeXScanner.Entry, programme: String, path: String) throws -> ImportedRecord {
        let field = { (name: String) -> String? in entry.fields[name].map(LaTeXText.decode).flatMap { $0.isEmpty ? nil : $0 } }
        guard let title = field("title") else {
            throw ImportError(file: path, line: entry.line, text: "@\(entry.type){\(entry.key)", reason: "entry \(entry.key) at line \(entry.line) has no title")
        }
        var fields: [String: String?] = [
            "programme": programme, "title": title, "type": types[entry.type],
            "year": field("year").flatMap(CitationFields.year),
            "journal": field("journal") ?? field("booktitle") ?? field("journaltitle"),
            "volume": field("volume"), "issue": field("number") ?? field("issue"),
            "pages": field("pages").map { $0.replacingOccurrences(of: "--", with: "-").replacingOccurrences(of: "–", with: "-") },
            "doi": field("doi").map(CitationFields.doi), "isbn": field("isbn"), "issn": field("issn"),
            "url": field("url"), "pmid": field("pmid"),
        ]
        if let authors = entry.fields["author"] {
            fields["authors"] = CitationFields.authors(BibTeXScanner.splitNames(authors).map(LaTeXText.decode))
        }
        return ImportedRecord(kind: .publication, fields: fields.compactMapValues { $0 }, line: entry.line)
    }
}
