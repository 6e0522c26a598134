import LintKit

/// `--config` and `--rules`, shared by `lint`, `rules` and `explain` so that all three see the same
/// catalogue: the built-in rules plus the custom rules of the configuration and of `--rules`.
struct CatalogOptions {
    static let configPath: Declared<String?> = .option("--config", valueName: "file",
        help: "Configuration file (default: the nearest .connectlint.yml from the current folder upwards).")
    static let ruleFolders: Declared<[String]> = .repeated("--rules", valueName: "dir",
        help: "A folder of custom rule files (repeatable), besides the configuration's customRules.")
    static let group = ParameterGroup(configPath.parameter, ruleFolders.parameter)

    let configPath: String?
    let ruleFolders: [String]

    init(_ parsed: ParsedValues) throws {
        configPath = try parsed[Self.configPath]
        ruleFolders = try parsed[Self.ruleFolders]
    }

    func lintOptions() throws -> (LintOptions, Configuration) {
        try LintOptions.configured(configPath: configPath, ruleFolders: ruleFolders)
    }

    func catalog() throws -> RuleCatalog {
        try lintOptions().0.catalog
    }
}
