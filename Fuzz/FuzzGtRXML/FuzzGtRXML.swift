import FuzzSupport

/// The GtRXML importer under libFuzzer. See Fuzz/README.md.
@_cdecl("FuzzGtRXML_main")
public func fuzzGtRXMLMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(.gtrXML, argc, argv)
}
