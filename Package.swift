// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "ImpactRegister",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "ImpactRegister", targets: ["ImpactRegister"]),
        .executable(name: "impact", targets: ["impact"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", exact: "2.1.1"),
        .package(url: "https://github.com/jpsim/Yams", exact: "6.2.2"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", exact: "0.9.20"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", exact: "2.28.1"),
        .package(url: "https://github.com/vapor/multipart-kit", exact: "4.7.1"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        .target(
            name: "ImpactRegister",
            dependencies: [
                .product(name: "GRDB", package: "GRDB.swift"),
                // SQLite's own API, for the import's hot statements (see Store/DirectStatement.swift).
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
                .product(name: "Mustache", package: "swift-mustache"),
                // XLSX workbooks are zip files (Formats/XLSX/).
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
                "CLibXML2",
            ]
        ),
        // The register in a browser (`impact serve`): kept apart so the core builds and tests fast.
        .target(
            name: "ImpactWeb",
            dependencies: [
                "ImpactRegister",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "MultipartKit", package: "multipart-kit"),
            ]
        ),
        .executableTarget(
            name: "impact",
            dependencies: [
                "ImpactRegister",
                "ImpactWeb",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "ImpactRegisterTests",
            dependencies: [
                "ImpactRegister", "impact",
                .product(name: "Yams", package: "Yams"),
                // Tests build small and hostile workbooks of their own.
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "ImpactWebTests",
            dependencies: [
                "ImpactWeb", "ImpactRegister",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)

// The fuzz targets (libFuzzer with AddressSanitizer), one per importer. They are part of the
// package only when scripts/fuzz builds them (IMPACT_FUZZ=1), so `swift build` and `swift test`
// never need the fuzzing runtime.
if Context.environment["IMPACT_FUZZ"] == "1" {
    package.targets.append(.target(name: "CFuzzDriver", path: "Fuzz/CFuzzDriver"))
    package.targets.append(.target(name: "FuzzSupport", dependencies: ["ImpactRegister", "CFuzzDriver"], path: "Fuzz/FuzzSupport"))
    for name in ["FuzzGtRText", "FuzzGtRXML", "FuzzBibTeX", "FuzzRIS", "FuzzSignInCSV", "FuzzAnnualReturn", "FuzzXLSX"] {
        package.targets.append(.executableTarget(name: name, dependencies: ["FuzzSupport"], path: "Fuzz/\(name)"))
    }
}
