import SetupModel
import RuleFiles

/// `callback-url`: one callback URL must be exactly `https://<serviceDomain>/connector/callback`.
struct CallbackUrlRule: GuideCheck {

    func check(_ setup: Setup) -> [CheckFinding] {
        guard let host = ServiceDomain.validHost(in: setup), let callbackUrls = setup.oauth?["callbackUrls"] else { return [] }
        // An entry of the wrong type was reported as that, and it may be the URL: nothing is said of what is missing.
        if setup.hasUnreadableItem(in: callbackUrls) { return [] }
        let diagnosis = CallbackDiagnosis(serviceDomain: host, of: setup)
        if diagnosis.isListedExactly(in: callbackUrls) { return [] }
        let entries = setup.callbackURLs
        guard let mismatch = diagnosis.mismatch(in: entries) else { return [] }
        let help = "Make one Callback URL exactly `\(diagnosis.expected)`, in Salesforce (\(FixLocation.oauthSettings(setup)) › Callback URL) "
            + "and in \(callbackUrls.name(of: "callbackUrls")); Salesforce compares the redirect URI character for character."
        // Adding Cyclr's URL keeps every other app's callback; a blank value is replaced.
        let change: SetupChange = callbackUrls.items == nil && callbackUrls.isBlank ? .set(callbackUrls, .text(diagnosis.expected))
            : .addItem(.text(diagnosis.expected), to: callbackUrls)
        let fix = FixPlan("Add the callback URL `\(diagnosis.expected)`", .safe, [change])
        guard let index = mismatch.index, let first = mismatch.differences.first else {
            return [finding("no callback URL is set, so Salesforce will refuse Cyclr's sign-in with `redirect_uri_mismatch`",
                            atKeyOf: callbackUrls,
                            help: help).fixed(by: fix)]
        }
        let entry = entries[index]
        let subject = entries.count == 1 ? "the callback URL \(quoted(entry.url))"
            : "none of the callback URLs is Cyclr's `\(diagnosis.expected)`; the closest, \(quoted(entry.url)),"
        // Replacing the closest entry is a guess (it may be another app's callback), so it is only offered.
        let replace = entry.node.string == entry.url
            ? [FixPlan("Replace \(quoted(entry.url)) with `\(diagnosis.expected)`", .unsafe, [.set(entry.node, .text(diagnosis.expected))])] : []
        return [finding("\(subject) \(first.phrase(diagnosis))", at: entry.node, help: help).fixed(by: fix, or: replace)]
    }
}
