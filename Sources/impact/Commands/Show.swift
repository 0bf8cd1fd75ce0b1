import ArgumentParser
import ImpactRegister

struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Show one record with every field and where it came from.")

    @Argument(help: "The kind of record.")
    var kind: Kind

    @Argument(help: "The record's id.")
    var id: Int64

    @Option(help: "text or json.")
    var format: OutputFormat = .text

    @OptionGroup var register: RegisterOptions

    func run() throws {
        let record = try register.open().record(kind, id)
        print(format == .json ? RecordFormatter.json(record).text() : RecordFormatter.text(record))
    }
}
