import ArgumentParser
import ImpactRegister

struct HistoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: "Show every change to a record: who, when, and the old and new values.")

    @Argument(help: "The kind of record.")
    var kind: Kind

    @Argument(help: "The record's id.")
    var id: Int64

    @OptionGroup var register: RegisterOptions

    func run() throws {
        let entries = try register.open().history(kind, id)
        guard !entries.isEmpty else {
            print("No history for \(kind.title) \(id).")
            return
        }
        print(HistoryFormatter.text(entries))
    }
}
