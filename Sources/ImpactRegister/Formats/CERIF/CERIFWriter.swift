/// Writes the register's programmes and outcomes as OpenAIRE CERIF 1.2 records, inside a small
/// wrapper element. What CERIF has no place for is listed in schema/cerif-mapping.md.
struct CERIFWriter {
    let xml: XMLStreamWriter
    let programme: String?
    private(set) var count = 0

    init(xml: XMLStreamWriter, programme: String?) {
        self.xml = xml
        self.programme = programme
    }

    /// What ``write(_:)`` reads, in the order it reads it.
    static func plan(programme: String?) -> [RecordStream.Step] {
        let filter = ListFilter(programme: programme, includePlaceholders: false)
        var plan: [RecordStream.Step] = [.pages(.person, filter)]
        if programme == nil { plan.append(.pages(.organisation, filter)) }
        plan += [.pages(.programme, filter), .pages(.furtherFunding, filter), .list(.seminar, filter), .pages(.engagement, filter), .pages(.publication, filter)]
        plan += Self.productKinds.map { .pages($0, filter) }
        plan.append(.pages(.intellectualProperty, filter))
        return plan
    }

    private static let productKinds: [Kind] = [.researchMaterial, .researchDatabase, .software, .artisticProduct]

    mutating func write(_ source: RecordSource) throws {
        try xml.startDocument()
        try xml.prologComment(" Written by \(ImpactRelease.generator) ")
        try xml.startElement("cerifExport", namespace: CERIFVocabulary.wrapperNamespace)
        if let programme { try xml.attribute("programme", programme) }
        try source.forEach(.person) { try self.person($0) }
        if programme == nil { try source.forEach(.organisation) { try orgUnit($0) } }
        try source.forEach(.programme) { try self.project($0) }
        try source.forEach(.furtherFunding) { try funding($0) }
        for seminar in try source.list(.seminar) { try event(seminar, name: seminar.label, type: seminar["type"]?.text == "conference" ? "Conference" : "Workshop", place: seminar["city"]?.text, date: seminar["date"]?.text, description: seminar["description"]?.text) }
        try source.forEach(.engagement) { activity in
            if activity["seminar"] == nil {
                try event(activity, name: activity.label, type: nil, place: nil, date: nil, description: activity["results"]?.text)
            }
        }
        try source.forEach(.publication) { try self.publication($0) }
        for kind in Self.productKinds {
            try source.forEach(kind) { try product($0) }
        }
        try source.forEach(.intellectualProperty) { try patent($0) }
        try xml.endElement()
        try xml.endDocument()
    }

    // MARK: - Entities

    private mutating func person(_ record: StoredRecord) throws {
        try open("Person", "Persons/\(record.id)")
        let (family, first) = Self.splitName(record.label)
        try xml.startElement("PersonName")
        try xml.element("FamilyNames", text: family)
        if !first.isEmpty { try xml.element("FirstNames", text: first) }
        try xml.endElement()
        if let orcid = record["orcid"]?.text { try xml.element("ORCID", text: "https://orcid.org/\(orcid)") }
        try close()
    }

    private mutating func orgUnit(_ record: StoredRecord) throws {
        try open("OrgUnit", "OrgUnits/\(record.id)")
        try name("Name", record.label)
        try close()
    }

