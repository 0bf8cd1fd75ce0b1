import GRDB

/// One thing wrong with one field of a record about to be added or changed.
public struct FieldProblem: Sendable, Equatable {
    /// The field's name, as in `--geographic-reach`.
    public let field: String
    /// What is wrong and what is allowed, without the command-line prefix (`engagement --date:`).
    public let message: String

    public init(field: String, message: String) {
        self.field = field
        self.message = message
    }
}

extension Register {
    /// Every problem with the given field texts, all at once, without writing anything: a value
    /// that does not fit its field, an unknown field, a required field left empty. An empty
    /// result means ``add(_:_:context:)`` (or ``edit(_:_:_:context:)`` when `id` is given) would
    /// accept the fields, unless the register changes in between.
    ///
    /// Each field is checked as the writer checks it, inside a transaction that is rolled back
    /// (naming a new speaker adds the person, which must not stay). For an edit only the given
    /// fields are checked; for an add every required field must be given.
    ///
    /// ```swift
    /// let problems = try register.problems(.seminar, ["programme": "ES/N008146/1", "date": "2016-13-40"])
    /// // [FieldProblem(field: "title", …), FieldProblem(field: "date", …)]
    /// ```
    public func problems(_ kind: Kind, _ fields: [String: String], editing id: Int64? = nil, context: ChangeContext = .typed()) throws -> [FieldProblem] {
        try database.writeWithoutTransaction { db in
            var found: [FieldProblem] = []
            try db.inTransaction {
                found = try Self.problems(db, kind, fields, editing: id, context: context)
                return .rollback
            }
            return found
        }
    }

    private static func problems(_ db: Database, _ kind: Kind, _ fields: [String: String], editing id: Int64?, context: ChangeContext) throws -> [FieldProblem] {
        let parser = FieldParser(kind: kind, context: context, db: db)
        var problems: [FieldProblem] = []
        for name in fields.keys.sorted() where kind.field(named: name) == nil {
            problems.append(FieldProblem(field: name, message: RegisterError.unknownField(name, of: kind).message))
        }
        for field in kind.fields {
            let text = fields[field.name]
            let given = text.map { !$0.trimmed.isEmpty } ?? false
            if field.isRequired, !given, id == nil || text != nil {
                problems.append(FieldProblem(field: field.name, message: "\(field.help) It is required: \(field.type.hint)."))
                continue
            }
            guard let text, given else { continue }
            do {
                _ = try parser.parse(field, text)
            } catch let error as RegisterError {
                problems.append(FieldProblem(field: field.name, message: plain(error.message, kind: kind, field: field)))
            }
        }
        return problems
    }

    /// A writer's message without the command line's `kind --field:` prefix.
    private static func plain(_ message: String, kind: Kind, field: FieldSpec) -> String {
        let prefix = "\(kind.rawValue) --\(field.name): "
        let text = message.hasPrefix(prefix) ? String(message.dropFirst(prefix.count)) : message
        guard let first = text.first else { return text }
        return first.uppercased() + text.dropFirst()
    }
}
