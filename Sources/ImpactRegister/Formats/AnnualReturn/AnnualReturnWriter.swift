/// Streams the register's records into an annual-return document, section by section.
/// Every reference points at a record written earlier in the document, so one pass will do.
struct AnnualReturnWriter {
    let xml: XMLStreamWriter
    let options: AnnualReturnOptions
    /// What the register says about the return's scope, read before writing starts.
    let scope: AnnualReturnScope

    /// The records written so far, by kind, so that references to them can be kept.
    private var written = KindTable { _ in IDSet() }
    private(set) var count = 0

    init(xml: XMLStreamWriter, options: AnnualReturnOptions, scope: AnnualReturnScope) {
        self.xml = xml
        self.options = options
        self.scope = scope
    }

    /// What ``write(_:)`` reads, in the order it reads it.
    static func plan(_ options: AnnualReturnOptions) -> [RecordStream.Step] {
        AnnualReturnLayout.sections.flatMap { section in
            section.kinds.map { RecordStream.Step.pages($0, ListFilter(includePlaceholders: options.includePlaceholders)) }
        }
    }

    mutating func write(_ source: RecordSource) throws {
        try xml.startDocument()
        try xml.prologComment(" Written by \(ImpactRelease.generator) ")
        try xml.startElement("annualReturn", namespace: AnnualReturnNames.namespace)
        try xml.attribute("version", "1")
        if let programme = options.programme { try xml.attribute("programme", programme) }
        if let period = options.period {
            try xml.attribute("period", period.description)
            try xml.attribute("periodStart", period.first.description)
            try xml.attribute("periodEnd", period.last.description)
        }
        for (section, kinds) in AnnualReturnLayout.sections {
            try xml.startElement(section)
            for kind in kinds {
                try source.forEach(kind) { record in
                    if isIncluded(record) { try write(record) }
                }
            }
            try xml.endElement()
        }
        try xml.endElement()
        try xml.endDocument()
    }

    /// The fields that decide whether a record of a kind is in the return, found once per kind
    /// rather than by name for each of a million records.
    private struct Inclusion: Sendable {
        let yearField: FieldSpec?
        let programme: FieldSpec?
    }

    private static let inclusions = KindTable { kind in
        Inclusion(yearField: kind.yearField.flatMap(kind.field(named:)), programme: kind.field(named: "programme"))
    }

    private func isIncluded(_ record: StoredRecord) -> Bool {
        let rule = Self.inclusions[record.kind]
        if let period = options.period, let field = rule.yearField, !period.contains(record[field.name], of: field.type) {
            return false
        }
        switch record.kind {
        case .stakeholderGroup, .eventType: return true
        case .organisation: return scope.programmes == nil
        case .person: return scope.people?.contains(record.id) ?? true
        case .programme: return scope.programmes?.contains(record.id) ?? true
        case .attendance, .speaker, .measure:
            if record.kind.field(named: "series") != nil, let series = record.referenceID("series") { return written[.series].contains(series) }
            return record.referenceID("seminar").map { written[.seminar].contains($0) } ?? false
        case .attendee:
            return false
        default:
            guard let field = rule.programme else { return true }
            if case .links = field.type {
                return record.targets(field.name).contains { written[.programme].contains($0.id) }
            }
            return record.referenceID("programme").map { written[.programme].contains($0) } ?? false
        }
    }

    private mutating func write(_ record: StoredRecord) throws {
        try xml.startElement(AnnualReturnNames.element(record.kind))
        try xml.attribute("id", AnnualReturnNames.key(record.kind, record.id))
        if let source = record.sourceID { try xml.attribute("sourceId", source) }
        if record.isPlaceholder { try xml.attribute("placeholder", "true") }
        var unlisted: [(String, String)] = []
        // A record holds every field of its kind in declared order, the order of the schema.
        for ((field, value), name) in zip(zip(record.kind.fields, record.fieldValues), AnnualReturnNames.fields(of: record.kind)) {
            try write(field, value, named: name, of: record, unlisted: &unlisted)
        }
        for (field, value) in unlisted {
            try xml.startElement("unlisted")
            try xml.attribute("field", field)
            try xml.text(value)
            try xml.endElement()
        }
        try xml.endElement()
        written[record.kind].insert(record.id)
        count += 1
    }

    private func write(_ field: FieldSpec, _ value: FieldValue?, named name: String, of record: StoredRecord, unlisted: inout [(String, String)]) throws {
        switch field.type {
        case .links(let spec):
            for target in record.targets(field.name) {
                let kind = kind(of: spec, id: target.id)
                guard let kind, written[kind].contains(target.id) else { continue }
                try reference(name, key: AnnualReturnNames.key(kind, target.id), label: target.label)
            }
            return
        case .reference(let kind):
            guard let id = record.referenceID(field.name), written[kind].contains(id) else { return }
            try reference(name, key: AnnualReturnNames.key(kind, id), label: record[field.name]?.text ?? String(id))
            return
        default:
            break
        }
        guard let value else { return }
        switch (field.type, value) {
        case (.money, .money(let money)):
            try xml.startElement(name)
            try xml.attribute("currency", money.currency.rawValue)
            try xml.attribute("minorUnits", String(money.minorUnits))
            try xml.text(money.decimalString)
            try xml.endElement()
        case (.vocabulary(let vocabulary), .text(let text)):
            if vocabulary.normalise(text) == text { try xml.element(name, text: text) } else { unlisted.append((field.name, text)) }
        case (.vocabularyList(let vocabulary), .list(let items)):
            for item in items {
                if vocabulary.normalise(item) == item { try xml.element(name, text: item) } else { unlisted.append((field.name, item)) }
            }
        case (_, .list(let items)):
            for item in items { try xml.element(name, text: item) }
        default:
            try xml.element(name, text: value.text)
        }
    }

    private func reference(_ name: String, key: String, label: String) throws {
        try xml.startElement(name)
        try xml.attribute("ref", key)
        try xml.text(label)
        try xml.endElement()
    }

    /// The kind of a link's target. Outcome ids are unique across outcome kinds, so a linked
    /// outcome that was written is in exactly one kind's set.
    private func kind(of spec: LinkSpec, id: Int64) -> Kind? {
        switch spec.target {
        case .kind(let kind): return kind
        case .outcome: return Kind.outcomes.first { written[$0].contains(id) }
        }
    }
}
