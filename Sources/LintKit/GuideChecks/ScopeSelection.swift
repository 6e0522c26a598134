import SetupModel
import RuleFiles

/// The `oauth.scopes` list with each entry resolved to a Salesforce scope (SPEC §2), when the list is there.
struct ScopeSelection {
    let key: SetupNode
    let entries: [(node: SetupNode, scope: OAuthScope?)]

    /// Borrowed: an initializer would otherwise take a copy of the setup, a large struct.
    init?(_ setup: borrowing Setup) {
        guard let node = setup.oauth?["scopes"], let entries = setup.scopeEntries else { return nil }
        key = node
        self.entries = entries
    }

    /// True when an entry is an environment reference: the selection is then not known in full.
    /// Read from the list's items in place, which the entries pair with their scopes: an entry or item copied retains all it holds.
    var isOpen: Bool {
        guard let items = key.items else { return false }
        return items.indices.contains { items[$0].isEnvironmentReference }
    }

    func entry(selecting scope: OAuthScope) -> SetupNode? {
        // By id, which tells the catalogue's scopes apart: comparing every spelling of both is far slower.
        entries.firstIndex { $0.scope?.id == scope.id }.map { entries[$0].node }
    }

    /// Whether the setup's scope entries select one of the group's scopes: told on `setup.scopeEntries` as they
    /// are, before a selection is made (which copies the `scopes` node), since most setups select the group.
    static func selects(_ group: ScopeGroup, in setup: borrowing Setup) -> Bool {
        group.anyOf.contains { selects($0, in: setup) }
    }

    /// Whether some scope entry of the setup selects `scope`, told the same way.
    static func selects(_ scope: OAuthScope, in setup: borrowing Setup) -> Bool {
        setup.scopeEntries?.contains { $0.scope?.id == scope.id } ?? false
    }
}

extension ScopeGroup {
    /// "`refresh_token` (`offline_access`)", "neither `full` nor `api`", "none of `a`, `b` or `c`".
    var missingPhrase: String {
        switch anyOf.count {
        case 1:
            let tokens = anyOf[0].tokens.isEmpty ? anyOf[0].metadataNames : anyOf[0].tokens
            return "`\(tokens[0])`" + (tokens.count > 1 ? " (" + tokens.dropFirst().map { "`\($0)`" }.joined(separator: ", ") + ")" : "") + " is not selected"
        case 2: return "neither `\(anyOf[0].id)` nor `\(anyOf[1].id)` is selected"
        default: return "none of " + anyOf.dropLast().map { "`\($0.id)`" }.joined(separator: ", ") + " or `\(anyOf.last!.id)` is selected"
        }
    }
}

extension GuideCheck {
    /// The finding that the profile's `kind` group of scopes is not selected, at the `scopes` key.
    func missingScopes(_ kind: ScopeGroup.Kind, in setup: Setup) -> [CheckFinding] {
        // Most selections hold the group, which is told before whether an entry is a `${…}`.
        guard let group = setup.profile?.scopeGroup(kind), !ScopeSelection.selects(group, in: setup),
              let selection = ScopeSelection(setup), !selection.isOpen else { return [] }
        // Adding the refresh scope only lets tokens be refreshed; which data scope to grant is the user's choice.
        let fix = group.anyOf.first.map { scope in
            FixPlan("Add `\(SetupValue.scope(scope).spelled(in: selection.key.origin.format))` to \(selection.key.name(of: "scopes"))",
                    kind == .refresh ? .safe : .unsafe, [.addItem(.scope(scope), to: selection.key)])
        }
        return [finding("\(group.missingPhrase), \(group.missing)", atKeyOf: selection.key,
                        help: "Select `\(group.add)` in Salesforce (\(FixLocation.oauthSettings(setup)) › Selected OAuth Scopes) and add it to \(selection.key.name(of: "scopes")).")
            .fixed(by: fix)]
    }
}
