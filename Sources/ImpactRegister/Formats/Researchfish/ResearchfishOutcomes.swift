/// The outcomes of one kind in a Researchfish export, by outcome id: a row per outcome and award,
/// gathered into one record linked to every award.
struct ResearchfishOutcomes {
    let kind: Kind
    /// The sheet's name, for notes.
    let sheet: String
    private var order: [String] = []
    private var outcomes: [String: (awards: [String], fields: [String: [String]], line: Int)] = [:]
    /// Publications by DOI: the register holds one publication per DOI, and researchers
    /// reporting the same paper against different awards give it different outcome ids.
    private var publicationByDOI: [String: String] = [:]
    /// Outcome ids read as another id's publication (the same DOI).
    private var merged = Set<String>()
    var mergedIDs: Int { merged.count }

    init(kind: Kind, sheet: String) {
        self.kind = kind
        self.sheet = sheet
    }

    /// Adds a row; a later row of the same outcome adds its award (its fields are the same).
    mutating func add(id given: String, award: String, fields: [String: [String]], line: Int) {
        var id = given
        if kind == .publication, let doi = fields["doi"]?.first.map(RecordIdentity.normaliseDOI), !doi.isEmpty {
            if let first = publicationByDOI[doi] {
                if first != id { merged.insert(id) }
                id = first
            } else {
                publicationByDOI[doi] = id
            }
        }
        if var known = outcomes[id] {
            if !known.awards.contains(award) { known.awards.append(award) }
            outcomes[id] = known
        } else {
            order.append(id)
            outcomes[id] = ([award], fields, line)
        }
    }

    func records() -> [ImportedRecord] {
        order.compactMap { id in
            guard let outcome = outcomes[id] else { return nil }
            var fields = combined(outcome.fields)
            fields["programme"] = outcome.awards.joined(separator: ";")
            return ImportedRecord(kind: kind, sourceID: id, fields: fields, line: outcome.line).fillingRequired()
        }
    }

    /// Columns feeding one field joined (lists with ",", texts with a blank line); the further
    /// funding's amount with its currency, and its months with their years.
    private func combined(_ texts: [String: [String]]) -> [String: String] {
        var fields: [String: String] = [:]
        for (name, values) in texts {
            let unique = values.reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
            switch name {
            case "other-audiences", "years", "impact-areas", "impact-types", "authors":
                fields[name] = unique.joined(separator: name == "authors" ? "; " : ",")
            default:
                fields[name] = unique.joined(separator: "\n\n")
            }
        }
        if kind == .furtherFunding {
            if let amount = fields.removeValue(forKey: "amount") {
                let currency = fields.removeValue(forKey: "currency") ?? "GBP"
                fields["amount"] = (try? Money.parse(amount: amount, currencyCode: currency).display) ?? "\(amount) \(currency)"
            }
            fields.removeValue(forKey: "currency")
            for end in ["start", "end"] {
                let month = fields.removeValue(forKey: "\(end)-month"), year = fields.removeValue(forKey: "\(end)-year")
                if let year { fields[end] = month.map { "\($0)/\(year)" } ?? year }
            }
        }
        return fields
    }
}
