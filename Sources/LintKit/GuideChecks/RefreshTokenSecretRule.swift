import SetupModel

/// `refresh-token-secret`: the guide says to clear Require Secret for Refresh Token Flow, which Salesforce selects by default.
struct RefreshTokenSecretRule: GuideCheck {
    static let ruleId = "refresh-token-secret"

    func check(_ setup: Setup) -> [ModelDiagnostic] {
        guard let oauth = setup.oauth, oauth.fields != nil else { return [] }
        let help = "Clear Require Secret for Refresh Token Flow in Salesforce (\(FixLocation.oauthSettings(setup))) "
            + "and write `requireSecretForRefreshToken: false`."
        guard let node = oauth["requireSecretForRefreshToken"], !node.isBlank else {
            return [finding("`requireSecretForRefreshToken` is not set, and Salesforce selects Require Secret for Refresh Token Flow by default",
                            missing: "requireSecretForRefreshToken", in: oauth, help: help)]
        }
        guard node.boolean == true else { return [] }
        return [finding("Require Secret for Refresh Token Flow is selected, but the guide says to clear it", at: node, help: help)]
    }
}
