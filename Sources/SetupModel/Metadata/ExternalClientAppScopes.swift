import SourceText

/// The values of an External Client App's `commaSeparatedOauthScopes` (reference/external-client-apps.md §3).
public enum ExternalClientAppScopes {
    /// The 34 values the Metadata API Developer Guide v66.0 lists, all PascalCase metadata tokens.
    public static let documented = [
        "Basic", "Api", "Web", "Full", "Chatter", "CustomApplications", "RefreshToken", "OpenID", "Profile", "Email", "Address", "Phone",
        "OfflineAccess", "CustomPermissions", "Wave", "Eclair", "Pardot", "Lightning", "Content", "CDPIngest", "CDPProfile", "CDPQuery",
        "Chatbot", "CDPSegment", "CDPIdentityResolution", "CDPCalculatedInsight", "SFApiPlatform", "Interaction", "EinsteinGPT",
        "PwdlessLogin", "ForgotPassword", "UserRegistration", "MCP", "SCRT",
    ]
    /// Values an org's deploy validator accepts that the guide does not list (observed in a retrieved file).
    static let observed = ["CDP", "DataCloudUserClaims"]

    /// Whether `name` is a value Salesforce takes, exactly as written.
    public static func isKnown(_ name: String) -> Bool { documented.contains(name) || observed.contains(name) }

    /// The documented value for another spelling of a scope: a runtime token (`refresh_token`), a wrong
    /// letter case (`full`), a Connected App name (`SFAP`, or a known misspelling of one such as `SfapApi`) or a Setup
    /// label; nil when `name` is none of these.
    public static func documentedName(for name: String) -> String? {
        let folded = name.lowercased().replacing("_", with: "")
        if let exact = documented.first(where: { $0.lowercased() == folded }) { return exact }
        guard let scope = ScopeCatalog.scope(named: ScopeNames.knownMistakes[name] ?? name) else { return nil }
        return (scope.metadataNames + scope.externalClientAppNames).first(where: isKnown)
    }

    /// The finding for a value that is not exactly one of Salesforce's; `known` when another spelling of a scope
    /// that the guide's scope rules recognise.
    static func problem(_ name: String, range: SourceRange, keyPath: String) -> (problem: ReadingProblem, known: Bool) {
        let spelled = documentedName(for: name)
        let suggestion = spelled ?? Suggestions.closest(to: name, among: documented)
        let shown = name.isEmpty ? "an empty scope" : "`\(name)`"
        var problem = ReadingProblem(
            kind: .unknownScope,
            message: "\(shown) is not an External Client App scope value (they are case-sensitive)" + Suggestions.didYouMean(suggestion),
            range: range, keyPath: keyPath,
            help: "Write the scopes as the Metadata API spells them in `<commaSeparatedOauthScopes>`, separated by commas: "
                + documented.joined(separator: ", ") + ".")
        problem.repair = name.isEmpty ? nil : suggestion.map { Repair("Write `\($0)`", .replace(range, with: $0)) }
        return (problem, spelled != nil && ScopeCatalog.scope(named: name) != nil)
    }
}
