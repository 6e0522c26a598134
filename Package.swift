// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "connectlint",
    products: [
        .executable(name: "connectlint", targets: ["connectlint"]),
        // libFuzzer target, built by Scripts/fuzz; a plain build gives a replayer of saved inputs.
        .executable(name: "connectlint-fuzz", targets: ["ConnectLintFuzz"]),
    ],
    targets: [
        .systemLibrary(
            name: "CYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"])]
        ),
        .target(name: "SourceText"),
        .target(name: "YAMLSource", dependencies: ["CYAML", "SourceText"]),
        .target(name: "SetupModel", dependencies: ["YAMLSource", "SourceText"]),
        // The rule and profile files' model and strict reader: LintKit reads custom rules and profiles
        // with it at run time, and the generator reads the built-in ones with it at build time.
        .target(name: "RuleFiles", dependencies: ["SetupModel", "YAMLSource", "SourceText"]),
        .executableTarget(name: "RuleCatalogGenerator", dependencies: ["RuleFiles", "SetupModel"], path: "Plugins/RuleCatalogGenerator"),
        .plugin(name: "RuleCatalogPlugin", capability: .buildTool(), dependencies: ["RuleCatalogGenerator"]),
        .target(name: "LintKit", dependencies: ["RuleFiles", "SetupModel", "YAMLSource", "SourceText"], plugins: ["RuleCatalogPlugin"]),
        .target(name: "Reports", dependencies: ["LintKit", "RuleFiles", "SourceText"]),
        .target(name: "LanguageServer", dependencies: ["LintKit", "RuleFiles", "SetupModel", "SourceText"]),
        .executableTarget(
            name: "connectlint",
            dependencies: ["LintKit", "Reports", "RuleFiles", "SourceText", "LanguageServer"],
            // A position-dependent release binary has no relative relocations for the loader to apply
            // (about 87,000 with the Swift runtime linked in), which cuts start-up by about a quarter.
            linkerSettings: [.unsafeFlags(["-Xclang-linker", "-no-pie"], .when(platforms: [.linux], configuration: .release))]
        ),
        .executableTarget(name: "ConnectLintFuzz", dependencies: ["LintKit", "Reports", "SourceText"]),
        // What several test targets use: fixtures, scratch projects, the binary runner, the rule harness.
        .target(name: "TestSupport", dependencies: ["LintKit", "SourceText"], path: "Tests/TestSupport"),
        .testTarget(name: "YAMLSourceTests", dependencies: ["YAMLSource", "SourceText"]),
        .testTarget(name: "SetupModelTests", dependencies: ["SetupModel", "SourceText"]),
        .testTarget(name: "LintKitTests", dependencies: ["LintKit", "SourceText"]),
        .testTarget(name: "RuleEngineTests", dependencies: ["LintKit", "RuleFiles", "SetupModel", "SourceText", "TestSupport"]),
        .testTarget(name: "ReportsTests", dependencies: ["Reports", "RuleFiles", "SourceText", "TestSupport"], exclude: ["Goldens", "Schemas"]),
        .testTarget(name: "GuideCheckTests", dependencies: ["LintKit", "RuleFiles", "SetupModel", "YAMLSource", "SourceText", "TestSupport"]),
        .testTarget(name: "CommandLineTests", dependencies: ["connectlint", "Reports"]),
        .testTarget(name: "EndToEndTests", dependencies: ["connectlint", "LintKit", "TestSupport"]),
        .testTarget(name: "MetadataTests", dependencies: ["SetupModel", "LintKit", "SourceText", "TestSupport"]),
        .testTarget(name: "LanguageServerTests", dependencies: ["LanguageServer", "LintKit", "SourceText"]),
        .testTarget(name: "ConfigurationTests", dependencies: ["LintKit", "RuleFiles", "YAMLSource", "SetupModel", "SourceText"]),
    ],
    swiftLanguageModes: [.v5]
)
