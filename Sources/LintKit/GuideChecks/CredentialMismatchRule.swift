import SetupModel
import RuleFiles

/// `credential-mismatch`: Cyclr's Client ID must be the Consumer Key the Connected App was issued.
struct CredentialMismatchRule: GuideCheck {

    func check(_ setup: Setup) -> [CheckFinding] {
        // Most setups have no consumer key, which is cheaper to tell than whether the Client ID is a literal.
        guard let consumerKey = setup.connectedApp?["consumerKey"], let key = consumerKey.literal,
              let clientId = setup.clientId, let id = clientId.literal, id != key else { return [] }
        return [finding("`cyclr.clientId` is not the Connected App's \(consumerKey.name(of: "consumerKey")): they \(Self.difference(id, key))",
                        at: clientId,
                        help: "Copy the Consumer Key from \(FixLocation.consumerDetails(setup)) into "
                            + "\(FixLocation.cyclrConnectorSetup(setup)) › Client ID and into both keys here.")]
    }

    /// Where two credentials part, without quoting either.
    static func difference(_ a: String, _ b: String) -> String {
        if a.trimmingWhitespace == b.trimmingWhitespace { return "differ only in surrounding white space" }
        if a.lowercased() == b.lowercased() { return "differ only in letter case, and keys are case-sensitive" }
        let common = zip(a.unicodeScalars, b.unicodeScalars).prefix { $0 == $1 }.count
        if common == min(a.unicodeScalars.count, b.unicodeScalars.count) {
            return "agree for \(common) characters, but one is longer (\(a.unicodeScalars.count) against \(b.unicodeScalars.count))"
        }
        return "first differ at character \(common + 1)"
    }
}
