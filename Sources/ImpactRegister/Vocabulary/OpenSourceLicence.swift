/// Open-source licences (Researchfish "Open Source License").
public enum OpenSourceLicence: String, Vocabulary, Codable {
    case apacheLicense20 = "Apache License 2.0"
    case gnuGeneralPublicLicenseGpl = "GNU General Public License (GPL)"
    case mitLicense = "MIT license"
    case bsd2ClauseSimplifiedOrFreebsdLicense = "BSD 2-Clause \"Simplified\" or \"FreeBSD\" license"
    case commonDevelopmentAndDistributionLicense = "Common Development and Distribution License"
    case gnuLibraryOrLesserGeneralPublicLicenseLgpl = "GNU Library or \"Lesser\" General Public License (LGPL)"
    case `other` = "Other"

    public static let title = "Open-source licence"
}
