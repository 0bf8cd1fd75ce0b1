import FuzzSupport

/// The Researchfish XLSX importer (the XLSX reader beneath it) under libFuzzer. See Fuzz/README.md.
@_cdecl("FuzzXLSX_main")
public func fuzzXLSXMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(.researchfishXLSX, argc, argv)
}
