import FoundationEssentials
extension LintOptions {
    /// Options for a run: the configuration (`--config FILE` or the nearest `.connectlint.yml`), the
    /// catalogue with its custom rules and `--rules` folders, severities, file selection, service domain.
    /// Rule ids in the configuration are checked against that catalogue, so a typo is exit 2.
    /// Without `configPath` the nearest configuration from `folder` upwards is used.
    public static func configured(configPath: String?, ruleFolders: [String] = [],
                                  searchingFrom folder: String = FileManager.default.currentDirectoryPath) throws -> (LintOptions, Configuration) {
        let configuration = try ConfigurationLoader.load(explicit: configPath, searchingFrom: folder)
        let catalog = try CustomRules.catalog(adding: CustomRules.folders(of: configuration, commandLine: ruleFolders))
        var options = LintOptions(catalog: catalog)
        try configuration.checkRuleIds(against: catalog.ids)
        options.severityPolicy = configuration.severityPolicy
        options.fileSelection = configuration.fileSelection
        options.serviceDomain = configuration.serviceDomain
        options.profiles = try CustomProfiles.profiles(adding: CustomRules.folders(configuration.profiles, of: configuration))
        return (options, configuration)
    }
}
