import SetupModel

/// The `oauth.scopes` list with each entry resolved to a Salesforce scope (SPEC §2), when the list is there.
struct ScopeSelection {
    let key: SetupNode
    let entries: [(node: SetupNode, scope: OAuthScope?)]

    init?(_ setup: Setup) {
        guard let node = setup.oauth?["scopes"], let items = node.items else { return nil }
        key = node
        entries = items.map { item in (item, item.string.flatMap(ScopeCatalog.scope(named:))) }
    }

    /// True when an entry is an environment reference: the selection is then not known in full.
    var isOpen: Bool { entries.contains { $0.node.environmentReference != nil } }

    func entry(selecting scope: OAuthScope) -> SetupNode? {
        entries.first { $0.scope == scope }?.node
    }
}

extension GuideCheck {
    /// A finding that `scope` is not selected, at the `scopes` key.
    func missingScope(_ message: String, add label: String, in selection: ScopeSelection, _ setup: Setup,
                      fixing scope: OAuthScope, _ applicability: Fix.Applicability) -> CheckFinding {
        let name = SetupValue.scope(scope).spelled(in: selection.key.origin.format)
        return finding(message, atKeyOf: selection.key,
                       help: "Select \(label) in Salesforce (\(FixLocation.oauthSettings(setup)) › Selected OAuth Scopes) and add it to \(selection.key.name(of: "scopes")).")
            .fixed(by: FixPlan("Add `\(name)` to \(selection.key.name(of: "scopes"))", applicability, [.addItem(.scope(scope), to: selection.key)]))
    }
}
