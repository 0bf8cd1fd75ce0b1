import ArgumentParser
import ImpactRegister

struct Remove: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Remove a record. Its history is kept.",
        discussion: """
            A record that others still depend on (a programme with seminars, a person who spoke) is not removed. \
            A seminar's attendance counts, named attendees, speakers and feedback measures go with it, and \
            engagement activities and testimonials that named it no longer do; the command lists them, and \
            each has its own history entry.
            """)

    @OptionGroup var record: RecordArguments

    @OptionGroup var register: RegisterOptions

    func run() throws {
        let opened = try register.open()
        let id = try record.id(in: opened)
        let removal = try opened.remove(record.kind, id, context: register.context)
        print("Removed \(record.kind.title) \(id).")
        for line in removal.lines { print(line) }
    }
}
