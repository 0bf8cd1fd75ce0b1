import Foundation
import GRDB

/// Checks the text given for one field and turns it into what the register stores.
struct FieldParser {
    /// The longest value one field takes. Funders' own forms allow a few thousand characters;
    /// anything near this limit is a broken or hostile file, not an outcome.
    static let maximumBytes = 1_000_000

    let kind: Kind
    let context: ChangeContext
    /// The register, for fields that refer to its records (see ``needsRegister(_:)``); without
    /// one, only the other fields can be parsed.
    let db: Database?
    /// Labels looked up already, kept for the next record (see ``ReferenceLabels``).
    var labels: ReferenceLabels? = nil

    /// Whether a field's text is checked against the register's records (a reference, links,
    /// a stakeholder group) rather than on its own.
    static func needsRegister(_ field: FieldSpec) -> Bool {
        switch field.type {
        case .reference, .links, .stakeholderGroup, .eventType: true
        default: false
        }
    }

    func parse(_ field: FieldSpec, _ text: String) throws -> FieldWrite {
        var write = FieldWrite()
        try parse(field, text, into: &write)
        return write
    }

    /// Parses one field into a write that holds other fields already: its values replace any
    /// the write has for the same columns. Filling one write spares a small dictionary per field.
    func parse(_ field: FieldSpec, _ text: String, into write: inout FieldWrite) throws {
        let trimmed = text.trimmed
        // An annual return writes a value its source never gave as the marker; read back, it is
        // missing again (and flagged so), not a value.
        let missing = trimmed.isEmpty || (context.strictness == .keepAndFlag && trimmed == MissingValue.marker)
        if missing, !isLink(field) {
            write.columns[field.column] = .null
            if case .money(let currencyColumn) = field.type { write.columns[currencyColumn] = .null }
            write.shown[field.name] = ""
            return
        }
        if text.utf8.count > Self.maximumBytes {
            let preview = String(text.prefix(40)) + "…"
            throw invalid(field, preview, "is \(text.utf8.count) bytes long",
                          allowed: "at most \(Self.maximumBytes) bytes (1 MB) in one value; shorten it, or link to the full text with a URL")
        }
        // `shown` is what RecordReader will read back, as the history shows it.
        let shown: String
        switch field.type {
        case .text:
            write.columns[field.column] = text.databaseValue
            shown = text
        case .count:
            guard let number = Int64(trimmed), number >= 0 else {
                let phrases = CountPhrases.qualifierField(of: field, in: kind) == nil ? nil : QualifiedCount.allowed
                throw invalid(field, text, "is not a whole number of zero or more", allowed: phrases)
            }
            write.columns[field.column] = number.databaseValue
            shown = String(number)
        case .decimal:
            guard let number = Double(trimmed), number.isFinite else {
                throw invalid(field, text, "is not a number", allowed: "digits with an optional decimal point, e.g. 3.25")
            }
            write.columns[field.column] = number.databaseValue
            shown = FieldValue.format(number)
        case .year:
            let year = try checked(field, text) { try YearValue.parse(trimmed) }
            write.columns[field.column] = year.databaseValue
            shown = String(year)
        case .date:
            shown = try checked(field, text) { try CalendarDate.parse(trimmed) }.description
            write.columns[field.column] = shown.databaseValue
        case .yearMonth:
            shown = try checked(field, text) { try YearMonth.parse(trimmed) }.description
            write.columns[field.column] = shown.databaseValue
        case .partialDate:
            shown = try checked(field, text) { try PartialDate.parse(trimmed) }.description
            write.columns[field.column] = shown.databaseValue
        case .money(let currencyColumn):
            if context.strictness == .keepAndFlag, Money.lacksCurrency(trimmed) {
                // Kept in the flag, not in the columns: an amount is never added up without its currency.
                write.columns[field.column] = .null
                write.columns[currencyColumn] = .null
                write.flags.append(.init(field: field.name, value: trimmed, problem: FlagProblem.unknownCurrency.rawValue))
                shown = ""
                break
            }
            let money = try checked(field, text) { try Money.parse(trimmed) }
            write.columns[field.column] = money.minorUnits.databaseValue
            write.columns[currencyColumn] = money.currency.rawValue.databaseValue
            shown = money.display
        case .url:
            guard let address = WebAddress.normalise(trimmed) else {
                guard context.strictness == .keepAndFlag else {
                    throw invalid(field, text, "is not a web address", allowed: "an address starting with http:// or https://")
                }
                write.columns[field.column] = .null
                write.flags.append(.init(field: field.name, value: trimmed, problem: FlagProblem.malformedValue.rawValue))
                shown = ""
                break
            }
            write.columns[field.column] = address.databaseValue
            shown = address
        case .orcid:
            shown = try checked(field, text) { try ORCID.parse(trimmed) }
            write.columns[field.column] = shown.databaseValue
        case .vocabulary(let vocabulary):
            shown = try vocabularyValue(field, vocabulary, trimmed, into: &write)
            write.columns[field.column] = shown.databaseValue
        case .vocabularyList(let vocabulary):
            var values: [String] = []
            for item in ListSplitter.split(trimmed, vocabulary: vocabulary) {
                let value = try vocabularyValue(field, vocabulary, item, into: &write)
                if !values.contains(value) { values.append(value) }
            }
            write.columns[field.column] = JSONList.encode(values).databaseValue
            shown = values.joined(separator: ", ")
        case .years:
            let years = try checked(field, text) { try EngagementYears.parse(trimmed) }
            write.columns[field.column] = JSONList.encode(years).databaseValue
            shown = years.joined(separator: ", ")
        case .reference(let target):
            let (id, label) = try resolve(trimmed, as: target, for: field)
            write.columns[field.column] = id.databaseValue
            shown = target == .programme ? label : String(id)
        case .stakeholderGroup:
            shown = try stakeholderGroup(field, trimmed)
            write.columns[field.column] = shown.databaseValue
        case .eventType:
            shown = try eventType(field, trimmed)
            write.columns[field.column] = shown.databaseValue
        case .time:
            shown = try time(field, trimmed)
            write.columns[field.column] = shown.databaseValue
        case .links(let spec):
            let references = text.split(separator: ";").map { $0.trimmed }.filter { !$0.isEmpty }
            var targets: [(id: Int64, label: String)] = []
            for reference in references {
                let target = try resolve(reference, link: spec, for: field)
                if !targets.contains(where: { $0.id == target.id }) { targets.append(target) }
            }
            write.links.append((spec, targets))
            // RecordReader lists a new record's links in id order.
            shown = targets.sorted { $0.id < $1.id }.map(\.label).joined(separator: "; ")
        }
        write.shown[field.name] = shown
    }

