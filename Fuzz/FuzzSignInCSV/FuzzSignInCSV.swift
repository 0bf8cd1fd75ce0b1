import FuzzSupport

/// The SignInCSV importer under libFuzzer. See Fuzz/README.md.
@_cdecl("FuzzSignInCSV_main")
public func fuzzSignInCSVMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(.signInCSV, argc, argv)
}
