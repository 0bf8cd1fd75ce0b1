import ArgumentParser
import ImpactRegister

@main
struct Impact: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "impact",
        abstract: "Record what a research programme led to, and report it to funders.",
        discussion: """
            The register is one SQLite file: --register PATH, else $IMPACT_REGISTER, else ./register.sqlite.
            Start with `impact demo` to see a complete example programme.
            """,
        version: ImpactRelease.version,
        subcommands: [
            Init.self, Add.self, List.self, Show.self, Edit.self, Remove.self, Fields.self,
            Import.self, Export.self, Validate.self, Check.self, Backup.self, Restore.self, Summary.self, Report.self, Blog.self, Templates.self, HistoryCommand.self, PersonCommand.self, Demo.self, Schema.self, Serve.self,
        ]
    )
}
