import SetupModel

/// `scope-refresh-token`: without `refresh_token` Salesforce issues no refresh token, and accounts lose access when the session ends.
struct ScopeRefreshTokenRule: GuideCheck {

    func check(_ setup: Setup) -> [CheckFinding] {
        guard let selection = ScopeSelection(setup), !selection.isOpen,
              selection.entry(selecting: ScopeCatalog.refreshToken) == nil else { return [] }
        return [missingScope("`refresh_token` (`offline_access`) is not selected, so Salesforce gives Cyclr no refresh token "
                                + "and accounts must sign in again when the access token expires",
                             add: "`Perform requests at any time (refresh_token, offline_access)`", in: selection, setup, fixing: ScopeCatalog.refreshToken, .safe)]
    }
}
