import GRDB

/// A record's fields with every value that needs no register already checked and converted;
/// what refers to other records (references, links, stakeholder groups) is left for the writer.
///
/// An import prepares its records on the parsing threads, so that the one thread that writes
/// only looks up references and stores rows.
struct PreparedFields: Sendable {
    /// The checked values of the fields that need no register.
    let write: FieldWrite
    /// Field name → text, for the fields checked against the register when written.
    let remaining: [String: String]

    /// Checks the fields of a `kind` record given as text by field name. Throws a
    /// ``RegisterError`` for an unknown field or a value that does not fit.
    static func prepare(_ kind: Kind, _ given: [String: String], context: ChangeContext) throws -> PreparedFields {
        let fields = CountPhrases.expand(kind, given)
        let parser = FieldParser(kind: kind, context: context, db: nil)
        var write = FieldWrite()
        var remaining: [String: String] = [:]
        for name in fields.keys.sorted() {
            guard let field = kind.field(named: name) else { throw RegisterError.unknownField(name, of: kind) }
            if FieldParser.needsRegister(field) {
                remaining[name] = fields[name]
            } else {
                try parser.parse(field, fields[name] ?? "", into: &write)
            }
        }
        if kind == .publication, let title = fields["title"] {
            // The folded title lets imports find the same publication again (see RecordIdentity).
            write.columns["title_key"] = RecordIdentity.titleKey(title).databaseValue
        }
        return PreparedFields(write: write, remaining: remaining)
    }

    /// The complete write: the prepared values and the remaining fields checked against `db`.
    func resolved(_ kind: Kind, context: ChangeContext, db: Database, labels: ReferenceLabels? = nil) throws -> FieldWrite {
        let parser = FieldParser(kind: kind, context: context, db: db, labels: labels)
        var complete = write
        for name in remaining.keys.sorted() {
            guard let field = kind.field(named: name) else { throw RegisterError.unknownField(name, of: kind) }
            try parser.parse(field, remaining[name] ?? "", into: &complete)
        }
        return complete
    }
}
