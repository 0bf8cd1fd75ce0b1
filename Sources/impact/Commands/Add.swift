import ArgumentParser
import ImpactRegister

struct Add: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Add a record: impact add KIND --field value …",
        discussion: FieldHelp.discussion(example: "impact add engagement --programme ES/N008146/1 --title \"Keynote\" --form \"A talk or presentation\""))

    @Argument(help: "The kind of record.")
    var kind: Kind

    @Argument(parsing: .allUnrecognized, help: "Fields, as --field value.")
    var fields: [String] = []

    @Flag(help: "Add the record even when the programme has one of the same kind, title and date.")
    var allowDuplicate = false

    @OptionGroup var register: RegisterOptions

    func run() throws {
        let values = try FieldArguments.parse(fields, for: kind)
        let id = try register.open().add(kind, values, context: register.context, allowDuplicate: allowDuplicate)
        print("Added \(kind.title) \(id).")
    }
}
