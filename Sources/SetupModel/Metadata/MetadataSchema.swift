/// The element sequences of the Metadata API types connectlint reads (API version 67.0).
///
/// Sources: the Metadata API Developer Guide, "ConnectedApp" (v67.0, Summer '26), whose field
/// tables list every element; and the `metadata.wsdl` `xsd:sequence` of `ConnectedAppOauthConfig`
/// (`callbackUrl, certificate, consumerKey, scopes` in the JAXB binding generated from it, and the
/// full v5x list in clients generated from later WSDLs). The WSDL declares the elements of each of
/// these types in alphabetical order, after `fullName` inherited from `Metadata`; a deploy rejects an
/// element out of sequence ("Element {…}scopes invalid at this location").
public enum MetadataSchema {
    /// `ConnectedApp`.
    public static let connectedApp = [
        "fullName",
        "attributes", "canvas", "canvasConfig", "contactEmail", "contactPhone", "description", "iconUrl", "infoUrl",
        "ipRanges", "label", "logoUrl", "mobileAppConfig", "mobileStartUrl", "oauthConfig", "oauthPolicy",
        "permissionSetName", "plugin", "pluginExecutionUser", "profileName", "samlConfig", "sessionPolicy", "startUrl",
    ]

    /// `ConnectedAppOauthConfig`.
    public static let oauthConfig = [
        "assetTokenConfig", "callbackUrl", "certificate", "consumerKey", "consumerSecret", "idTokenConfig",
        "isAdminApproved", "isClientCredentialEnabled", "isCodeCredentialEnabled", "isCodeCredentialPostOnly",
        "isConsumerSecretOptional", "isIntrospectAllTokens", "isNamedUserJwtEnabled", "isPkceRequired",
        "isRefreshTokenRotationEnabled", "isSecretRequiredForRefreshToken", "isSecretRequiredForTokenExchange",
        "isTokenExchangeEnabled", "oauthClientCredentialUser", "scopes", "singleLogoutUrl",
    ]

    /// `ConnectedAppOauthPolicy`.
    public static let oauthPolicy = ["ipRelaxation", "isTokenExchangeFlowEnabled", "refreshTokenPolicy", "singleLogoutUrl"]

}
