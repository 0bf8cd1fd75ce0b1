import ArgumentParser
import Foundation
import ImpactWeb

struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Open the register in a web browser.",
        discussion: """
            Prints one address with a one-time token: open it to sign in (the token then sets a session \
            cookie and leaves the address). Without it every page answers 401. Binds to 127.0.0.1 unless \
            --host says otherwise; --port 0 takes a free port. The command line keeps working on the same \
            register while the server runs. Stop it with Ctrl-C.
            """)

    @OptionGroup var register: RegisterOptions

    @Option(help: "The address to listen on.")
    var host = "127.0.0.1"

    @Option(help: "The port to listen on (0: any free port, printed).")
    var port = 8080

    func run() async throws {
        let server = try ImpactServer(
            registerPath: register.resolvedPath, host: host, port: port,
            visitor: register.actor ?? ProcessInfo.processInfo.environment["USER"] ?? "browser")
        try await server.run { address in
            // Written straight to the file, not buffered: a script reading the address waits for it.
            let text = """
                Impact Register is serving \(register.resolvedPath).
                Open this address in your browser (the token works once):
                    \(address)

                """
            FileHandle.standardOutput.write(Data(text.utf8))
        }
    }
}
