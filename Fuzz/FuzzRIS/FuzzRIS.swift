import FuzzSupport

/// The RIS importer under libFuzzer. See Fuzz/README.md.
@_cdecl("FuzzRIS_main")
public func fuzzRISMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(.ris, argc, argv)
}
