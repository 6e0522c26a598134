import SetupModel
import RuleFiles

/// `refresh-token-secret`: the guide says to clear Require Secret for Refresh Token Flow, which Salesforce selects by default.
struct RefreshTokenSecretRule: GuideCheck {

    func check(_ setup: Setup) -> [CheckFinding] {
        guard let oauth = setup.oauth, let fields = oauth.fields else { return [] }
        // OAuth disabled with no OAuth setting written (a Connected App without `<oauthConfig>`): `oauth-disabled` says what to do.
        if oauth["enabled"]?.boolean == false, fields.count == 1 { return [] }
        lazy var help = "Clear Require Secret for Refresh Token Flow in Salesforce (\(FixLocation.oauthSettings(setup))) "
            + "and write \(oauth.assignment(of: "requireSecretForRefreshToken", to: "false"))."
        guard let node = oauth["requireSecretForRefreshToken"], !node.isBlank else {
            // A value of the wrong type was reported as such; it is unknown here, not absent.
            if setup.isUnreadable(oauth.keyPath + ".requireSecretForRefreshToken") { return [] }
            return [finding("\(oauth.name(of: "requireSecretForRefreshToken")) is not set, and Salesforce selects Require Secret for Refresh Token Flow by default",
                            missing: "requireSecretForRefreshToken", in: oauth, help: help)
                .fixed(by: FixPlan(title(oauth), .safe, [oauth["requireSecretForRefreshToken"].map { .set($0, .boolean(false)) }
                    ?? .addKey("requireSecretForRefreshToken", .boolean(false), to: oauth)]))]
        }
        guard node.boolean == true else { return [] }
        return [finding("Require Secret for Refresh Token Flow is selected, but the guide says to clear it", at: node, help: help)
            .fixed(by: FixPlan(title(oauth), .safe, [.set(node, .boolean(false))]))]
    }

    private func title(_ oauth: SetupNode) -> String {
        "Set \(oauth.assignment(of: "requireSecretForRefreshToken", to: "false"))"
    }
}
