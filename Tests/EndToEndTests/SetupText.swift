import Foundation

/// Setups for the configuration and suppression tests; they read clean today, so every finding a
/// test sees comes from the lines it adds.
enum SetupText {
    static let clean = """
    version: 1
    cyclr:
      serviceDomain: acme-h.cyclr.com
      clientId: ${SALESFORCE_CONSUMER_KEY}
      clientSecret: ${SALESFORCE_CONSUMER_SECRET}
    salesforce:
      connectedApp:
        name: Acme Cyclr Integration
        contactEmail: integrations@acme.example
        oauth:
          callbackUrls: [https://acme-h.cyclr.com/connector/callback]
          scopes: [full, refresh_token]
          requireSecretForRefreshToken: false

    """

    /// The Connected App of `clean` as a metadata file, `Acme.connectedApp-meta.xml`.
    static let cleanConnectedApp = """
    <?xml version="1.0" encoding="UTF-8"?>
    <ConnectedApp xmlns="http://soap.sforce.com/2006/04/metadata">
        <contactEmail>integrations@acme.example</contactEmail>
        <label>Acme Cyclr Integration</label>
        <oauthConfig>
            <callbackUrl>https://acme-h.cyclr.com/connector/callback</callbackUrl>
            <isSecretRequiredForRefreshToken>false</isSecretRequiredForRefreshToken>
            <scopes>Full</scopes>
            <scopes>RefreshToken</scopes>
        </oauthConfig>
    </ConnectedApp>

    """

    /// `clean` with its Connected App read from `cleanConnectedApp`.
    static let linkingMetadata = String(clean[..<clean.range(of: "  connectedApp:\n")!.upperBound])
        + "    metadata: Acme.connectedApp-meta.xml\n"

    /// `clean` with an unknown key (`unknown-key`, a warning) on line 4.
    static let unknownKey = clean.replacingOccurrences(of: "  clientId:", with: "  regionn: eu\n  clientId:")

    static func findings(_ report: [String: Any], key: String = "findings") -> [[String: Any]] {
        report[key] as? [[String: Any]] ?? []
    }

    static func ruleIds(_ report: [String: Any], key: String = "findings") -> [String] {
        findings(report, key: key).compactMap { $0["ruleId"] as? String }
    }
}
