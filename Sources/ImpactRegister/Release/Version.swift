// The version of this build, in one place. scripts/release writes this file for a release build
// (and puts it back afterwards); between releases it names the next release with "-dev".
extension ImpactRelease {
    /// The version of this build of Impact Register, such as `0.9.0` or `0.9.0-dev+1a2b3c4`.
    public static let version = "0.9.0-dev"
}
