import SetupModel
import RuleFiles

/// `consumer-key-format`: Salesforce consumer keys start with `3MVG9` (reference/salesforce-facts.md). It judges
/// what a person pasted into a setup YAML, never a `<consumerKey>` Salesforce wrote into a metadata file: the keys
/// of Salesforce's own apps do not start with `3MVG9`.
struct ConsumerKeyFormatRule: GuideCheck {

    func check(_ setup: Setup) -> [CheckFinding] {
        let consumerKey = setup.connectedApp?["consumerKey"].flatMap { $0.origin.format == .setupYAML ? $0 : nil }
        return [judge(setup.clientId, named: "cyclr.clientId", in: setup), judge(consumerKey, named: "consumerKey", in: setup)].compactMap { $0 }
    }

    private func judge(_ node: SetupNode?, named name: String, in setup: Setup) -> CheckFinding? {
        guard let node, let text = node.literal, let problem = CredentialShape.consumerKeyProblem(in: text) else { return nil }
        // A Client ID shaped like a secret is `swapped-credentials`' finding, a stronger one.
        if node.keyPath == setup.clientId?.keyPath, CredentialShape.consumerSecretForm(of: text) != nil { return nil }
        return finding("`\(name)` does not look like a Salesforce consumer key: it \(problem)",
                       at: node,
                       help: "Copy the Consumer Key from \(FixLocation.consumerDetails(setup)); "
                           + "it starts with `3MVG9` and is about 85 characters long.")
    }
}
