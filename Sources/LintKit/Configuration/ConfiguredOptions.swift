extension LintOptions {
    /// Applies a configuration: severities, file selection and service domain. Rule ids in it are
    /// checked against the catalogue (built-in, suppression and custom rules), so a typo is exit 2.
    public mutating func apply(_ configuration: Configuration) throws {
        try configuration.checkRuleIds(against: catalog.rules.map(\.id))
        severityPolicy = configuration.severityPolicy
        fileSelection = configuration.fileSelection
        serviceDomain = configuration.serviceDomain
    }
}
