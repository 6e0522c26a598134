import SetupModel
import RuleFiles

/// `scope-restricted`: with a later scope of the data access group (`api`) instead of its first (`full`),
/// the partner must be sure it covers what the integrations use.
struct ScopeRestrictedRule: GuideCheck {

    func check(_ setup: Setup) -> [CheckFinding] {
        guard let group = setup.profile?.scopeGroup(.dataAccess), let restricted = group.restricted, let preferred = group.anyOf.first,
              !ScopeSelection.selects(preferred, in: setup), let selection = ScopeSelection(setup), !selection.isOpen,
              let (scope, entry) = group.anyOf.dropFirst().lazy.compactMap({ scope in selection.entry(selecting: scope).map { (scope, $0) } }).first
        else { return [] }
        return [finding("`\(scope.id)` is selected without `\(preferred.id)`, \(restricted)", at: entry,
                        help: "Check that `\(scope.id)` and the other selected scopes cover every object your integrations use, "
                            + "or select `\(group.add)` as the guide suggests.")]
    }
}
