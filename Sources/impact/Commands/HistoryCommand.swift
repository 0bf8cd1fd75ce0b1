import ArgumentParser
import ImpactRegister

struct HistoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: "Show every change to a record: who, when, and the old and new values.")

    @OptionGroup var record: RecordArguments

    @OptionGroup var register: RegisterOptions

    func run() throws {
        let opened = try register.openForReading()
        let id = try record.id(in: opened)
        let entries = try opened.history(record.kind, id)
        guard !entries.isEmpty else {
            print("No history for \(record.kind.title) \(id).")
            return
        }
        print(HistoryFormatter.text(entries))
    }
}
