import SetupModel
import SourceText

/// `plaintext-secret`: a Consumer Secret written into a file meant for version control leaks with it.
/// The message never holds the value, and its range is masked in every report.
struct PlaintextSecretRule: GuideCheck {

    func check(_ setup: Setup) -> [CheckFinding] {
        guard let node = setup.clientSecret, node.literal != nil else { return [] }
        return [finding("`clientSecret` holds the Consumer Secret as plain text in a file meant for version control",
                        at: node,
                        help: "Write `clientSecret: ${SALESFORCE_CONSUMER_SECRET}` (supplied at deploy time) or leave it blank so Cyclr asks "
                            + "each account, then reset the Consumer Secret in \(FixLocation.consumerDetails(setup)).")
            .fixed(by: FixPlan("Write `clientSecret: ${SALESFORCE_CONSUMER_SECRET}`", .unsafe, [.set(node, .reference("SALESFORCE_CONSUMER_SECRET"))]))]
    }

    func secrets(in setup: Setup) -> [SetupNode] { setup.secrets }
}
