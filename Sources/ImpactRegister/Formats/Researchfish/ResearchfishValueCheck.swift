/// Checks the values of fields that are not free text or vocabularies (years, dates, months,
/// amounts, web addresses, counts) before they reach the register, so that one malformed cell
/// (`None/Unknown` in a year column) leaves that field empty, with a note naming the sheet, row,
/// column and value, instead of refusing the whole workbook. Values outside the vocabularies are
/// not checked here: the register keeps them and flags them.
enum ResearchfishValueCheck {
    /// Why `text` does not fit `field`, or `nil` when it does.
    static func problem(_ field: FieldSpec, _ text: String) -> String? {
        do {
            switch field.type {
            case .year: _ = try YearValue.parse(text)
            case .years: _ = try EngagementYears.parse(text)
            case .date: _ = try CalendarDate.parse(text)
            case .yearMonth: _ = try YearMonth.parse(text)
            case .money: _ = try Money.parse(text)
            case .orcid: _ = try ORCID.parse(text)
            case .url:
                let trimmed = text.trimmed
                if !(trimmed.hasPrefix("http://") || trimmed.hasPrefix("https://")) { return "is not a web address starting with http:// or https://" }
            case .count:
                if Int(text.trimmed).map({ $0 >= 0 }) != true { return "is not a whole number" }
            case .decimal:
                if Double(text.trimmed) == nil { return "is not a number" }
            default: return nil
            }
            return nil
        } catch let error as ValueError {
            return error.problem
        } catch {
            return "\(error)"
        }
    }

    /// `record` without the fields whose values do not fit, and a note for each one left out.
    static func checked(_ record: ImportedRecord, sheet: String, notes: inout [String]) -> ImportedRecord {
        var record = record
        for (name, value) in record.fields.sorted(by: { $0.key < $1.key }) {
            guard let field = record.kind.field(named: name), let problem = problem(field, value) else { continue }
            record.fields[name] = nil
            let row = record.line.map { " row \($0)" } ?? ""
            notes.append("sheet \"\(sheet)\"\(row): \(record.kind.rawValue) \(name) \"\(value.prefix(40))\" \(problem); left empty")
        }
        return record
    }
}
