import Foundation
import ImpactRegister

/// How one field is shown in a form, chosen from its declaration alone: a vocabulary is a
/// `<select>` of the funder's exact strings, a list of vocabulary values a group of checkboxes,
/// a count a number input, and so on. New kinds and fields get their controls from here.
enum FieldControl {
    /// Fields whose text runs to paragraphs get a text area.
    private static let longTextNames: Set<String> = [
        "description", "discussion-notes", "quote", "statement", "abstract", "summary", "narrative",
        "findings", "evidence", "notes", "impact", "outcome-summary",
    ]

    /// Whether the field posts one value per ticked box. A programme link field is a text
    /// input when the register has too many programmes to list; its text is taken as typed.
    static func isCheckboxes(_ field: FieldSpec) -> Bool {
        if case .vocabularyList = field.type { return true }
        return false
    }

    /// Whether the field may post several values (programme links, ticked or typed).
    static func isMultiple(_ field: FieldSpec) -> Bool {
        if case .links = field.type { return true }
        return false
    }

    /// How the checked values of a group of checkboxes are joined into the field's text.
    static func separator(_ field: FieldSpec) -> String {
        if case .links = field.type { return "; " }
        return ","
    }

    /// The template's view of a field: its control, options, help and any error.
    static func view(_ field: FieldSpec, value: String?, error: String?, choices: FormChoices) -> [String: Any] {
        var view: [String: Any] = [
            "name": field.name,
            "label": label(field.name),
            "help": field.help,
            "hint": field.type.hint,
            "required": field.isRequired,
            "funder": field.isFunderMandatory,
            "value": value ?? "",
        ]
        if let error { view["error"] = error }
        switch field.type {
        case .vocabulary(let vocabulary):
            view["select"] = options(vocabulary.allowedValues.map { ($0, $0) }, selected: value.map { [$0] } ?? [])
        case .vocabularyList(let vocabulary):
            let ticked = ListSplitter.split(value ?? "", vocabulary: vocabulary).map { vocabulary.normalise($0) ?? $0 }
            view["checkboxes"] = options(vocabulary.allowedValues.map { ($0, $0) }, selected: ticked)
        case .reference(.programme) where !choices.programmes.isEmpty:
            view["select"] = options(choices.programmes, selected: value.map { [$0] } ?? [])
        case .reference(.seminar) where !choices.seminars.isEmpty:
            view["select"] = options(choices.seminars, selected: value.map { [$0] } ?? [])
        case .stakeholderGroup:
            view["select"] = options(choices.groups, selected: value.map { [$0] } ?? [])
        case .links(let link) where link.target.isProgramme && !choices.programmes.isEmpty:
            let ticked = (value ?? "").split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
            view["checkboxes"] = options(choices.programmes, selected: ticked)
        case .text where longTextNames.contains(field.name) || field.name.hasSuffix("-summary"):
            view["textarea"] = true
        default:
            view["input"] = input(field.type)
        }
        view["isSelect"] = view["select"] != nil
        view["isCheckboxes"] = view["checkboxes"] != nil
        return view
    }

    /// The attributes of an `<input>` for a field type.
    private static func input(_ type: FieldType) -> [String: Any] {
        switch type {
        case .count: ["type": "number", "min": "0", "step": "1", "inputmode": "numeric", "width": "narrow"]
        case .decimal: ["type": "number", "step": "any", "inputmode": "decimal", "width": "narrow"]
        // Dates, months and years are typed (as GOV.UK advises against date pickers): the
        // register reads several spellings, and a mistyped one gets a message, not a silent block.
        case .year: ["type": "text", "inputmode": "numeric", "width": "narrow", "autocomplete": "off"]
        case .date, .yearMonth: ["type": "text", "width": "narrow", "autocomplete": "off"]
        case .money: ["type": "text", "width": "medium", "autocomplete": "off"]
        case .orcid: ["type": "text", "width": "medium", "spellcheck": "false", "autocomplete": "off"]
        case .url: ["type": "url", "spellcheck": "false", "width": "wide"]
        default: ["type": "text", "width": "wide"]
        }
    }

    private static func options(_ pairs: [(value: String, label: String)], selected: [String]) -> [[String: Any]] {
        pairs.map { ["value": $0.value, "label": $0.label, "selected": selected.contains($0.value)] }
    }

    /// `geographic-reach` → "Geographic reach".
    static func label(_ name: String) -> String {
        let words = name.replacingOccurrences(of: "-", with: " ")
        return words.prefix(1).uppercased() + words.dropFirst()
    }
}

/// The register's records that reference fields choose from.
struct FormChoices: Sendable {
    /// Grant reference → "reference — title".
    var programmes: [(value: String, label: String)] = []
    /// Seminar id → "date title".
    var seminars: [(value: String, label: String)] = []
    /// Stakeholder group code → label.
    var groups: [(value: String, label: String)] = []
}

extension LinkSpec.Target {
    var isProgramme: Bool {
        if case .kind(.programme) = self { return true }
        return false
    }
}
