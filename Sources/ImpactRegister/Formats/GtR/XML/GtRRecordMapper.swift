import Foundation

/// Turns the elements of a GtR document into the register's records and fields.
struct GtRRecordMapper {
    let path: String
    let options: ImportOptions

    func records(project: GtRProject, outcomes: [(kind: Kind, leaves: GtRLeaves, line: Int)], publications: [(GtRLeaves, Int)]) throws -> [ImportedRecord] {
        var records: [ImportedRecord] = []
        let reference: String
        if let grant = project.fields["grantReference"]?.trimmed, !grant.isEmpty {
            reference = grant
            records += people(project)
            records.append(programme(project, reference, people: records))
        } else if let given = options.programme {
            reference = given
        } else {
            throw ImportError(file: path, line: 1, reason: "the document names no project (no grantReference); give the programme with --programme REF")
        }
        for (leaves, line) in publications {
            records.append(publication(leaves, reference, line))
        }
        for (kind, leaves, line) in outcomes {
            records.append(try outcome(kind, leaves, reference, line))
        }
        return records
    }

    private func people(_ project: GtRProject) -> [ImportedRecord] {
        project.people.compactMap { person in
            let name = [person.text("firstName"), person.text("otherNames"), person.text("surname")]
                .compactMap { $0?.trimmed }.filter { !$0.isEmpty }.joined(separator: " ")
            guard let id = person.text("id"), !name.isEmpty else { return nil }
            var fields = ["name": name]
            if let orcid = person.text("orcidId"), (try? ORCID.parse(orcid)) != nil { fields["orcid"] = orcid }
            return ImportedRecord(kind: .person, key: "person:\(id)", sourceID: "gtr:\(id)", fields: fields)
        }
    }

    private func programme(_ project: GtRProject, _ reference: String, people: [ImportedRecord]) -> ImportedRecord {
        var fields: [String: String] = ["grant-reference": reference]
        fields["title"] = project.fields["title"].map(HTMLEntities.decode)
        fields["abstract"] = (project.fields["abstractText"] ?? project.fields["abstract"]).map(HTMLEntities.decode)
        fields["planned-impact"] = (project.fields["potentialImpactText"] ?? project.fields["potentialImpact"]).map(HTMLEntities.decode)
        fields["lead-organisation"] = project.lead.text("name")
        fields["department"] = project.lead.text("department")
        fields["funder"] = project.fund.text("name")
        fields["start-date"] = project.fund.text("start").map { String($0.prefix(10)) }
        fields["end-date"] = project.fund.text("end").map { String($0.prefix(10)) }
        fields["url"] = project.url.map(Self.siteAddress)
        var principal: [String] = []
        var others: [String] = []
        for (person, record) in zip(project.people, people) {
            let roles = person.all("name")
            if roles.contains("PRINCIPAL_INVESTIGATOR") { principal.append("@" + (record.key ?? "")) }
            if roles.contains("CO_INVESTIGATOR") || roles.contains("RESEARCHER_COI") { others.append("@" + (record.key ?? "")) }
        }
        if !principal.isEmpty { fields["principal-investigator"] = principal.joined(separator: ";") }
        if !others.isEmpty { fields["co-investigators"] = others.joined(separator: ";") }
        return ImportedRecord(kind: .programme, sourceID: project.fields["id"].map { "gtr:\($0)" }, fields: fields.compactMapValues { $0 }, line: 1)
    }

    private func publication(_ leaves: GtRLeaves, _ reference: String, _ line: Int) -> ImportedRecord {
        var fields: [String: String?] = [
            "programme": reference,
            "title": leaves.text("title"),
            "journal": leaves.text("parentPublicationTitle", "journalTitle"),
            "year": leaves.text("date", "datePublished").map { String($0.prefix(4)) },
            "isbn": leaves.text("isbn"), "issn": leaves.text("issn"), "doi": leaves.text("doi"),
            "pmid": leaves.text("pubMedId"), "volume": leaves.text("volumeNumber"), "issue": leaves.text("issue"),
        ]
        let authors = leaves.all("otherNames") + leaves.all("author").filter { !$0.isEmpty }
        if !authors.isEmpty { fields["authors"] = authors.joined(separator: "; ") }
        return ImportedRecord(kind: .publication, sourceID: leaves.text("outcomeId", "outcomeid", "id"), fields: fields.compactMapValues { $0 }, line: line)
    }

    private func outcome(_ kind: Kind, _ leaves: GtRLeaves, _ reference: String, _ line: Int) throws -> ImportedRecord {
        var fields = try GtROutcomeFields(path: path, line: line).fields(kind, leaves)
        fields["programme"] = reference
        let id = leaves.text("outcomeId", "outcomeid") ?? leaves.text("id")
        return ImportedRecord(kind: kind, sourceID: id, fields: fields, line: line)
    }

    /// A portal address on the API's old port ("http://gtr.ukri.org:80/…") as the site's
    /// address, wherever it occurs in `url`, as Foundation's `replacingOccurrences` gave it
    /// (a test compares them); that was a fortieth of parsing an import. An ASCII address, as
    /// they all are, is rewritten by bytes; any other by characters, because Foundation leaves
    /// the old address alone where a combining mark follows its last "/", and so must we.
    static func siteAddress(_ url: String) -> String {
        let old = Array("http://gtr.ukri.org:80/".utf8)
        let new = Array("https://gtr.ukri.org/".utf8)
        let bytes = Array(url.utf8)
        guard bytes.allSatisfy({ $0 < 0x80 }) else { return siteAddressByCharacters(url, String(decoding: old, as: UTF8.self)) }
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            if bytes[index] == old[0], bytes[index...].starts(with: old) {
                result += new
                index += old.count
            } else {
                result.append(bytes[index])
                index += 1
            }
        }
        return String(decoding: result, as: UTF8.self)
    }

    private static func siteAddressByCharacters(_ url: String, _ old: String) -> String {
        var rest = url[...]
        var result = ""
        while let found = rest.firstRange(of: old) {
            result += rest[..<found.lowerBound]
            result += "https://gtr.ukri.org/"
            rest = rest[found.upperBound...]
        }
        return result + rest
    }
}
