/// The guide-specific checks written in Swift, by the check name that `Rules/*.yaml` uses:
/// each is named after the one rule id it reports.
public enum GuideCheckRegistry {
    public static let checks: [String: DocumentRule] = Dictionary(uniqueKeysWithValues: all.map { (type(of: $0).ruleId, $0 as DocumentRule) })

    private static let all: [any GuideCheck] = [
        CallbackURLRule(), CallbackURLSchemeRule(), CallbackURLLimitRule(),
        ServiceDomainFormatRule(), ServiceDomainConsoleRule(),
        ScopeDataAccessRule(), ScopeRestrictedRule(), ScopeRefreshTokenRule(), UnknownScopeRule(),
        RefreshTokenSecretRule(), RefreshTokenPolicyRule(),
        SandboxOrgRule(), APINameRule(), ContactEmailRule(),
        DeferredCredentialRule(), CredentialMismatchRule(), ConsumerKeyFormatRule(), SwappedCredentialsRule(), PlaintextSecretRule(),
        TokenPairLimitRule(),
    ]
}
