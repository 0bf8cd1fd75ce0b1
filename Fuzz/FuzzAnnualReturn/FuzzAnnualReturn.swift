import FuzzSupport

/// The AnnualReturn importer under libFuzzer. See Fuzz/README.md.
@_cdecl("FuzzAnnualReturn_main")
public func fuzzAnnualReturnMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(.annualReturn, argc, argv)
}
