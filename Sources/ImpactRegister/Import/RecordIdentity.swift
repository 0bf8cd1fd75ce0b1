import Foundation
import GRDB

/// Finds the register's record that an imported record is another copy of.
///
/// The rules, in order: the same kind and source id (a Researchfish `outcomeId`, a GtR id);
/// then a natural key — a programme's grant reference, a stakeholder group's code, a
/// seminar's attendance for one group, a publication's DOI, else its normalised title,
/// year and first author.
struct RecordIdentity {
    let db: Database
    /// The source ids the register may hold; without it every source id is looked up.
    var known: KnownSourceIDs? = nil

    func existing(_ record: ImportedRecord, fields: [String: String]) throws -> Int64? {
        if let sourceID = record.sourceID {
            if known?.mayHold(record.kind, sourceID) ?? true, let id = try bySourceID(record.kind, sourceID) { return id }
            // An outcome's source id is its identity: another id is another outcome,
            // whatever its title says. A publication's DOI is unique in the register, though:
            // Researchfish gives one paper reported by two researchers two ids.
            if record.kind == .publication { return try publicationByDOI(fields) }
            if record.kind.isOutcome { return nil }
        }
        switch record.kind {
        case .programme:
            return try fields["grant-reference"].flatMap { try ProgrammeReference.find($0.trimmed, in: db)?.id }
        case .stakeholderGroup:
            return try fields["code"].flatMap { try Int64.fetchOne(db.cachedStatement(sql: "SELECT id FROM stakeholder_group WHERE code = ?"), arguments: [$0]) }
        case .eventType:
            return try fields["code"].flatMap { try Int64.fetchOne(db.cachedStatement(sql: "SELECT id FROM event_type WHERE code = ?"), arguments: [$0]) }
        case .attendance:
            if let series = fields["series"].flatMap({ Int64($0) }), let group = fields["group"] {
                return try Int64.fetchOne(db.cachedStatement(sql: "SELECT id FROM attendance WHERE series_id = ? AND \"group\" = ?"), arguments: [series, group])
            }
            guard let seminar = fields["seminar"].flatMap({ Int64($0) }), let group = fields["group"] else { return nil }
            return try Int64.fetchOne(db.cachedStatement(sql: "SELECT id FROM attendance WHERE seminar_id = ? AND \"group\" = ?"), arguments: [seminar, group])
        case .publication:
            return try publication(fields)
        default:
            return nil
        }
    }

    private func bySourceID(_ kind: Kind, _ sourceID: String) throws -> Int64? {
        if kind.isOutcome {
            return try DirectStatement(db, sql: "SELECT id FROM outcome WHERE kind = ? AND source_id = ?")
                .fetchInt64([kind.rawValue.databaseValue, sourceID.databaseValue])
        }
        return try DirectStatement(db, sql: "SELECT id FROM \(kind.table) WHERE source_id = ?").fetchInt64([sourceID.databaseValue])
    }

    private func publicationByDOI(_ fields: [String: String]) throws -> Int64? {
        guard let doi = fields["doi"].map(Self.normaliseDOI), !doi.isEmpty else { return nil }
        return try Int64.fetchOne(db.cachedStatement(sql: "SELECT outcome_id FROM publication WHERE lower(doi) = ? AND doi IS NOT NULL"), arguments: [doi])
    }

    private func publication(_ fields: [String: String]) throws -> Int64? {
        if let id = try publicationByDOI(fields) { return id }
        guard let title = fields["title"] else { return nil }
        let key = Self.titleKey(title)
        let year = fields["year"].flatMap { Int($0.trimmed) }
        let author = Self.firstAuthorKey(fields["authors"])
        let candidates = try Row.fetchAll(db.cachedStatement(sql: Self.sameTitleSQL), arguments: [year, key])
        return candidates.first { Self.firstAuthorKey($0["authors"]) == author }?["outcome_id"]
    }

    /// Publications of a year (`?1`) with a folded title (`?2`). The index holds the titles'
    /// first characters (see ``ShortTitleIndex``); the whole title then decides. It is compared
    /// as `+title_key`: given `title_key = ?2`, SQLite would put `?2` in place of the column in
    /// the other term (constant propagation), which then no longer names the index's expression.
    static let sameTitleSQL = """
        SELECT outcome_id, title, authors FROM publication
        WHERE year IS ?1 AND \(ShortTitleIndex.prefix) = substr(?2, 1, \(ShortTitleIndex.characters)) AND +title_key = ?2
        """

    static func normaliseDOI(_ doi: String) -> String {
        var text = doi.trimmed.lowercased()
        for prefix in ["https://doi.org/", "http://doi.org/", "https://dx.doi.org/", "http://dx.doi.org/", "doi:"] where text.hasPrefix(prefix) {
            text = String(text.dropFirst(prefix.count))
        }
        return text
    }

    /// A title with case, punctuation and spacing folded away.
    ///
    /// Letters, marks and digits are kept (Foundation's `CharacterSet.alphanumerics`: the
    /// Unicode categories L*, M* and N*), read from the scalar's properties: CharacterSet
    /// was a twentieth of an import's time.
    static func titleKey(_ title: String) -> String {
        if title.utf8.allSatisfy({ $0 < 0x80 }) {
            // ASCII titles, nearly all of them, by bytes: the same letters and digits, lowercased.
            var key: [UInt8] = []
            key.reserveCapacity(title.utf8.count)
            for byte in title.utf8 {
                switch byte {
                case 0x61...0x7A, 0x30...0x39: key.append(byte)
                case 0x41...0x5A: key.append(byte + 0x20)
                default: break
                }
            }
            return String(decoding: key, as: UTF8.self)
        }
        var key = String.UnicodeScalarView()
        for scalar in title.lowercased().unicodeScalars {
            if scalar.isASCII {
                let value = scalar.value
                if (0x61...0x7A).contains(value) || (0x30...0x39).contains(value) { key.append(scalar) }
                continue
            }
            switch scalar.properties.generalCategory {
            case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
                 .nonspacingMark, .spacingMark, .enclosingMark, .decimalNumber, .letterNumber, .otherNumber:
                key.append(scalar)
            default:
                break
            }
        }
        return String(key)
    }

    static func firstAuthorKey(_ authors: String?) -> String {
        guard let authors else { return "" }
        let first = authors.split(whereSeparator: { $0 == ";" || $0 == "," }).first.map(String.init) ?? authors
        let surname = first.split(separator: " ").first.map(String.init) ?? first
        return surname.lowercased().filter { $0.isLetter }
    }
}
