import SetupModel

/// `scope-data-access`: the guide's first scope, `full` (or `api` for restricted access), lets Cyclr reach the data.
struct ScopeDataAccessRule: GuideCheck {

    func check(_ setup: Setup) -> [CheckFinding] {
        guard let selection = ScopeSelection(setup), !selection.isOpen,
              selection.entry(selecting: ScopeCatalog.full) == nil, selection.entry(selecting: ScopeCatalog.api) == nil else { return [] }
        return [missingScope("neither `full` nor `api` is selected, so Cyclr cannot reach your Salesforce data",
                             add: "`Full access (full)`", in: selection, setup, fixing: ScopeCatalog.full, .unsafe)]
    }
}
