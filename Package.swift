// swift-tools-version:6.0
import PackageDescription

// Release code reaches type metadata through accessor functions instead of mangled names: the runtime
// demangles a name and checks its conformances (scanning every conformance in the binary) the first time,
// which was a third of the instructions of linting one small file.
let shippedCode: [SwiftSetting] = [
    .unsafeFlags(["-Xfrontend", "-disable-concrete-type-metadata-mangled-name-accessors"], .when(configuration: .release)),
]

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
        .target(name: "SourceText", swiftSettings: shippedCode),
        .target(name: "YAMLSource", dependencies: ["CYAML", "SourceText"], swiftSettings: shippedCode),
        .target(name: "SetupModel", dependencies: ["YAMLSource", "SourceText"], swiftSettings: shippedCode),
        // The rule and profile files' model and strict reader: LintKit reads custom rules and profiles
        // with it at run time, and the generator reads the built-in ones with it at build time.
        .target(name: "RuleFiles", dependencies: ["SetupModel", "YAMLSource", "SourceText"], swiftSettings: shippedCode),
        .executableTarget(name: "RuleCatalogGenerator", dependencies: ["RuleFiles", "SetupModel"], path: "Plugins/RuleCatalogGenerator"),
        .plugin(name: "RuleCatalogPlugin", capability: .buildTool(), dependencies: ["RuleCatalogGenerator"]),
        .target(name: "LintKit", dependencies: ["RuleFiles", "SetupModel", "YAMLSource", "SourceText"], swiftSettings: shippedCode, plugins: ["RuleCatalogPlugin"]),
        .target(name: "Reports", dependencies: ["LintKit", "RuleFiles", "SourceText"], swiftSettings: shippedCode),
        .target(name: "LanguageServer", dependencies: ["LintKit", "RuleFiles", "SetupModel", "SourceText"], swiftSettings: shippedCode),
        .executableTarget(
            name: "connectlint",
            dependencies: ["LintKit", "Reports", "RuleFiles", "SourceText", "LanguageServer"],
            swiftSettings: shippedCode,
            // A position-dependent release binary has no relative relocations for the loader to apply
            // (about 87,000 with the Swift runtime linked in), which cuts start-up by about a quarter.
            // Nothing is exported: the runtime's dladdr at start-up then scans 370 dynamic symbols, not 3,050.
            linkerSettings: [.unsafeFlags(["-Xclang-linker", "-no-pie", "-Xlinker", "--no-export-dynamic"], .when(platforms: [.linux], configuration: .release))]
        ),
        .executableTarget(name: "ConnectLintFuzz", dependencies: ["LintKit", "Reports", "SourceText"]),
        // What several test targets use: fixtures, scratch projects, the binary runner, the rule harness.
        .target(name: "TestSupport", dependencies: ["LintKit", "SourceText"], path: "Tests/TestSupport"),
        .testTarget(name: "YAMLSourceTests", dependencies: ["YAMLSource", "SourceText"]),
        .testTarget(name: "SetupModelTests", dependencies: ["SetupModel", "YAMLSource", "LintKit", "SourceText", "TestSupport"]),
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
