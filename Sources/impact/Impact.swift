import ArgumentParser
import ImpactRegister

@main
struct Impact: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "impact",
        abstract: "Record what a research programme led to, and report it to funders.",
        subcommands: []
    )
}
