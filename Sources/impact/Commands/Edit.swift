import ArgumentParser
import ImpactRegister

struct Edit: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Change fields of a record: impact edit KIND ID --field value …",
        discussion: FieldHelp.discussion(example: "impact edit engagement 12 --geographic-reach National"))

    @Argument(help: "The kind of record.")
    var kind: Kind

    @Argument(help: "The record's id; for a programme, its id or grant reference.")
    var reference: String

    @Argument(parsing: .allUnrecognized, help: "Fields to change, as --field value; an empty value clears a field.")
    var fields: [String] = []

    @OptionGroup var register: RegisterOptions

    func run() throws {
        let values = try FieldArguments.parse(fields, for: kind)
        guard !values.isEmpty else { throw ValidationError("give at least one --field value to change") }
        let opened = try register.open()
        let id = try opened.recordID(kind, reference)
        let changed = try opened.edit(kind, id, values, context: register.context)
        print(changed ? "Changed \(kind.title) \(id)." : "Nothing to change: \(kind.title) \(id) already has those values.")
    }
}