    /// The register, for the fields that need it.
    private var register: Database {
        get throws {
            guard let db else { throw RegisterError(.invalidValue, "\(kind.rawValue): a field that refers to other records was checked without the register") }
            return db
        }
    }

    private func isLink(_ field: FieldSpec) -> Bool {
        if case .links = field.type { return true }
        return false
    }

    private func vocabularyValue(_ field: FieldSpec, _ vocabulary: VocabularyReference, _ text: String, into write: inout FieldWrite) throws -> String {
        if let value = vocabulary.normalise(text) { return value }
        switch context.strictness {
        case .strict:
            throw invalid(field, text, "is not a value of \(vocabulary.title)\(NearestValue.phrase(for: text, among: vocabulary.allowedValues))",
                          allowed: Self.quoted(vocabulary.allowedValues))
        case .keepAndFlag:
            write.flags.append(.init(field: field.name, value: text, problem: "unknown-value"))
            return text
        }
    }

    static func quoted(_ values: [String]) -> String {
        values.map { "\"\($0)\"" }.joined(separator: ", ")
    }

    private func checked<T>(_ field: FieldSpec, _ text: String, _ parse: () throws -> T) throws -> T {
        do {
            return try parse()
        } catch let error as ValueError {
            throw RegisterError(.invalidValue, "\(kind.rawValue) --\(field.name): \(error.description)")
        }
    }

    private func invalid(_ field: FieldSpec, _ value: String, _ problem: String, allowed: String? = nil) -> RegisterError {
        RegisterError.invalid(field, of: kind, value, problem, allowed: allowed)
    }

    private func stakeholderGroup(_ field: FieldSpec, _ code: String) throws -> String {
        let codes = try String.fetchAll(register.cachedStatement(sql: "SELECT code FROM stakeholder_group ORDER BY position, code"))
        if codes.contains(code) { return code }
        let byLabel = try String.fetchOne(register.cachedStatement(sql: "SELECT code FROM stakeholder_group WHERE lower(label) = lower(?)"), arguments: [code])
        if let byLabel { return byLabel }
        throw invalid(field, code, "is not a stakeholder group of this register\(NearestValue.phrase(for: code, among: codes))", allowed: codes.joined(separator: ", "))
    }