    private mutating func project(_ record: StoredRecord) throws {
        try open("Project", "Projects/\(record.id)")
        try name("Title", record["title"]?.text ?? record.label)
        // Only a funder's grant reference is a project reference: none is written for a programme
        // without a grant or with only its own reference (schema/cerif-mapping.md).
        if let grant = record["grant-reference"]?.text, !grant.isEmpty, record["internal-reference"]?.text != YesNo.yes.rawValue {
            try xml.startElement("Identifier")
            try xml.attribute("type", CERIFVocabulary.projectReference)
            try xml.text(grant)
            try xml.endElement()
        }
        // CERIF's project dates are days: a programme known to the month has none (schema/cerif-mapping.md).
        if let start = record["start-date"].flatMap({ PartialDate($0.text)?.calendarDate }) { try xml.element("StartDate", text: start.description) }
        if let end = record["end-date"].flatMap({ PartialDate($0.text)?.calendarDate }) { try xml.element("EndDate", text: end.description) }
        if let lead = record["lead-organisation"]?.text {
            try xml.startElement("Consortium")
            try xml.startElement("Coordinator")
            try xml.startElement("OrgUnit")
            try name("Name", lead)
            try xml.endElement()
            try xml.endElement()
            try xml.endElement()
        }
        try team(record)
        if let funder = record["funder"]?.text {
            try xml.startElement("Funded")
            try xml.startElement("By")
            try xml.element("DisplayName", text: funder)
            try xml.startElement("OrgUnit")
            try name("Name", funder)
            try xml.endElement()
            try xml.endElement()
            try xml.endElement()
        }
        if let abstract = record["abstract"]?.text { try name("Abstract", abstract) }
        try close()
    }

    private func team(_ record: StoredRecord) throws {
        var members: [(String, Int64, String)] = []
        for (field, role) in [("principal-investigator", "PrincipalInvestigator"), ("co-investigators", "Member")] {
            members += record.targets(field).map { (role, $0.id, $0.label) }
        }
        guard !members.isEmpty else { return }
        try xml.startElement("Team")
        for (role, id, label) in members {
            try xml.startElement(role)
            try xml.element("DisplayName", text: label)
            try xml.startElement("Person")
            try xml.attribute("id", "Persons/\(id)")
            try xml.endElement()
            try xml.endElement()
        }
        try xml.endElement()
    }

    private mutating func funding(_ record: StoredRecord) throws {
        try open("Funding", "Fundings/\(record.id)")
        try typed(CERIFVocabulary.fundingTypes, CERIFVocabulary.fundingType(record["funding-type"]?.text))
        try name("Name", record.label)
        if case .money(let money)? = record["amount"] {
            try xml.startElement("Amount")
            try xml.attribute("currency", money.currency.rawValue)
            try xml.text(money.decimalString)
            try xml.endElement()
        }
        let programmes = record["programme"]?.text ?? ""
        try name("Description", "Further funding attributed to \(programmes)" + (record["funding-id"].map { "; funder's reference \($0.text)" } ?? ""))
        if let organisation = record["organisation"]?.text {
            try xml.startElement("Funder")
            try xml.element("DisplayName", text: organisation)
            try xml.startElement("OrgUnit")
            try name("Name", organisation)
            try xml.endElement()
            try xml.endElement()
        }
        let start = record["start"]?.text
        let end = record["end"]?.text
        if start != nil || end != nil {
            try xml.startElement("Duration")
            if let start { try xml.attribute("startDate", start) }
            if let end { try xml.attribute("endDate", end) }
            try xml.endElement()
        }
        try close()
    }

    private mutating func event(_ record: StoredRecord, name label: String, type: String?, place: String?, date: String?, description: String?) throws {
        try open("Event", "Events/\(record.kind.rawValue)-\(record.id)")
        if let type {
            try xml.startElement("Type")
            try xml.attribute("scheme", CERIFVocabulary.eventTypes)
            try xml.text("\(CERIFVocabulary.eventTypes)#\(type)")
            try xml.endElement()
        }
        try name("Name", label)
        if let place { try xml.element("Place", text: place) }
        // CERIF's event dates are days (cfDate__Type): a seminar known only to the month or
        // year has none rather than an invented day (schema/cerif-mapping.md).
        if let day = date.flatMap({ PartialDate($0)?.calendarDate }) { try xml.element("StartDate", text: day.description) }
        if let description { try name("Description", description) }
        try close()
    }

