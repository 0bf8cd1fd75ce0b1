/// `schema/annual-return.md`: the annual return explained element by element, made from the
/// same field declarations as the schema so that the two always agree.
public enum AnnualReturnDocumentation {
    public static var text: String {
        var lines = [
            "# The annual return, element by element",
            "",
            "`impact export annual-return` writes this document; `annual-return.xsd` beside this file is its XML Schema,",
            "and every document is validated against it before it is written. Namespace: `\(AnnualReturnNames.namespace)`.",
            "This file is made by `impact schema --annual-return-docs`; a test keeps it equal to what the program writes.",
            "",
            "## Shape",
            "",
            "The root `annualReturn` has the attributes `version`, and, when given, `programme`, `period`, `periodStart` and",
            "`periodEnd`. Its sections come in this order, each holding records of one or more kinds. Within `outcomes` the",
            "records come grouped by kind, in the order listed:",
            "",
        ]
        for (section, kinds) in AnnualReturnLayout.sections {
            lines.append("- `\(section)`: " + kinds.map { "`\(AnnualReturnNames.element($0))`" }.joined(separator: ", "))
        }
        lines += [
            "",
            "Every record has an `id` (unique in the document, such as `engagement-12`) and, when the register knows it,",
            "a `sourceId` — the identity its source gave it, such as a Researchfish `outcomeId`. Outcomes whose text is only a",
            "placeholder (\"N/A\", \"Nil\"), and outcomes an import kept with a required value missing from their source or an",
            "amount without its currency (`impact check` lists them), are left out unless asked for, and then carry",
            "`placeholder=\"true\"`.",
            "",
            "Rules that hold for every record:",
            "",
            "- Child elements follow the order of the tables below; an absent value is an absent element.",
            "- A reference is an element with a `ref` attribute naming the `id` of a record earlier in the document, and the",
            "  referenced record's name as its text: `<programme ref=\"programme-1\">ES/N008146/1</programme>`. A reference to",
            "  a record the document leaves out (another programme, another period) is left out too.",
            "- Vocabulary values are the funder's exact strings, and the schema lists them as enumerations. A value the",
            "  register kept although it is in no vocabulary (an import flags it) is written as",
            "  `<unlisted field=\"FIELD\">value</unlisted>` at the end of the record, so that the document stays valid and",
            "  nothing is dropped; so a vocabulary element may be absent even where the register requires the field. A",
            "  required value an import found missing is written as its marker, `[not given in the source]`, and read back",
            "  as missing.",
            "- Amounts: `<amount currency=\"GBP\" minorUnits=\"1200000\">12000.00</amount>`, never converted between currencies.",
            "- Months are `xs:gYearMonth` (`2017-03`), years `xs:gYear`, days `xs:date`.",
            "- Lists repeat their element, one value each.",
            "- Text is written exactly. The characters XML 1.0 cannot hold at all (most control characters) are written as",
            "  U+E000 followed by four hexadecimal digits, and U+E000 itself likewise; `impact import` turns them back.",
            "- Attendees' names are never exported.",
            "",
            "## Reporting periods",
            "",
            "`--period 2016-17` is a UK financial year (1 April 2016 to 31 March 2017), `--period 2017` a calendar year,",
            "`--period 2016-04-01..2017-03-31` any range of days. A record is in the period by its date: a day when the day",
            "is; a month when its first day is; a year when 1 July of that year is (so each year falls in exactly one",
            "financial year: 2017 is in 2017-18); an engagement activity over several years when any of them is; a record",
            "with no date (a key finding) always. Seminars are placed by their date; their attendance, speakers and feedback",
            "follow them.",
            "",
            "## Records",
        ]
        for kind in AnnualReturnLayout.sections.flatMap(\.kinds) {
            lines += ["", "### `\(AnnualReturnNames.element(kind))` — \(kind.title)", "",
                      "| element | type | required | funder mandatory | meaning |", "|---|---|---|---|---|"]
            for field in AnnualReturnNames.fields(kind) {
                let required = field.isRequired ? "yes" : ""
                let mandatory = field.isFunderMandatory ? "yes (Researchfish `*`)" : ""
                lines.append("| `\(AnnualReturnNames.field(field))` | \(typeText(field.type)) | \(required) | \(mandatory) | \(field.help) |")
            }
        }
        lines += ["", "## Vocabularies", "", "Each enumeration of the schema, with its values in the funder's order.", ""]
        var seen = Set<String>()
        for vocabulary in Kind.allCases.flatMap(\.fields).compactMap(\.type.vocabulary) where seen.insert(vocabulary.title).inserted {
            lines.append("- **\(vocabulary.title)** (`\(AnnualReturnSchema.vocabularyTypeName(vocabulary))`): "
                         + vocabulary.allowedValues.map { "\"\($0)\"" }.joined(separator: ", "))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func typeText(_ type: FieldType) -> String {
        switch type {
        case .text: "text"
        case .count: "whole number ≥ 0"
        case .year: "year (`xs:gYear`)"
        case .date: "day (`xs:date`)"
        case .yearMonth: "month (`xs:gYearMonth`)"
        case .partialDate: "year, month or day, as precise as known (`xs:gYear`, `xs:gYearMonth` or `xs:date`)"
        case .money: "amount with `currency` and `minorUnits`"
        case .decimal: "decimal"
        case .url: "web address: text starting http:// or https:// (funder data adds notes after it)"
        case .orcid: "ORCID iD"
        case .vocabulary(let vocabulary): "one \(vocabulary.title) value"
        case .vocabularyList(let vocabulary): "repeated: \(vocabulary.title) values"
        case .years: "repeated: a year or `Pre-2006`"
        case .reference(let kind): "reference to a `\(AnnualReturnNames.element(kind))`"
        case .stakeholderGroup: "stakeholder group code"
        case .eventType: "event type code (from the register's event types)"
        case .time: "time of day, HH:MM (24-hour)"
        case .links(let link):
            switch link.target {
            case .kind(let kind): "repeated: references to `\(AnnualReturnNames.element(kind))` records"
            case .outcome: "repeated: references to outcome records"
            }
        }
    }
}
