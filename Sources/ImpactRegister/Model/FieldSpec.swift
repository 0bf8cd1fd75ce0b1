/// One field of a kind of record: its name on the command line, its column and its type.
///
/// Every kind declares its fields once (see `Kind+Fields`); the store, the command line,
/// the importers and the exporters all read the same declaration.
///
/// A class, so that the declaration is shared rather than copied: every record read holds its
/// fields (see ``StoredRecord``), and copying a structure of five strings into each of 440,000
/// records, then releasing them, was a tenth of an export's time.
public final class FieldSpec: Sendable {
    /// The name users type, as in `--geographic-reach`; also the JSON key.
    public let name: String
    /// The SQL column (for money, the column of the minor units).
    public let column: String
    public let type: FieldType
    /// The register refuses a record without it (a `NOT NULL` column).
    public let isRequired: Bool
    /// The funder marks it mandatory (a `*` column of the Researchfish export).
    public let isFunderMandatory: Bool
    /// One sentence for `--help`.
    public let help: String

    public init(
        _ name: String, _ type: FieldType, column: String? = nil, required: Bool = false,
        funder: Bool = false, help: String
    ) {
        self.name = name
        let base = name.replacingOccurrences(of: "-", with: "_")
        if case .reference = type {
            self.column = column ?? base + "_id"
        } else {
            self.column = column ?? base
        }
        self.type = type
        self.isRequired = required
        self.isFunderMandatory = funder
        self.help = help
    }
}

/// What a field holds, which decides how its text is checked and stored.
public enum FieldType: Sendable {
    /// Free text, kept exactly as written.
    case text
    /// A whole number of zero or more.
    case count
    /// A four-digit year.
    case year
    /// A day, stored as `YYYY-MM-DD`.
    case date
    /// A month, stored as `YYYY-MM`; funders record funding start and end to the month.
    case yearMonth
    /// A year, a month or a day, as precise as it is known (``PartialDate``): stored as `YYYY`,
    /// `YYYY-MM` or `YYYY-MM-DD`, never padded with an invented day.
    case partialDate
    /// An amount in integer minor units, with its ISO 4217 currency in `currencyColumn`.
    case money(currencyColumn: String)
    /// A number such as a mean rating.
    case decimal
    /// A web address (http or https).
    case url
    /// An ORCID iD, checksum-validated, stored as `0000-0000-0000-0000`.
    case orcid
    /// One value of a funder vocabulary.
    case vocabulary(VocabularyReference)
    /// Several values of a funder vocabulary, stored as a JSON array.
    case vocabularyList(VocabularyReference)
    /// The years of an engagement activity (`2015,2016`, `Pre-2006`), stored as a JSON array.
    case years
    /// The id of another record (for example the seminar an engagement activity was).
    case reference(Kind)
    /// A stakeholder group code from the register's own list.
    case stakeholderGroup
    /// An event type code from the register's own list (`impact list event-type`).
    case eventType
    /// A time of day, `HH:MM` on the 24-hour clock.
    case time
    /// Links to other records, kept in a link table: several values separated by `;`.
    case links(LinkSpec)

    /// A short phrase for help text: what to write.
    public var hint: String {
        switch self {
        case .text: "text"
        case .count: "a whole number"
        case .year: "a year, YYYY"
        case .date: "a date, YYYY-MM-DD"
        case .yearMonth: "a month, MM/YYYY or YYYY-MM"
        case .partialDate: "a year, month or day: 2020, July 2020, 07/2020 or 2020-07-14"
        case .money: "an amount with its currency, e.g. \"£12,000 (GBP)\" or \"12000 GBP\""
        case .decimal: "a number"
        case .url: "a web address"
        case .orcid: "an ORCID iD, e.g. 0000-0002-1825-0097"
        case .vocabulary(let vocabulary): "one of the \(vocabulary.title) values"
        case .vocabularyList(let vocabulary): "\(vocabulary.title) values, comma-separated"
        case .years: "years, e.g. 2016 or 2015,2016 or Pre-2006"
        case .reference(let kind): "the id of a \(kind.title)"
        case .stakeholderGroup: "a stakeholder group code (see `impact list stakeholder-group`)"
        case .eventType: "an event type code (see `impact list event-type`)"
        case .time: "a time, HH:MM (24-hour)"
        case .links(let link): link.hint
        }
    }

    /// The vocabulary behind this field, if it has one.
    public var vocabulary: VocabularyReference? {
        switch self {
        case .vocabulary(let vocabulary), .vocabularyList(let vocabulary): vocabulary
        default: nil
        }
    }
}

/// A many-to-many link kept in its own table, such as the programmes an outcome belongs to.
public struct LinkSpec: Sendable {
    /// What a link points at.
    public enum Target: Sendable {
        case kind(Kind)
        /// Any funder outcome, whatever its kind.
        case outcome
    }

    public let table: String
    public let ownerColumn: String
    public let targetColumn: String
    public let target: Target
    /// A fixed `role` value that tells this link apart from others in the same table.
    public let role: String?
    /// The statement that adds one link (`INSERT OR IGNORE`), made once per spec: an import adds
    /// a link for nearly every outcome.
    let insertSQL: String

    init(table: String, ownerColumn: String, targetColumn: String, target: Target, role: String?) {
        self.table = table
        self.ownerColumn = ownerColumn
        self.targetColumn = targetColumn
        self.target = target
        self.role = role
        let columns = [ownerColumn, targetColumn] + (role == nil ? [] : ["role"])
        insertSQL = "INSERT OR IGNORE INTO \(table) (\(columns.joined(separator: ", "))) VALUES (\(columns.map { _ in "?" }.joined(separator: ", ")))"
    }

    var hint: String {
        switch target {
        case .kind(.programme): "grant references (or ids), separated by ';'"
        case .kind(.person): "people's ids or exact names, separated by ';' (a new name adds the person)"
        case .kind(let kind): "ids of \(kind.title) records, separated by ';'"
        case .outcome: "outcome ids, separated by ';'"
        }
    }

    static func programmeMembers(role: String) -> LinkSpec {
        LinkSpec(table: "programme_member", ownerColumn: "programme_id", targetColumn: "person_id", target: .kind(.person), role: role)
    }

    static let outcomeProgrammes = LinkSpec(
        table: "outcome_programme", ownerColumn: "outcome_id", targetColumn: "programme_id", target: .kind(.programme), role: nil)

    static let testimonialOutcomes = LinkSpec(
        table: "testimonial_outcome", ownerColumn: "testimonial_id", targetColumn: "outcome_id", target: .outcome, role: nil)
}
