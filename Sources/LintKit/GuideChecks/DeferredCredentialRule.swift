import SetupModel
import RuleFiles

/// `deferred-credential`: a blank Client ID or Client Secret is asked for when each account installs the connector (the guide's Cyclr Setup note).
struct DeferredCredentialRule: GuideCheck {

    func check(_ setup: Setup) -> [CheckFinding] {
        guard setup.describesConnectedApp, let cyclr = setup.cyclr, cyclr.fields != nil else { return [] }
        return Self.credentials.compactMap { key, label, value in
            lazy var message = "`\(key)` is blank, so Cyclr asks for the \(label) (the \(value)) when each account installs the connector"
            lazy var help = "Leave it blank when each account brings its own Connected App; otherwise enter the \(value) in "
                + "\(FixLocation.cyclrConnectorSetup(setup)) and write `\(key): ${ENV_NAME}` here."
            guard let node = cyclr[key] else { return finding(message, missing: key, in: cyclr, help: help) }
            return node.isBlank ? finding(message, blank: node, help: help) : nil
        }
    }

    private static let credentials = [("clientId", "Client ID", "Consumer Key"), ("clientSecret", "Client Secret", "Consumer Secret")]
}
