import CFuzzDriver
import Foundation
import ImpactRegister

/// The format the running fuzz target reads. Set once, before libFuzzer starts calling back.
nonisolated(unsafe) private var format = ImportFormat.gtrText

/// Runs libFuzzer on `ImportProbe.run` for one importer's format: what each target's entry
/// point calls (SwiftPM names that entry point after the module, so libFuzzer's own `main`
/// cannot be used).
public func runFuzzer(_ chosen: ImportFormat, _ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    format = chosen
    var count = argc
    var arguments = argv
    return LLVMFuzzerRunDriver(&count, &arguments) { data, size in fuzzOneInput(data, size) }
}

/// One input, read as the chosen format's importer reads a file. libFuzzer's runtime also
/// refers to this function by its C name.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data else { return 0 }
    _ = ImportProbe.run(Data(bytes: data, count: size), format: format)
    return 0
}
