import SetupModel
import RuleFiles

/// `guide-not-applicable`: a connector that signs in with a user's credentials has no Connected App to check.
struct GuideNotApplicableRule: GuideCheck {

    func check(_ setup: Setup) -> [CheckFinding] {
        guard let profile = setup.profile, !profile.usesConnectedApp, let node = setup.connector else { return [] }
        return [finding("the `\(profile.name)` connector signs in with a user's credentials, not a Connected App, "
                            + "so Cyclr's Salesforce guide does not apply; only the setup's own values are checked", at: node)]
    }
}
