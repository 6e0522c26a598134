import SetupModel
import RuleFiles

/// `callback-url-limit`: Salesforce stores all callback URLs in one field of at most 2,000 characters.
struct CallbackUrlLimitRule: GuideCheck {
    static let limit = 2000

    func check(_ setup: Setup) -> [CheckFinding] {
        guard Self.mayExceedLimit(setup) else { return [] }
        let entries = setup.callbackURLs
        var total = 0
        var crossing: SetupNode?
        for (index, entry) in entries.enumerated() {
            total += entry.url.unicodeScalars.count + (index == 0 ? 0 : 1)
            if total > Self.limit, crossing == nil { crossing = entry.node }
        }
        guard let crossing else { return [] }
        let cyclr = ServiceDomain.validHost(in: setup).map { ServiceDomain.callbackURL(host: $0, path: ServiceDomain.callbackPath(of: setup)) }
            ?? "https://<serviceDomain>\(ServiceDomain.callbackPath(of: setup))"
        return [finding("the callback URLs take \(total) characters joined by line breaks, over Salesforce's limit of 2,000 (passed here)",
                        at: crossing,
                        help: "Remove callback URLs Salesforce does not need (keep `\(cyclr)`) "
                            + "until they fit in 2,000 characters, in \(FixLocation.oauthSettings(setup)) › Callback URL and in \(crossing.name(of: "callbackUrls")).")]
    }

    /// False when the texts' bytes, each with a line break after it, fit in the limit: the entries then fit too,
    /// since an entry has no more characters than bytes and the entries of one text are parted by line breaks.
    private static func mayExceedLimit(_ setup: Setup) -> Bool {
        var bound = -1
        setup.forEachCallbackText { bound += $0.utf8.count + 1 }
        return bound > limit
    }
}
