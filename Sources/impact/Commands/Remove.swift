import ArgumentParser
import ImpactRegister

struct Remove: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Remove a record. Its history is kept.",
        discussion: "A record that others still depend on (a programme with seminars, a person who spoke) is not removed.")

    @OptionGroup var record: RecordArguments

    @OptionGroup var register: RegisterOptions

    func run() throws {
        try register.open().remove(record.kind, record.id, context: register.context)
        print("Removed \(record.kind.title) \(record.id).")
    }
}
