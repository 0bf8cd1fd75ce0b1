import ArgumentParser
import ImpactRegister

struct Fields: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the fields of a kind, with the allowed values of each vocabulary field.")

    @Argument(help: "The kind of record.")
    var kind: Kind

    func run() {
        print(FieldHelp.describe(kind))
    }
}
