/// The awards of a Researchfish export, by award reference, with what the rows say of each:
/// they become programmes, with their principal investigators as people.
struct ResearchfishAwards {
    private var order: [String] = []
    private var fields: [String: [ResearchfishColumn.AwardField: String]] = [:]

    /// Adds what one row says of an award; the first non-empty value of each field is kept.
    mutating func add(_ reference: String, _ given: [ResearchfishColumn.AwardField: String]) {
        if fields[reference] == nil { order.append(reference); fields[reference] = [:] }
        fields[reference]!.merge(given) { kept, _ in kept }
    }

    /// People first (the principal investigators), then the programmes.
    func records() -> [ImportedRecord] {
        var people: [ImportedRecord] = []
        var seenPeople = Set<String>()
        var programmes: [ImportedRecord] = []
        for reference in order {
            let award = fields[reference] ?? [:]
            var programme: [String: String] = ["grant-reference": reference]
            programme["title"] = award[.title]
            programme["funder"] = award[.funder]
            programme["lead-organisation"] = award[.organisation]
            programme["department"] = award[.department]
            programme["start-date"] = award[.start].flatMap(Self.date)
            programme["end-date"] = award[.end].flatMap(Self.date)
            programme["abstract"] = award[.abstract]
            if let person = Self.person(award) {
                if let key = person.key, seenPeople.insert(key).inserted { people.append(person) }
                programme["principal-investigator"] = "@" + (person.key ?? "")
            }
            programmes.append(ImportedRecord(kind: .programme, sourceID: nil, fields: programme).fillingRequired())
        }
        return people + programmes
    }

    /// The PI named by the award columns, keyed by Researchfish's PI id when there is one.
    private static func person(_ award: [ResearchfishColumn.AwardField: String]) -> ImportedRecord? {
        let name = [award[.piFirstName], award[.piSurname]].compactMap { $0 }.joined(separator: " ").trimmed
        guard !name.isEmpty else { return nil }
        let id = award[.piID] ?? name
        var fields = ["name": name]
        if let orcid = award[.piORCID], (try? ORCID.parse(orcid)) != nil { fields["orcid"] = orcid }
        return ImportedRecord(kind: .person, key: "pi:\(id)", sourceID: "researchfish-pi:\(id)", fields: fields)
    }

    /// A date as the register takes it: ISO dates as they are, Excel serials left unformatted
    /// (the 2022 export's `43191`) converted, anything else kept to be flagged.
    /// Text that is no date at all (a column of another year's layout) is left out.
    static func date(_ text: String) -> String? {
        if let serial = Double(text), serial > 1, serial < 2_958_466,
           let date = XLSXDate(serial: serial, uses1904DateSystem: false) {
            return String(date.iso8601.prefix(10))
        }
        let day = String(text.trimmed.prefix(10))
        return (try? PartialDate.parse(day)) == nil ? nil : day
    }
}

extension ImportedRecord {
    /// The placeholder a required field the workbook leaves empty gets: the record is kept and
    /// flagged (``Placeholder``), so `impact check` lists it, rather than the workbook refused.
    static let missingText = "n/a"

    /// This record with every required field it lacks (other than its programmes) set to
    /// ``missingText``.
    func fillingRequired() -> ImportedRecord {
        var filled = self
        for field in kind.fields where field.isRequired && field.name != "programme" && (fields[field.name]?.trimmed.isEmpty ?? true) {
            filled.fields[field.name] = Self.missingText
        }
        return filled
    }
}
