import GRDB

/// What a set of fields turns into once checked: column values, links and flags.
struct FieldWrite: Sendable {
    var columns: [String: DatabaseValue] = [:]
    /// Each link field's targets with their labels, in the order given.
    var links: [(spec: LinkSpec, targets: [(id: Int64, label: String)])] = []
    var flags: [Flag] = []
    /// Field name → the value as ``StoredRecord`` will show it once written ("" for none), so
    /// that an update can tell whether it would change anything before writing (debug builds
    /// check it against a read-back of every insert).
    var shown: [String: String] = [:]

    /// The targets given for the link field of `spec`, if it was given.
    func targets(of spec: LinkSpec) -> [(id: Int64, label: String)]? {
        links.first { $0.spec.table == spec.table && $0.spec.role == spec.role }?.targets
    }

    /// A value kept as written although it fits no vocabulary, or a placeholder record.
    struct Flag: Sendable {
        var field: String?
        var value: String?
        var problem: String
    }
}

extension StatementArguments {
    /// Arguments from values already converted. GRDB's initialiser for a sequence of one
    /// convertible type builds a key path on every call, which was a twentieth of an import.
    init(values: [DatabaseValue]) {
        self.init(values.map { $0 as (any DatabaseValueConvertible)? })
    }
}
