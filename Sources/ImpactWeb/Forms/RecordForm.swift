import Foundation
import ImpactRegister

/// The text of each field of one record as a form posts it or shows it: made from a posted
/// form (field names as the library names them), or from a stored record.
struct RecordForm: Sendable {
    /// Field name → text, as the library's `add` and `edit` take it.
    var values: [String: String] = [:]

    init(values: [String: String] = [:]) {
        self.values = values
    }

    /// The fields of `kind` in a posted form: a list of vocabulary values or programmes posts one
    /// checkbox per value, joined here as the command line takes them. Names that are no field of
    /// the kind (the anti-forgery token, the version) are left out.
    init(_ kind: Kind, posted form: FormBody) {
        for field in kind.fields {
            let posted = form.all(field.name)
            if FieldControl.isCheckboxes(field) || FieldControl.isMultiple(field) {
                // A hidden empty value tells "none ticked" apart from "not on the form".
                guard !posted.isEmpty else { continue }
                let ticked = posted.filter { !$0.isEmpty }
                values[field.name] = ticked.joined(separator: FieldControl.separator(field))
            } else if let first = posted.first {
                values[field.name] = first
            }
        }
    }

    /// The values of a stored record, as its edit form shows them.
    init(_ record: StoredRecord) {
        for (field, value) in record.values {
            guard let value else { continue }
            switch value {
            case .list(let items): values[field.name] = items.joined(separator: FieldControl.separator(field))
            case .references(let items): values[field.name] = items.joined(separator: "; ")
            default: values[field.name] = value.text
            }
        }
    }

    /// The values that differ from `other` (a field missing on one side counts as empty).
    func changed(from other: RecordForm, fields: [FieldSpec]) -> [String: String] {
        var result: [String: String] = [:]
        for field in fields {
            guard let mine = values[field.name] else { continue }
            if mine.trimmingCharacters(in: .whitespaces) != (other.values[field.name] ?? "").trimmingCharacters(in: .whitespaces) {
                result[field.name] = mine
            }
        }
        return result
    }
}
