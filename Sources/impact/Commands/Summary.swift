import ArgumentParser
import ImpactRegister

struct Summary: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Counts per kind, attendance by stakeholder group, and further funding per currency.",
        discussion: "Funding is totalled per currency and never added across currencies.")

    @Option(help: "Only this programme (grant reference or id).")
    var programme: String?

    @Option(help: "text or json. JSON has {\"counts\": {\"<KIND>\": n, …}, \"attendance\", \"seminars\", \"further_funding\", \"flags\"}.")
    var format: OutputFormat = .text

    @OptionGroup var register: RegisterOptions

    func run() throws {
        let opened = try register.openForReading()
        let summary = try opened.summary(programme: programme)
        print(format == .json ? summary.json().text() : summary.text())
        if format == .text { print("\n" + (try opened.release().text)) }
    }
}
