import ArgumentParser
import ImpactRegister

/// The record a command acts on: `KIND ID`.
struct RecordArguments: ParsableArguments {
    @Argument(help: "The kind of record.")
    var kind: Kind

    @Argument(help: "The record's id.")
    var id: Int64
}
