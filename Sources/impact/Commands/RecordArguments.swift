import ArgumentParser
import ImpactRegister

/// The record a command acts on: `KIND ID`, or for a programme `programme GRANT-REFERENCE`.
struct RecordArguments: ParsableArguments {
    @Argument(help: "The kind of record.")
    var kind: Kind

    @Argument(help: "The record's id; for a programme, its id or grant reference.")
    var reference: String

    /// The id of the record named, looked up in `register` when it is a grant reference.
    func id(in register: Register) throws -> Int64 {
        try register.recordID(kind, reference)
    }
}
