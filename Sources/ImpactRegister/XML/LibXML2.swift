import CLibXML2

/// One-time set-up of libxml2, shared by every XML entry point of the register.
///
/// libxml2 must be initialised once before two threads use it at the same time; otherwise both can
/// hang in `xmlRMutexLock`. Every reader, writer and validator calls ``initialise()`` first, so
/// callers only need it when they call libxml2 directly.
public enum LibXML2 {
    /// Runs the set-up exactly once per process; later calls return at once. Thread-safe.
    ///
    /// Besides `xmlInitParser()` it loads the XML catalogs named by `XML_CATALOG_FILES` (or the
    /// system default) and installs libxml2's no-network entity loader, so schema imports resolve
    /// through catalogs and local files only and any `http://` or `ftp://` fetch is refused.
    public static func initialise() {
        _ = once
    }

    private static let once: Void = {
        xmlInitParser()
        xmlInitializeCatalog()
        xmlSetExternalEntityLoader(xmlNoNetExternalEntityLoader)
    }()
}
