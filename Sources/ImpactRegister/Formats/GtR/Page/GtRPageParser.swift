import Foundation

/// Reads the text of a Gateway to Research project page, as a user copies it from the
/// browser: the project's title, organisation and abstract, its publications, then its
/// outcome records, told apart by their labels (funder-formats.md §5.1).
enum GtRPageParser {
    static func parse(_ text: String, path: String, options: ImportOptions) throws -> [ImportedRecord] {
        let lines = GtRPageLines(text).lines
        guard lines.contains(where: { !$0.text.trimmed.isEmpty }) else {
            throw ImportError(file: path, line: 1, reason: "the file is empty")
        }
        guard let reference = options.programme else {
            throw ImportError(file: path, line: 1, reason: "the page text carries no grant reference; give it with --programme REF")
        }
        var scanner = GtRPageScanner(lines: lines, path: path)
        var records = [try scanner.programme(reference)]
        records += scanner.publications(reference)
        let blocks = try scanner.outcomeBlocks()
        var seen: [String: Int] = [:]
        for block in blocks {
            var record = try block.record(path: path)
            record.fields["programme"] = reference
            let label = record.fields[record.kind.labelField] ?? ""
            let base = "page:\(reference):\(record.kind.rawValue):\(StableHash.hex(label))"
            seen[base, default: 0] += 1
            record.sourceID = seen[base] == 1 ? base : "\(base)#\(seen[base] ?? 1)"
            records.append(record)
        }
        return records
    }
}

/// Walks the page's lines once: header, publications, then outcome blocks.
struct GtRPageScanner {
    let lines: [GtRPageLines.Line]
    let path: String
    private var index = 0

    init(lines: [GtRPageLines.Line], path: String) {
        self.lines = lines
        self.path = path
    }

    private static let headings: Set<String> = ["Abstract", "Planned Impact", "Publications", "Technical Summary"]

    mutating func programme(_ reference: String) throws -> ImportedRecord {
        skipBlank()
        guard index < lines.count else { throw ImportError(file: path, line: 1, reason: "the page has no title") }
        let titleLine = lines[index]
        if GtRPageLabel.split(titleLine.text) != nil {
            throw ImportError(file: path, line: titleLine.number, text: titleLine.text,
                              reason: "this is not the text of a GtR project page: it should start with the project's title, then \"Lead Research Organisation:\" and \"Abstract\"")
        }
        var fields = ["grant-reference": reference, "title": titleLine.text.trimmed]
        index += 1
        var section: String?
        var sections: [String: [String]] = [:]
        while index < lines.count {
            let text = lines[index].text
            let trimmed = text.trimmed
            if trimmed == "Publications" || (section != nil && GtRPageLabel.split(text) != nil && Self.startsRecord(text)) { break }
            if let value = Self.value(of: "Lead Research Organisation:", in: trimmed) {
                fields["lead-organisation"] = value
            } else if let value = Self.value(of: "Department Name:", in: trimmed) {
                fields["department"] = value
            } else if Self.headings.contains(trimmed) {
                section = trimmed
            } else if let section {
                sections[section, default: []].append(text)
            }
            index += 1
        }
        guard sections["Abstract"] != nil || fields["lead-organisation"] != nil else {
            throw ImportError(file: path, line: titleLine.number, text: titleLine.text,
                              reason: "this is not the text of a GtR project page: there is no \"Lead Research Organisation:\" line and no \"Abstract\"")
        }
        fields["abstract"] = sections["Abstract"].map(Self.paragraphs)
        fields["planned-impact"] = sections["Planned Impact"].map(Self.paragraphs)
        return ImportedRecord(kind: .programme, fields: fields.filter { !$0.value.isEmpty }, line: titleLine.number)
    }

    /// Citation lines such as "Fisher P (2016) Narrative approaches … in Health (London, England : 1997)".
    mutating func publications(_ reference: String) -> [ImportedRecord] {
        guard index < lines.count, lines[index].text.trimmed == "Publications" else { return [] }
        index += 1
        var records: [ImportedRecord] = []
        while index < lines.count, !(GtRPageLabel.split(lines[index].text) != nil && Self.startsRecord(lines[index].text)) {
            if let citation = GtRCitation(lines[index].text) {
                var fields = ["programme": reference, "title": citation.title, "authors": citation.authors, "year": citation.year]
                fields["journal"] = citation.journal
                records.append(ImportedRecord(kind: .publication, fields: fields, line: lines[index].number))
            }
            index += 1
        }
        return records
    }

    /// The outcome records: each a run of labelled values.
    mutating func outcomeBlocks() throws -> [GtRPageBlock] {
        var blocks: [GtRPageBlock] = []
        var current: GtRPageBlock?
        while index < lines.count {
            let line = lines[index]
            index += 1
            if let (label, value) = GtRPageLabel.split(line.text), current?.accepts(label, value: value) ?? Self.startsRecord(line.text) {
                if let block = current, block.isStartedAgain(by: label) {
                    blocks.append(block)
                    current = nil
                }
                if current == nil { current = GtRPageBlock(line: line.number) }
                current?.add(label, value, line: line.number)
            } else if current != nil {
                current?.continueValue(line.text)
            } else if !line.text.trimmed.isEmpty {
                throw ImportError(file: path, line: line.number, text: line.text,
                                  reason: "this line belongs to no record: an outcome record starts with \"Description\", \"Title\" or \"Company Name\"")
            }
        }
        if let current { blocks.append(current) }
        return blocks
    }

    static func startsRecord(_ text: String) -> Bool {
        guard let (label, _) = GtRPageLabel.split(text) else { return false }
        return ["Description", "Title", "Company Name"].contains(label)
    }

    private mutating func skipBlank() {
        while index < lines.count, lines[index].text.trimmed.isEmpty { index += 1 }
    }

    private static func value(of prefix: String, in line: String) -> String? {
        line.hasPrefix(prefix) ? String(line.dropFirst(prefix.count)).trimmed : nil
    }

    /// Lines joined back into text, without leading or trailing blank lines.
    static func paragraphs(_ lines: [String]) -> String {
        lines.joined(separator: "\n").trimmed
    }
}
