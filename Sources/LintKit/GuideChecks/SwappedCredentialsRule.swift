import SetupModel
import SourceText
import RuleFiles

/// `swapped-credentials`: the Consumer Key and Consumer Secret were entered the wrong way round.
/// The Client ID it judges a secret is masked in every report, and so is a `consumerKey` of a secret's shape
/// (a secret pasted into the wrong field is still a secret).
struct SwappedCredentialsRule: GuideCheck {

    func check(_ setup: Setup) -> [CheckFinding] {
        var found: [CheckFinding] = []
        lazy var help = "Put the Consumer Key (it starts with `3MVG9`) in `clientId` and the Consumer Secret in `clientSecret`, "
            + "preferably as `${ENV_NAME}` references, and fix \(FixLocation.cyclrConnectorSetup(setup)) the same way; "
            + "then reset the Consumer Secret in \(FixLocation.consumerDetails(setup)), since it was written in this file."
        // A text of a secret's or a key's shape is neither blank nor a `${…}` reference, so it needs no `literal`, which costs more.
        if let node = setup.clientId, let id = node.string, let form = CredentialShape.consumerSecretForm(of: id) {
            found.append(finding("`clientId` looks like a Consumer Secret (\(form)), not a Consumer Key", at: node, help: help))
        }
        if let node = setup.clientSecret, let secret = node.string, CredentialShape.looksLikeConsumerKey(secret) {
            found.append(finding("`clientSecret` looks like a Consumer Key (it starts with `3MVG9`), not a Consumer Secret", at: node, help: help))
        }
        return found
    }

    var judgesSecrets: Bool { true }

    func secrets(in setup: Setup) -> [SetupNode] {
        [setup.clientId, setup.connectedApp?["consumerKey"]].compactMap { node in
            guard let node, let value = node.string, CredentialShape.consumerSecretForm(of: value) != nil else { return nil }
            return node
        }
    }
}
