import SetupModel
import SourceText
import RuleFiles

/// `plaintext-secret`: a Consumer Secret, or a connector's own credential (a password, a User Key), written
/// into a file meant for version control leaks with it. The message never holds the value, and its range
/// is masked in every report.
struct PlaintextSecretRule: GuideCheck {

    func check(_ setup: Setup) -> [CheckFinding] {
        var found: [CheckFinding] = []
        if let node = setup.clientSecret, node.literal != nil {
            found.append(finding("`clientSecret` holds the Consumer Secret as plain text in a file meant for version control",
                                 at: node,
                                 help: "Write `clientSecret: ${SALESFORCE_CONSUMER_SECRET}` (supplied at deploy time) or leave it blank so Cyclr asks "
                                     + "each account, then reset the Consumer Secret in \(FixLocation.consumerDetails(setup)).")
                .fixed(by: FixPlan("Write `clientSecret: ${SALESFORCE_CONSUMER_SECRET}`", .unsafe, [.set(node, .reference("SALESFORCE_CONSUMER_SECRET"))])))
        }
        for (value, node) in setup.profileValues(where: { _ in true }) where value.secret && node.literal != nil {
            let variable = value.environmentName(connector: setup.profile?.name ?? "")
            found.append(finding("`\(value.name)` holds the \(value.label) as plain text in a file meant for version control",
                                 at: node,
                                 help: "Write `\(value.name): ${\(variable)}` (supplied at deploy time) or leave it blank so Cyclr asks "
                                     + "each account, then change the \(value.label), since it was written in this file.")
                .fixed(by: FixPlan("Write `\(value.name): ${\(variable)}`", .unsafe, [.set(node, .reference(variable))])))
        }
        return found
    }
    // What it masks, `setup.secrets`, `Linter.check` masks for every setup: the rule adds nothing to it.
}
