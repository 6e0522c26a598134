import SetupModel

/// `scope-data-access`: the connector's data access scope (`full` or `api` for Salesforce, `pardot_api` for Pardot) lets Cyclr reach the data.
struct ScopeDataAccessRule: GuideCheck {
    func check(_ setup: Setup) -> [CheckFinding] { missingScopes(.dataAccess, in: setup) }
}
