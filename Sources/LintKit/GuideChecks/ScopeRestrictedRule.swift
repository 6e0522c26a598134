import SetupModel

/// `scope-restricted`: with `api` instead of `full`, the partner must be sure it covers what the integrations use.
struct ScopeRestrictedRule: GuideCheck {

    func check(_ setup: Setup) -> [CheckFinding] {
        guard let selection = ScopeSelection(setup), !selection.isOpen, let api = selection.entry(selecting: ScopeCatalog.api),
              selection.entry(selecting: ScopeCatalog.full) == nil else { return [] }
        return [finding("`api` is selected without `full`, so Cyclr gets restricted access to your Salesforce data",
                        at: api,
                        help: "Check that `api` and the other selected scopes cover every object your integrations use, "
                            + "or select `Full access (full)` as the guide suggests.")]
    }
}
