/// Which release of Impact Register this is, as `impact --version` prints it and as exports,
/// reports, blog posts and the register itself record it.
///
/// ```swift
/// ImpactRelease.version    // "0.9.0"
/// ImpactRelease.generator  // "Impact Register 0.9.0"
/// ```
///
/// The version is set in one place, `Version.swift`, which `scripts/release` writes.
public enum ImpactRelease {
    /// The product's name and version, as written into a document's header or footer.
    public static var generator: String { "Impact Register \(version)" }
}
