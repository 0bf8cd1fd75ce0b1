import Foundation
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

extension LibXML2 {
    /// Adds an XML catalog (such as the OpenAIRE schemas' `cached/catalog.xml`) so that schema
    /// imports it maps resolve to local files without a network.
    public static func addCatalog(_ path: String) {
        initialise()
        _ = catalogLock.withLock { loaded -> Int32 in
            guard !loaded.contains(path) else { return 0 }
            loaded.insert(path)
            return xmlLoadCatalog(path)
        }
    }

    private static let catalogLock = CatalogLock()
}

/// The catalogs already loaded, behind a lock: libxml2's catalog list is process-wide.
final class CatalogLock: @unchecked Sendable {
    private let lock = NSLock()
    private var loaded = Set<String>()

    func withLock<T>(_ body: (inout Set<String>) -> T) -> T {
        lock.lock()
        defer { lock.unlock() }
        return body(&loaded)
    }
}
