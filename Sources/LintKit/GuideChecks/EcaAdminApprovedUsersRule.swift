import SetupModel
import RuleFiles

/// `eca-admin-approved-users`: with admin-approved users, only holders of the listed profiles or permission
/// sets can authorize the app, so every Cyclr account's Salesforce user needs one of them.
struct EcaAdminApprovedUsersRule: GuideCheck {

    func check(_ setup: Setup) -> [CheckFinding] {
        guard let node = setup.oauth?["permittedUsers"], node.string == "AdminApprovedPreAuthorized" else { return [] }
        return [finding("only users holding one of the app's profiles or permission sets can authorize it, so the Salesforce user of every Cyclr account "
                            + "needs one of them; otherwise sign-in fails with \"user is not admin approved to access this app\"",
                        at: node)]
    }
}
