import ArgumentParser
import ImpactRegister

struct Remove: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Remove a record. Its history is kept.",
        discussion: "A record that others still depend on (a programme with seminars, a person who spoke) is not removed.")

    @Argument(help: "The kind of record.")
    var kind: Kind

    @Argument(help: "The record's id.")
    var id: Int64

    @OptionGroup var register: RegisterOptions

    func run() throws {
        try register.open().remove(kind, id, context: register.context)
        print("Removed \(kind.title) \(id).")
    }
}
