import FuzzSupport

/// The BibTeX importer under libFuzzer. See Fuzz/README.md.
@_cdecl("FuzzBibTeX_main")
public func fuzzBibTeXMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(.bibtex, argc, argv)
}
