import ArgumentParser
import ImpactRegister

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check the register: file integrity, flagged records, and fields the funder requires.",
        discussion: "Exits non-zero when the file itself is damaged. Flags and empty funder fields are warnings.")

    enum Funder: String, ExpressibleByArgument, CaseIterable { case researchfish }

    @Option(name: .customLong("for"), help: "Also list empty fields that this funder system marks mandatory: researchfish.")
    var funder: Funder?

    @Option(help: "Only this programme's outcomes, for --for.")
    var programme: String?

    @Option(help: "text or json.")
    var format: OutputFormat = .text

    @OptionGroup var register: RegisterOptions

    func run() throws {
        let result = try register.openForReading().check(funderFields: funder != nil, programme: programme)
        print(format == .json ? result.json().text() : result.text())
        if result.hasErrors { throw ExitCode(1) }
    }
}
