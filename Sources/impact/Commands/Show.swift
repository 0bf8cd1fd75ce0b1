import ArgumentParser
import ImpactRegister

struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Show one record with every field and where it came from.")

    @OptionGroup var record: RecordArguments

    @Option(help: "text or json.")
    var format: OutputFormat = .text

    @OptionGroup var register: RegisterOptions

    func run() throws {
        let opened = try register.openForReading()
        let found = try opened.record(record.kind, record.id(in: opened))
        print(format == .json ? RecordFormatter.json(found).text() : RecordFormatter.text(found))
    }
}
