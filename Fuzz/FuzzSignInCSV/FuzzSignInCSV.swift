import CFuzzDriver
import Foundation
import ImpactRegister

/// One fuzz input, read as the SignInCSV importer reads a file. See Fuzz/README.md.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSignInCSV(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    guard let start else { return 0 }
    _ = ImportProbe.run(Data(bytes: start, count: count), format: .signInCSV)
    return 0
}

/// The program's entry point (SwiftPM names it after the module): hands over to libFuzzer.
@_cdecl("FuzzSignInCSV_main")
public func fuzzSignInCSVMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var count = argc
    var arguments = argv
    return LLVMFuzzerRunDriver(&count, &arguments) { data, size in fuzzSignInCSV(data, size) }
}
