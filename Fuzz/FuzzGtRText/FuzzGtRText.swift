import FuzzSupport

/// The GtRText importer under libFuzzer. See Fuzz/README.md.
@_cdecl("FuzzGtRText_main")
public func fuzzGtRTextMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(.gtrText, argc, argv)
}