    /// An event type's code, or the code of the type whose label or plural is `text` ("training session").
    private func eventType(_ field: FieldSpec, _ text: String) throws -> String {
        if let code = try String.fetchOne(register.cachedStatement(sql: """
            SELECT code FROM event_type WHERE code = ?1 OR lower(label) = lower(?1) OR lower(plural) = lower(?1) ORDER BY code <> ?1 LIMIT 1
            """), arguments: [text]) {
            return code
        }
        let codes = try String.fetchAll(register.cachedStatement(sql: "SELECT code FROM event_type ORDER BY position, code"))
        throw invalid(field, text, "is not an event type of this register", allowed: codes.joined(separator: ", ") + "; add one with `impact add event-type`")
    }

    /// `18:30`, `9:05`, `18.30` → `18:30`.
    private func time(_ field: FieldSpec, _ text: String) throws -> String {
        let parts = text.split(whereSeparator: { $0 == ":" || $0 == "." })
        guard parts.count == 2, let hour = DigitField.value(parts[0], digits: 1...2), let minute = DigitField.value(parts[1], digits: 2...2),
              hour < 24, minute < 60 else {
            throw invalid(field, text, "is not a time of day", allowed: "HH:MM on the 24-hour clock, e.g. 18:30")
        }
        return DigitField.padded(hour, width: 2) + ":" + DigitField.padded(minute, width: 2)
    }

    private func resolve(_ reference: String, link spec: LinkSpec, for field: FieldSpec) throws -> (id: Int64, label: String) {
        switch spec.target {
        case .kind(let target):
            let (id, label) = try resolve(reference, as: target, for: field)
            return (id, target == .programme || target == .person ? label : String(id))
        case .outcome:
            guard let id = Int64(reference),
                  try DirectStatement(register, sql: "SELECT 1 FROM outcome WHERE id = ?").fetchInt64([id.databaseValue]) != nil
            else {
                throw invalid(field, reference, "is not the id of an outcome in the register", allowed: "ids shown by `impact list KIND`")
            }
            return (id, String(id))
        }
    }

    /// Finds the record a reference names: an id, or for programmes a grant reference, or for
    /// people an exact name (a name not yet in the register adds the person). The label is the
    /// programme's grant reference or the person's name, the id's text for other kinds.
    private func resolve(_ reference: String, as target: Kind, for field: FieldSpec) throws -> (id: Int64, label: String) {
        let table = target.isOutcome ? "outcome" : target.table
        if let id = Int64(reference) {
            // A programme's or person's label (NOT NULL) also tells that it exists: one look-up
            // per outcome's programme, not two.
            if target == .programme || target == .person {
                if let label = try label(target, id) { return (id, label) }
            } else if try DirectStatement(register, sql: "SELECT 1 FROM \(table) WHERE id = ?").fetchInt64([id.databaseValue]) != nil {
                return (id, reference)
            }
            if target != .programme { throw RegisterError.notFound(target, id) }
        }
        switch target {
        case .programme:
            if let found = try ProgrammeReference.find(reference, in: register) {
                return (found.id, found.reference)
            }
            throw RegisterError.notFound(.programme, named: reference)
        case .person:
            let ids = try Int64.fetchAll(register.cachedStatement(sql: "SELECT id FROM person WHERE name = ? ORDER BY id"), arguments: [reference])
            if ids.count > 1 {
                throw invalid(field, reference, "names \(ids.count) people (ids \(ids.map(String.init).joined(separator: ", ")))", allowed: "the id of the one you mean")
            }
            if let id = ids.first { return (id, reference) }
            return (try RecordWriter(db: register, context: context).insert(.person, ["name": reference]), reference)
        default:
            throw invalid(field, reference, "is not the id of a \(target.title)", allowed: "ids shown by `impact list \(target.rawValue)`")
        }
    }

    /// A programme's grant reference or a person's name, given by id; nil when there is none.
    private func label(_ target: Kind, _ id: Int64) throws -> String? {
        if let known = labels?[target, id] { return known }
        let found = try storedLabel(target, id)
        if let found { labels?[target, id] = found }
        return found
    }

    private func storedLabel(_ target: Kind, _ id: Int64) throws -> String? {
        switch target {
        case .programme: try String.fetchOne(register.cachedStatement(sql: "SELECT coalesce(grant_reference, CAST(id AS TEXT)) FROM programme WHERE id = ?"), arguments: [id])
        case .person: try String.fetchOne(register.cachedStatement(sql: "SELECT name FROM person WHERE id = ?"), arguments: [id])
        default: nil
        }
    }
}
