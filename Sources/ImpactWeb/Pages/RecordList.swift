import Foundation
import ImpactRegister

/// A list page of one kind: the records that pass the filters, sorted by a column, a page at a
/// time, with the columns that identify a record chosen from the kind's declaration.
struct RecordList {
    static let pageSize = 100
    /// Fields that tell records apart when they are present, besides the kind's label.
    private static let identifying: Set<String> = [
        "programme", "grant-reference", "seminar", "person", "group", "count", "date", "number", "role",
        "form", "year", "given-by", "start", "amount", "funder",
    ]

    let kind: Kind
    var programme: String?
    var period: ReportingPeriod?
    var text: String?
    var sort: String?
    var descending = false
    var offset = 0

    /// The columns shown: the label, then identifying fields in declared order (five at most).
    var columns: [FieldSpec] {
        var names = [kind.labelField]
        if let year = kind.yearField { names.append(year) }
        var result: [FieldSpec] = []
        for field in kind.fields where (names.contains(field.name) || Self.identifying.contains(field.name)) && result.count < 5 {
            result.append(field)
        }
        return result
    }

    func rows(_ register: Register) throws -> (rows: [StoredRecord], total: Int) {
        var records = try register.records(kind, ListFilter(programme: programme))
        if let period { records = records.filter { inPeriod($0, period) } }
        if let text, !text.isEmpty {
            records = records.filter { record in
                record.values.contains { $0.value?.text.localizedCaseInsensitiveContains(text) ?? false }
            }
        }
        if let sort, kind.field(named: sort) != nil {
            records.sort { a, b in
                let x = a[sort]?.text ?? "", y = b[sort]?.text ?? ""
                let order = x.localizedStandardCompare(y)
                return descending ? order == .orderedDescending : order == .orderedAscending
            }
        } else if descending {
            records.reverse()
        }
        let total = records.count
        let page = Array(records.dropFirst(offset).prefix(Self.pageSize))
        return (page, total)
    }

    /// Whether the record's dating field falls in the period; undated records do not.
    private func inPeriod(_ record: StoredRecord, _ period: ReportingPeriod) -> Bool {
        guard let name = kind.yearField, let field = kind.field(named: name), let value = record[name] else { return false }
        switch field.type {
        case .date: return (try? CalendarDate.parse(value.text)).map(period.contains) ?? false
        case .yearMonth: return (try? YearMonth.parse(value.text)).map { period.contains($0) } ?? false
        case .year: return Int(value.text).map { period.contains(year: $0) } ?? false
        case .years:
            if case .list(let years) = value { return years.contains { Int($0).map { period.contains(year: $0) } ?? false } }
            return false
        default: return false
        }
    }

    /// The address of this list with other settings.
    func href(sort: String? = nil, descending: Bool? = nil, offset: Int? = nil) -> String {
        var items: [URLQueryItem] = []
        if let programme, !programme.isEmpty { items.append(.init(name: "programme", value: programme)) }
        if let period { items.append(.init(name: "period", value: period.description)) }
        if let text, !text.isEmpty { items.append(.init(name: "q", value: text)) }
        if let sorted = sort ?? self.sort { items.append(.init(name: "sort", value: sorted)) }
        if descending ?? self.descending { items.append(.init(name: "order", value: "desc")) }
        if let offset = offset ?? (self.offset > 0 ? self.offset : nil), offset > 0 { items.append(.init(name: "from", value: String(offset))) }
        var components = URLComponents()
        components.path = "/" + kind.rawValue
        components.queryItems = items.isEmpty ? nil : items
        return components.string ?? "/" + kind.rawValue
    }

    /// Whether the kind can be filtered by programme, and by period.
    var byProgramme: Bool {
        kind.isOutcome || [.programme, .seminar, .testimonial, .attendance, .attendee, .speaker, .measure, .person].contains(kind)
    }

    var byPeriod: Bool {
        guard let name = kind.yearField, let field = kind.field(named: name) else { return false }
        switch field.type {
        case .date, .yearMonth, .year, .years: return true
        default: return false
        }
    }
}
