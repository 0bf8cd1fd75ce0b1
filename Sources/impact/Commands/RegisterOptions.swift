import ArgumentParser
import Foundation
import ImpactRegister

/// Where the register is and who is making the change; shared by every command.
struct RegisterOptions: ParsableArguments {
    @Option(name: .customLong("register"), help: "The register file (default: $IMPACT_REGISTER, else ./register.sqlite).")
    var path: String?

    @Option(name: .customLong("as"), help: "Who is making the change, for the history (default: your login name).")
    var actor: String?

    var resolvedPath: String {
        path ?? ProcessInfo.processInfo.environment["IMPACT_REGISTER"] ?? "register.sqlite"
    }

    var context: ChangeContext { .typed(by: actor ?? ChangeContext.loginName) }

    func open() throws -> Register {
        let register = try Register.open(at: resolvedPath, whenWaiting: Self.noticeWaiting)
        Self.noticeUpdate(register)
        return register
    }

    /// Opens the register for a command that only reads it: nothing is written to it, and a
    /// register this impact would have to update is refused with a message saying what to do.
    func openForReading() throws -> Register {
        try Register.openForReading(at: resolvedPath)
    }

    /// Says on standard error where an older register was backed up before it was updated.
    static func noticeUpdate(_ register: Register) {
        guard let backup = register.backupBeforeUpdate else { return }
        FileHandle.standardError.write(Data("Updated \(register.path) to this version of impact; the register as it was is kept in \(backup).\n".utf8))
    }

    /// Says on standard error that the command is waiting for another writer.
    static let noticeWaiting: Register.WaitNotice = { path in
        FileHandle.standardError.write(Data("Waiting for another impact command to finish writing to \(path)…\n".utf8))
    }
}

/// Output for people or for scripts.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}

extension Kind: ExpressibleByArgument {
    /// A kind's name, or `event` for events (see ``Kind/named(_:)``).
    public init?(argument: String) {
        guard let kind = Kind.named(argument) else { return nil }
        self = kind
    }
}
