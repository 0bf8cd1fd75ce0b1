import Foundation
import GRDB

/// Checks the text given for one field and turns it into what the register stores.
struct FieldParser {
    /// The longest value one field takes. Funders' own forms allow a few thousand characters;
    /// anything near this limit is a broken or hostile file, not an outcome.
    static let maximumBytes = 1_000_000

    let kind: Kind
    let context: ChangeContext
    let db: Database

    func parse(_ field: FieldSpec, _ text: String) throws -> FieldWrite {
        let trimmed = text.trimmed
        var write = FieldWrite()
        if trimmed.isEmpty, !isLink(field) {
            write.columns[field.column] = .null
            if case .money(let currencyColumn) = field.type { write.columns[currencyColumn] = .null }
            return write
        }
        if text.utf8.count > Self.maximumBytes {
            let preview = String(text.prefix(40)) + "…"
            throw invalid(field, preview, "is \(text.utf8.count) bytes long",
                          allowed: "at most \(Self.maximumBytes) bytes (1 MB) in one value; shorten it, or link to the full text with a URL")
        }
        switch field.type {
        case .text:
            write.columns[field.column] = text.databaseValue
        case .count:
            guard let number = Int64(trimmed), number >= 0 else {
                throw invalid(field, text, "is not a whole number of zero or more")
            }
            write.columns[field.column] = number.databaseValue
        case .decimal:
            guard let number = Double(trimmed), number.isFinite else {
                throw invalid(field, text, "is not a number", allowed: "digits with an optional decimal point, e.g. 3.25")
            }
            write.columns[field.column] = number.databaseValue
        case .year:
            write.columns[field.column] = try checked(field, text) { try YearValue.parse(trimmed) }.databaseValue
        case .date:
            write.columns[field.column] = try checked(field, text) { try CalendarDate.parse(trimmed) }.description.databaseValue
        case .yearMonth:
            write.columns[field.column] = try checked(field, text) { try YearMonth.parse(trimmed) }.description.databaseValue
        case .money(let currencyColumn):
            let money = try checked(field, text) { try Money.parse(trimmed) }
            write.columns[field.column] = money.minorUnits.databaseValue
            write.columns[currencyColumn] = money.currency.rawValue.databaseValue
        case .url:
            guard trimmed.hasPrefix("http://") || trimmed.hasPrefix("https://") else {
                throw invalid(field, text, "is not a web address", allowed: "an address starting with http:// or https://")
            }
            write.columns[field.column] = trimmed.databaseValue
        case .orcid:
            write.columns[field.column] = try checked(field, text) { try ORCID.parse(trimmed) }.databaseValue
        case .vocabulary(let vocabulary):
            let value = try vocabularyValue(field, vocabulary, trimmed, into: &write)
            write.columns[field.column] = value.databaseValue
        case .vocabularyList(let vocabulary):
            var values: [String] = []
            for item in ListSplitter.split(trimmed, vocabulary: vocabulary) {
                let value = try vocabularyValue(field, vocabulary, item, into: &write)
                if !values.contains(value) { values.append(value) }
            }
            write.columns[field.column] = JSONList.encode(values).databaseValue
        case .years:
            let years = try checked(field, text) { try EngagementYears.parse(trimmed) }
            write.columns[field.column] = JSONList.encode(years).databaseValue
        case .reference(let target):
            write.columns[field.column] = try resolve(trimmed, as: target, for: field).databaseValue
        case .stakeholderGroup:
            write.columns[field.column] = try stakeholderGroup(field, trimmed).databaseValue
        case .links(let spec):
            let references = text.split(separator: ";").map { $0.trimmed }.filter { !$0.isEmpty }
            var targets: [Int64] = []
            for reference in references {
                let id = try resolve(reference, link: spec, for: field)
                if !targets.contains(id) { targets.append(id) }
            }
            write.links.append((spec, targets))
        }
        return write
    }

    private func isLink(_ field: FieldSpec) -> Bool {
        if case .links = field.type { return true }
        return false
    }

    private func vocabularyValue(_ field: FieldSpec, _ vocabulary: VocabularyReference, _ text: String, into write: inout FieldWrite) throws -> String {
        if let value = vocabulary.normalise(text) { return value }
        switch context.strictness {
        case .strict:
            throw invalid(field, text, "is not a value of \(vocabulary.title)", allowed: Self.quoted(vocabulary.allowedValues))
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
        let codes = try String.fetchAll(db.cachedStatement(sql: "SELECT code FROM stakeholder_group ORDER BY position, code"))
        if codes.contains(code) { return code }
        let byLabel = try String.fetchOne(db.cachedStatement(sql: "SELECT code FROM stakeholder_group WHERE lower(label) = lower(?)"), arguments: [code])
        if let byLabel { return byLabel }
        throw invalid(field, code, "is not a stakeholder group of this register", allowed: codes.joined(separator: ", "))
    }

    private func resolve(_ reference: String, link spec: LinkSpec, for field: FieldSpec) throws -> Int64 {
        switch spec.target {
        case .kind(let target):
            return try resolve(reference, as: target, for: field)
        case .outcome:
            guard let id = Int64(reference),
                  try Bool.fetchOne(db.cachedStatement(sql: "SELECT 1 FROM outcome WHERE id = ?"), arguments: [id]) == true
            else {
                throw invalid(field, reference, "is not the id of an outcome in the register", allowed: "ids shown by `impact list KIND`")
            }
            return id
        }
    }

    /// Finds the record a reference names: an id, or for programmes a grant reference, or for
    /// people an exact name (a name not yet in the register adds the person).
    private func resolve(_ reference: String, as target: Kind, for field: FieldSpec) throws -> Int64 {
        let table = target.isOutcome ? "outcome" : target.table
        if let id = Int64(reference) {
            if try Bool.fetchOne(db.cachedStatement(sql: "SELECT 1 FROM \(table) WHERE id = ?"), arguments: [id]) == true {
                return id
            }
            if target != .programme { throw RegisterError.notFound(target, id) }
        }
        switch target {
        case .programme:
            if let id = try Int64.fetchOne(db.cachedStatement(sql: "SELECT id FROM programme WHERE grant_reference = ?"), arguments: [reference]) {
                return id
            }
            throw RegisterError.notFound(.programme, named: reference)
        case .person:
            let ids = try Int64.fetchAll(db.cachedStatement(sql: "SELECT id FROM person WHERE name = ? ORDER BY id"), arguments: [reference])
            if ids.count > 1 {
                throw invalid(field, reference, "names \(ids.count) people (ids \(ids.map(String.init).joined(separator: ", ")))", allowed: "the id of the one you mean")
            }
            if let id = ids.first { return id }
            return try RecordWriter(db: db, context: context).insert(.person, ["name": reference])
        default:
            throw invalid(field, reference, "is not the id of a \(target.title)", allowed: "ids shown by `impact list \(target.rawValue)`")
        }
    }
}
