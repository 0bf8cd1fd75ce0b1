import ArgumentParser
import ImpactRegister

struct HistoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: "Show every change to a record: who, when, and the old and new values.")

    @OptionGroup var record: RecordArguments

    @OptionGroup var register: RegisterOptions

    func run() throws {
        let entries = try register.openForReading().history(record.kind, record.id)
        guard !entries.isEmpty else {
            print("No history for \(record.kind.title) \(record.id).")
            return
        }
        print(HistoryFormatter.text(entries))
    }
}
