/// Why the register refused a command, with a message that says where and what to do.
public struct RegisterError: Error, CustomStringConvertible, Sendable, Equatable {
    /// What went wrong, for code that needs to tell cases apart.
    public enum Code: String, Sendable {
        case missing, alreadyExists, cannotCreate, notARegister, newerSchema
        /// Opened for reading, the register needs an update that only a writing command makes.
        case olderSchema
        /// A writing command on a register the user may only read.
        case readOnly
        /// Opened for reading, the register cannot be read where it is (see `Register.openForReading`).
        case unreadable
        case unknownField, invalidValue, missingField, notFound, conflict
    }

    public let code: Code
    public let message: String

    public var description: String { message }

    init(_ code: Code, _ message: String) {
        self.code = code
        self.message = message
    }

    static func missing(_ path: String) -> RegisterError {
        RegisterError(.missing, "no register at \(path): run `impact init` to create one, or pass --register PATH")
    }

    static func alreadyExists(_ path: String) -> RegisterError {
        RegisterError(.alreadyExists, "a file already exists at \(path); it was left untouched")
    }

    static func cannotCreate(_ path: String) -> RegisterError {
        RegisterError(.cannotCreate, "cannot create a register at \(path): check that the folder exists and is writable")
    }

    static func notARegister(_ path: String, reason: String) -> RegisterError {
        RegisterError(.notARegister, "\(path) is not a register that can be opened: \(reason)")
    }

    static func newerSchema(_ path: String) -> RegisterError {
        RegisterError(.newerSchema, "\(path) was written by a newer version of impact; upgrade impact to open it (the file was not changed)")
    }

    static func olderSchema(_ path: String) -> RegisterError {
        RegisterError(.olderSchema, "this register (\(path)) was made by an older impact; ask its owner to run any writing command once (`impact backup COPY` will do), or copy it and run one on the copy. This command only reads, so the file was left as it was")
    }

    static func readOnly(_ path: String) -> RegisterError {
        RegisterError(.readOnly, "you may only read \(path): this command writes to the register, so it was refused and the file left as it was; the reading commands (list, show, summary, history, check, export, report, blog) work on it")
    }

    static func unreadable(_ path: String, reason: String) -> RegisterError {
        RegisterError(.unreadable, "cannot read the register \(path): \(reason) (the file was not changed)")
    }

    static func unknownField(_ name: String, of kind: Kind) -> RegisterError {
        let names = kind.fields.map { "--\($0.name)" }.joined(separator: ", ")
        return RegisterError(.unknownField, "\(kind.rawValue) has no field --\(name); its fields are: \(names)")
    }

    static func invalid(_ field: FieldSpec, of kind: Kind, _ value: String, _ problem: String, allowed: String? = nil) -> RegisterError {
        var message = "\(kind.rawValue) --\(field.name): \"\(value)\" \(problem)"
        if let allowed { message += "; allowed: \(allowed)" }
        return RegisterError(.invalidValue, message)
    }

    static func missingField(_ field: FieldSpec, of kind: Kind) -> RegisterError {
        RegisterError(.missingField, "\(kind.rawValue) needs --\(field.name) (\(field.type.hint)): \(field.help)")
    }

    static func notFound(_ kind: Kind, _ id: Int64) -> RegisterError {
        RegisterError(.notFound, "there is no \(kind.title) with id \(id): `impact list \(kind.rawValue)` shows the ids")
    }

    static func notFound(_ kind: Kind, named reference: String) -> RegisterError {
        RegisterError(.notFound, "there is no \(kind.title) \"\(reference)\": `impact list \(kind.rawValue)` shows what there is")
    }

    static func conflict(_ kind: Kind, _ detail: String) -> RegisterError {
        RegisterError(.conflict, "the \(kind.title) was not saved: \(detail)")
    }
}
