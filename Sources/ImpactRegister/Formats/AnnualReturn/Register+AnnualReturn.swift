import Foundation
import GRDB

/// What an export wrote.
public struct ExportResult: Sendable {
    public let path: String
    public let records: Int
}

extension Register {
    /// Writes the annual return to `path`, but only if it validates against the annual-return
    /// schema: an invalid document is never put in place, and the error names the record that
    /// broke it.
    @discardableResult
    public func exportAnnualReturn(to path: String, options: AnnualReturnOptions = AnnualReturnOptions()) throws -> ExportResult {
        let schema = try ValidatedFile.compile(AnnualReturnSchema.text, name: "annual-return.xsd")
        let count = try ValidatedFile.write(path, validatedBy: schema) { xml in
            try database.read { db -> Int in
                let scope = try AnnualReturnScope(db, programme: options.programme)
                // Records are read on this thread and written on another (see RecordStream),
                // and validated on a third as the file grows.
                return try RecordStream.run(db, plan: AnnualReturnWriter.plan(options)) { source in
                    var writer = AnnualReturnWriter(xml: xml, options: options, scope: scope)
                    try writer.write(source)
                    return writer.count
                }
            }
        }
        return ExportResult(path: path, records: count)
    }
}