    private mutating func publication(_ record: StoredRecord) throws {
        try open("Publication", "Publications/\(record.id)")
        try typed(CERIFVocabulary.publicationTypes, CERIFVocabulary.publicationType(record["type"]?.text))
        try name("Title", record.label)
        if let journal = record["journal"]?.text {
            try xml.startElement("PublishedIn")
            try xml.startElement("Publication")
            try typed(CERIFVocabulary.publicationTypes, CERIFVocabulary.journal)
            try name("Title", journal)
            try xml.endElement()
            try xml.endElement()
        }
        if let year = record["year"]?.text { try xml.element("PublicationDate", text: year) }
        if let volume = record["volume"]?.text { try xml.element("Volume", text: volume) }
        if let issue = record["issue"]?.text { try xml.element("Issue", text: issue) }
        if let doi = record["doi"].flatMap({ CERIFIdentifiers.doi($0.text) }) { try xml.element("DOI", text: doi) }
        // The profile's order: DOI, …, ISSN, ISBN, URL.
        if let issn = record["issn"].flatMap({ CERIFIdentifiers.issn($0.text) }) { try xml.element("ISSN", text: issn) }
        if let isbn = record["isbn"].flatMap({ CERIFIdentifiers.isbn($0.text) }) { try xml.element("ISBN", text: isbn) }
        if let url = record["url"]?.text { try xml.element("URL", text: url) }
        if let authors = record["authors"]?.text {
            try xml.startElement("Authors")
            for author in CERIFAuthor.list(authors) {
                try xml.startElement("Author")
                try xml.element("DisplayName", text: author.display)
                try xml.startElement("Person")
                try xml.startElement("PersonName")
                try xml.element("FamilyNames", text: author.familyNames)
                if let first = author.firstNames { try xml.element("FirstNames", text: first) }
                try xml.endElement()
                try xml.endElement()
                try xml.endElement()
            }
            try xml.endElement()
        }
        try originatesFrom(record)
        try close()
    }

    private mutating func product(_ record: StoredRecord) throws {
        try open("Product", "Products/\(record.id)")
        try typed(CERIFVocabulary.productTypes, CERIFVocabulary.productType(record.kind, record["type"]?.text))
        try name("Name", record.label)
        if let url = record["url"]?.text { try xml.element("URL", text: url) }
        let description = [record["description"]?.text, record["impact"].map { "Impact: \($0.text)" }].compactMap { $0 }
        if !description.isEmpty { try name("Description", description.joined(separator: "\n\n")) }
        try originatesFrom(record)
        try close()
    }

    private mutating func patent(_ record: StoredRecord) throws {
        try open("Patent", "Patents/\(record.id)")
        try typed(CERIFVocabulary.patentTypes, CERIFVocabulary.patent)
        try name("Title", record.label)
        if let number = record["patent-id"]?.text { try xml.element("PatentNumber", text: number) }
        if let description = record["description"]?.text { try name("Abstract", description) }
        try originatesFrom(record)
        try close()
    }

    // MARK: - Pieces

    private func originatesFrom(_ record: StoredRecord) throws {
        for target in record.targets("programme") {
            try xml.startElement("OriginatesFrom")
            try xml.startElement("Project")
            try xml.attribute("id", "Projects/\(target.id)")
            try xml.endElement()
            try xml.endElement()
        }
    }

    private func open(_ element: String, _ id: String) throws {
        try xml.startElement(element, namespace: CERIFVocabulary.namespace)
        try xml.attribute("id", id)
    }

    private mutating func close() throws {
        try xml.endElement()
        count += 1
    }

    private func name(_ element: String, _ text: String) throws {
        try xml.startElement(element)
        try xml.attribute("xml:lang", "en")
        try xml.text(text)
        try xml.endElement()
    }

    private func typed(_ namespace: String, _ value: String) throws {
        try xml.startElement("Type", namespace: namespace)
        try xml.text(value)
        try xml.endElement()
    }

    /// "Pamela Fisher" → ("Fisher", "Pamela"); a single word is a family name.
    static func splitName(_ name: String) -> (family: String, first: String) {
        var words = name.split(separator: " ").map(String.init)
        guard words.count > 1, let family = words.popLast() else { return (name, "") }
        return (family, words.joined(separator: " "))
    }
}
