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
                "CLibXML2",
            ]
        ),
        .executableTarget(
            name: "impact",
            dependencies: [
                "ImpactRegister",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "ImpactRegisterTests",
            dependencies: ["ImpactRegister", "impact"],
            resources: [.copy("Fixtures")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
