import SetupModel
import RuleFiles

/// `callback-url-scheme`: Salesforce wants HTTPS or a custom scheme; plain `http://` only for a local host.
struct CallbackUrlSchemeRule: GuideCheck {

    func check(_ setup: Setup) -> [CheckFinding] {
        let entries = setup.callbackURLs
        // The entry `callback-url` reports on is left to it, so one mistake gives one finding.
        // Looked for only once an entry uses plain `http`, which few setups do.
        lazy var reported = ServiceDomain.validHost(in: setup).flatMap { CallbackDiagnosis(serviceDomain: $0, of: setup).mismatch(in: entries)?.index }
        return entries.enumerated().compactMap { index, entry in
            let url = entry.url.trimmingWhitespace
            guard url.prefix(7).lowercased() == "http://", !URLParts(url).isLoopback, index != reported else { return nil }
            let secure = "https://" + url.dropFirst("http://".count)
            return finding("the callback URL \(quoted(entry.url)) uses plain `http` for a host other than `localhost`",
                           at: entry.node,
                           help: "Use \(quoted(secure)) or a custom scheme such as `myapp://callback` (Salesforce wants HTTPS except for local development), "
                               + "or remove the URL in \(FixLocation.oauthSettings(setup)) › Callback URL.")
        }
    }
}
