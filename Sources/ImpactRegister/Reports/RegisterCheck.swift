/// What `impact check` finds: damage to the file, records the importers flagged, and
/// (for a funder) mandatory fields that are empty — each with the record and what to do.
public struct RegisterCheck: Sendable {
    /// One finding about one record, or about the file.
    public struct Finding: Sendable, Equatable {
        public enum Severity: String, Sendable { case error, warning }
        public let severity: Severity
        public let kind: Kind?
        public let id: Int64?
        public let field: String?
        public let message: String
        /// What the user can do about it.
        public let action: String
    }

    public let findings: [Finding]

    public var hasErrors: Bool { findings.contains { $0.severity == .error } }

    public func text() -> String {
        guard !findings.isEmpty else { return "The register passed every check." }
        var lines = findings.map { finding -> String in
            var place = finding.kind.map { kind in finding.id.map { "\(kind.rawValue) \($0)" } ?? kind.rawValue } ?? "register"
            if let field = finding.field { place += " --\(field)" }
            return "\(finding.severity.rawValue): \(place): \(finding.message)\n  → \(finding.action)"
        }
        let errors = findings.filter { $0.severity == .error }.count
        lines.append("\(findings.count) finding\(findings.count == 1 ? "" : "s") (\(errors) error\(errors == 1 ? "" : "s")).")
        return lines.joined(separator: "\n")
    }

    public func json() -> JSONValue {
        .array(findings.map { finding in
            .object([
                "severity": .string(finding.severity.rawValue),
                "kind": finding.kind.map { .string($0.rawValue) } ?? .null,
                "id": finding.id.map(JSONValue.integer) ?? .null,
                "field": finding.field.map(JSONValue.string) ?? .null,
                "message": .string(finding.message),
                "action": .string(finding.action),
            ])
        })
    }
}
