import SetupModel

/// `scope-refresh-token`: without `refresh_token` Salesforce issues no refresh token, and accounts lose access when the session ends.
struct ScopeRefreshTokenRule: GuideCheck {
    func check(_ setup: Setup) -> [CheckFinding] { missingScopes(.refresh, in: setup) }
}
