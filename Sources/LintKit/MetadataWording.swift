import SetupModel

/// Rewords the guide's findings about a Connected App read from a metadata file: their messages
/// name setup YAML keys, and the file has elements instead.
enum MetadataWording {
    /// Longest first, so that `requireSecretForRefreshToken: false` is replaced before `requireSecretForRefreshToken`.
    static let replacements: [(yaml: String, xml: String)] = [
        ("`requireSecretForRefreshToken: false`", "`<isSecretRequiredForRefreshToken>false</isSecretRequiredForRefreshToken>` in `<oauthConfig>`"),
        ("`refreshTokenPolicy: infinite`", "`<refreshTokenPolicy>infinite</refreshTokenPolicy>` in `<oauthPolicy>`"),
        ("`requireSecretForRefreshToken`", "`<isSecretRequiredForRefreshToken>`"),
        ("`refreshTokenPolicy`", "`<refreshTokenPolicy>`"),
        ("`callbackUrls`", "`<callbackUrl>`"),
        ("`oauth.scopes`", "`<scopes>`"),
        ("`scopes`", "`<scopes>`"),
        ("`contactEmail`", "`<contactEmail>`"),
        ("`consumerKey`", "`<consumerKey>`"),
        ("`name`", "`<label>`"),
        ("`apiName`", "the file name (the API Name)"),
    ]

    /// `externalClientApp`: the settings are the root's children (an ExtlClntAppGlobalOauthSettings file has no `<oauthConfig>`).
    static func reworded(_ diagnostic: Diagnostic, externalClientApp: Bool = false) -> Diagnostic {
        let reword = { (text: String) in Self.reword(text, externalClientApp: externalClientApp) }
        var reworded = Diagnostic(ruleId: diagnostic.ruleId, message: reword(diagnostic.message), range: diagnostic.range,
                                  keyPath: diagnostic.keyPath, help: diagnostic.help.map(reword), severity: diagnostic.severity)
        reworded.classicUI = diagnostic.classicUI
        return reworded
    }

    static func reword(_ text: String, externalClientApp: Bool = false) -> String {
        let reworded = replacements.reduce(text) { $0.replacingOccurrences(of: $1.yaml, with: $1.xml) }
        guard externalClientApp else { return reworded }
        return reworded.replacingOccurrences(of: " in `<oauthConfig>`", with: "")
            .replacingOccurrences(of: "`<scopes>`", with: "`<commaSeparatedOauthScopes>`")
    }
}
