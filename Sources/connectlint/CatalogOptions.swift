import ArgumentParser
import LintKit

/// `--config` and `--rules`, shared by `lint`, `rules` and `explain` so that all three see the same
/// catalogue: the built-in rules plus the custom rules of the configuration and of `--rules`.
struct CatalogOptions: ParsableArguments {
    @Option(name: .customLong("config"), help: ArgumentHelp(
        "Configuration file (default: the nearest .connectlint.yml from the current folder upwards).", valueName: "file"))
    var configPath: String?

    @Option(name: .customLong("rules"), help: ArgumentHelp(
        "A folder of custom rule files (repeatable), besides the configuration's customRules.", valueName: "dir"))
    var ruleFolders: [String] = []

    func lintOptions() throws -> (LintOptions, Configuration) {
        try LintOptions.configured(configPath: configPath, ruleFolders: ruleFolders)
    }

    func catalog() throws -> RuleCatalog {
        try lintOptions().0.catalog
    }
}
