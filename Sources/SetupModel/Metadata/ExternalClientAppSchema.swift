/// The elements of the External Client App metadata types, as the Metadata API Developer Guide v66.0
/// documents them (reference/external-client-apps.md §1–5). Salesforce documents no element order for
/// these types, so only names and enumerations are checked.
public struct ExternalClientAppType: Sendable {
    public let root: String
    /// What the file is called in messages.
    public let fileDescription: String
    /// Each documented element, with the documented children of a complex one.
    public let elements: [String: [String]]
    /// The documented values of enumerated elements; Salesforce compares them ignoring letter case.
    public let enumerations: [String: [String]]

    /// The type whose files are of this kind (nil for a Connected App).
    public static func of(_ kind: MetadataFileKind) -> ExternalClientAppType? {
        switch kind {
        case .connectedApp: return nil
        case .externalClientApp: return header
        case .externalClientAppGlobalOauth: return globalOauth
        case .externalClientAppOauth: return oauth
        case .externalClientAppOauthPolicies: return oauthPolicies
        case .externalClientAppPolicies: return policies
        }
    }

    private init(root: String, file: String, _ names: [String], complex: [String: [String]] = [:], enumerations: [String: [String]] = [:]) {
        self.root = root
        fileDescription = file
        var elements: [String: [String]] = ["fullName": []]
        for name in names { elements[name] = complex[name] ?? [] }
        self.elements = elements
        self.enumerations = enumerations
    }

    static let attributes = ["formula", "key"]

    public static let header = ExternalClientAppType(
        root: "ExternalClientApplication", file: "External Client App header (`*.eca-meta.xml`)",
        ["contactEmail", "contactPhone", "description", "distributionState", "iconUrl", "infoUrl", "isProtected", "label", "logoUrl",
         "managedType", "orgScopedExternalApp"],
        enumerations: ["distributionState": ["AutoInstalled", "Local", "Managed", "Packaged"]])

    public static let globalOauth = ExternalClientAppType(
        root: "ExtlClntAppGlobalOauthSettings", file: "External Client App global OAuth settings file (`*.ecaGlblOauth-meta.xml`)",
        ["callbackUrl", "certificate", "consumerKey", "consumerSecret", "externalClientApplication", "idTokenConfig",
         "isClientCredentialsFlowEnabled", "isCodeCredFlowEnabled", "isCodeCredPostOnly", "isConsumerSecretOptional", "isDeviceFlowEnabled",
         "isIntrospectAllTokens", "isNamedUserJwtEnabled", "isPkceRequired", "isRefreshTokenRotationEnabled", "isSecretRequiredForRefreshToken",
         "isSecretRequiredForTokenExchange", "isTokenExchangeEnabled", "label", "shouldRotateConsumerKey", "shouldRotateConsumerSecret"],
        complex: ["idTokenConfig": ["idTokenAudience", "idTokenIncludeAttributes", "idTokenIncludeStandardClaims", "idTokenValidityInMinutes"]])

    public static let oauth = ExternalClientAppType(
        root: "ExtlClntAppOauthSettings", file: "External Client App OAuth settings file (`*.ecaOauth-meta.xml`)",
        ["areAttributesIncludedInAssetToken", "areCustomPermsIncludedInAssetToken", "assetTokenAudiences", "assetTokenSigningCertificate",
         "assetTokenValidity", "clientAssertionCertificate", "commaSeparatedOauthScopes", "customAttributes", "externalClientApplication",
         "isFirstPartyAppEnabled", "label", "oauthLink", "singleLogoutUrl", "trustedIpRanges"],
        complex: ["customAttributes": attributes, "trustedIpRanges": ["description", "endIpAddress", "startIpAddress"]])

    public static let oauthPolicies = ExternalClientAppType(
        root: "ExtlClntAppOauthConfigurablePolicies", file: "External Client App OAuth policies file (`*.ecaOauthPlcy-meta.xml`)",
        ["apexHandler", "clientCredentialsFlowUser", "commaSeparatedCustomScopes", "commaSeparatedPermissionSet", "commaSeparatedProfile",
         "customAttributes", "executeHandlerAs", "externalClientApplication", "guestJwtTimeout", "guestJwtSessionTimeoutType",
         "ipRelaxationPolicyType", "isClientCredentialsFlowEnabled", "isGuestCodeCredFlowEnabled", "isNamedUserJwtEnabled",
         "isTokenExchangeFlowEnabled", "label", "namedUserJwtTimeout", "namedUserJwtSessionTimeoutType", "permittedUsersPolicyType",
         "policyAction", "refreshTokenPolicyType", "refreshTokenValidityPeriod", "refreshTokenValidityUnit", "requiredSessionLevel",
         "sessionTimeoutInMinutes", "singleLogoutUrl", "startUrl"],
        complex: ["customAttributes": attributes],
        enumerations: [
            "guestJwtSessionTimeoutType": ["UserSession", "Custom"],
            "namedUserJwtSessionTimeoutType": ["UserSession", "Custom"],
            "ipRelaxationPolicyType": ["Enforce", "Bypass", "Bypass_2factor", "Enforce_RelaxRefresh"],
            "permittedUsersPolicyType": ["AdminApprovedPreAuthorized", "AllSelfAuthorized"],
            "policyAction": ["Block", "RaiseSessionLevel"],
            "refreshTokenPolicyType": ["Infinite", "SpecificInactivity", "SpecificLifetime", "Zero"],
            "refreshTokenValidityUnit": ["Days", "Hours", "Months"],
            "requiredSessionLevel": ["HIGH_ASSURANCE", "LOW", "STANDARD"],
        ])

    public static let policies = ExternalClientAppType(
        root: "ExtlClntAppConfigurablePolicies", file: "External Client App policies file (`*.ecaPlcy-meta.xml`)",
        ["externalClientApplication", "isEnabled", "isCanvasPluginEnabled", "isMobilePluginEnabled", "isNotificationPluginEnabled",
         "isOauthPluginEnabled", "isPushPluginEnabled", "isSamlPluginEnabled", "label", "startPage", "startUrl"],
        enumerations: ["startPage": ["Custom", "None", "OAuth"]])

    /// The documented value `text` names, ignoring letter case as Salesforce does (a retrieved file spells
    /// `Enforce_relaxrefresh`); nil when it names none.
    public func documentedValue(of element: String, _ text: String) -> String? {
        enumerations[element]?.first { $0.lowercased() == text.lowercased() }
    }
}
