// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "connectlint",
    products: [
        .executable(name: "connectlint", targets: ["connectlint"]),
        // libFuzzer target, built by Scripts/fuzz; a plain build gives a replayer of saved inputs.
        .executable(name: "connectlint-fuzz", targets: ["ConnectLintFuzz"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        .systemLibrary(
            name: "CYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"])]
        ),
        .target(name: "YAMLSource", dependencies: ["CYAML"]),
        .target(name: "SetupModel", dependencies: ["YAMLSource"]),
        .executableTarget(name: "RuleCatalogGenerator", path: "Plugins/RuleCatalogGenerator"),
        .plugin(name: "RuleCatalogPlugin", capability: .buildTool(), dependencies: ["RuleCatalogGenerator"]),
        .target(name: "LintKit", dependencies: ["SetupModel", "YAMLSource"], plugins: ["RuleCatalogPlugin"]),
        .target(name: "Reports", dependencies: ["LintKit"]),
        .executableTarget(
            name: "connectlint",
            dependencies: [
                "LintKit", "Reports",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "ConnectLintFuzz", dependencies: ["LintKit", "Reports"]),
        .testTarget(name: "YAMLSourceTests", dependencies: ["YAMLSource"]),
        .testTarget(name: "SetupModelTests", dependencies: ["SetupModel"]),
        .testTarget(name: "LintKitTests", dependencies: ["LintKit"]),
        .testTarget(name: "RuleEngineTests", dependencies: ["LintKit", "SetupModel"]),
        .testTarget(name: "ReportsTests", dependencies: ["Reports"], exclude: ["Goldens", "Schemas"]),
        .testTarget(name: "GuideCheckTests", dependencies: ["LintKit", "SetupModel", "YAMLSource"]),
        .testTarget(name: "EndToEndTests", dependencies: ["connectlint"]),
        .testTarget(name: "MetadataTests", dependencies: ["SetupModel", "LintKit"]),
        .testTarget(name: "ConfigurationTests", dependencies: ["LintKit", "YAMLSource", "SetupModel"]),
    ],
    swiftLanguageModes: [.v5]
)
