import Foundation
import Testing
import LintKit
import SetupModel

/// The guide's rules run unchanged on a Connected App read from metadata XML, with findings at the
/// element that caused them.
@Suite struct GuideRulesOnMetadataTests {
    static let rules = RuleEngine.documentRules(for: .builtIn)

    static func lint(_ xml: String, name: String = "Acme_Cyclr_Integration", serviceDomain: String? = "acme-h.cyclr.com") -> [Finding] {
        let linter = Linter(options: LintOptions(jobs: 1, rules: rules, serviceDomain: serviceDomain))
        return linter.lint(.bytes(Array(xml.utf8)), path: "\(name).connectedApp-meta.xml").findings
    }

    static func app(_ inner: String, label: String = "Acme Cyclr Integration", email: String = "integrations@acme.example") -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <ConnectedApp xmlns="http://soap.sforce.com/2006/04/metadata">
            <contactEmail>\(email)</contactEmail>
            <label>\(label)</label>
        \(inner)
        </ConnectedApp>
        """
    }

    /// An `<oauthConfig>` (lines 5 onwards of `app`): the callback URL on line 6, then the consumer key
    /// and the refresh token secret flag when given, then one `<scopes>` per scope.
    static func oauth(callback: String = "https://acme-h.cyclr.com/connector/callback", consumerKey: String? = nil,
                      secretRequired: String? = "false", scopes: [String] = ["Full", "RefreshToken"]) -> String {
        var lines = ["    <oauthConfig>", "        <callbackUrl>\(callback)</callbackUrl>"]
        if let consumerKey { lines.append("        <consumerKey>\(consumerKey)</consumerKey>") }
        if let secretRequired { lines.append("        <isSecretRequiredForRefreshToken>\(secretRequired)</isSecretRequiredForRefreshToken>") }
        lines += scopes.map { "        <scopes>\($0)</scopes>" }
        return (lines + ["    </oauthConfig>"]).joined(separator: "\n")
    }

    static let goodOAuth = oauth()

    static func fired(_ findings: [Finding]) -> [String] { findings.map { "\($0.range.start.line):\($0.ruleId)" } }

    @Test func aValidConnectedAppIsClean() {
        #expect(Self.lint(Self.app(Self.goodOAuth)).isEmpty)
    }

    @Test(arguments: [
        // (the elements after `<label>`, the findings as "line:rule-id")
        ("""
            <oauthPolicy>
                <refreshTokenPolicy>infinite</refreshTokenPolicy>
            </oauthPolicy>
        """, ["2:oauth-disabled"]),
        (oauth(callback: "https://acme-h.cyclr.com/connector/callback/\nhttp://acme-h.cyclr.com/other"), ["6:callback-url", "7:callback-url-scheme"]),
        (oauth(callback: "https://acme-h.cyclr.com/connector/callback\n" + String(repeating: "https://example.com/a\n", count: 100)),
         ["95:callback-url-limit"]),
        (oauth(scopes: ["Web"]), ["8:scope-data-access", "8:scope-refresh-token"]),
        (oauth(scopes: ["Api", "RefreshToken"]), ["8:scope-restricted"]),
        (oauth(scopes: ["Full", "ID", "RefreshToken"]), ["9:unknown-scope"]),
        (oauth(secretRequired: nil), ["5:refresh-token-secret"]),
        (oauth(secretRequired: "true"), ["7:refresh-token-secret"]),
        (goodOAuth + """

            <oauthPolicy>
                <ipRelaxation>ENFORCE</ipRelaxation>
                <refreshTokenPolicy>zero</refreshTokenPolicy>
            </oauthPolicy>
        """, ["13:refresh-token-policy"]),
        // Salesforce wrote the key (its own apps' keys do not start with 3MVG9): consumer-key-format judges only what a person pasted.
        (oauth(consumerKey: "not-a-key"), []),
    ] as [(String, [String])])
    func eachGuideRuleFiresAtItsElement(inner: String, expected: [String]) {
        let findings = Self.lint(Self.app(inner))
        #expect(Self.fired(findings) == expected, "\(findings.map(\.message))")
    }

    @Test func nameEmailAndAPINameRules() {
        let findings = Self.lint(Self.app(Self.goodOAuth, label: String(repeating: "A", count: 81), email: "not an email"), name: "Acme__App")
        #expect(Self.fired(findings) == ["2:api-name", "3:contact-email", "4:connected-app-name"], "\(findings.map(\.message))")
    }

    @Test func serviceDomainRulesUseTheGivenDomain() {
        let console = Self.lint(Self.app(Self.goodOAuth), serviceDomain: "my.cyclr.com")
        #expect(console.map(\.ruleId).contains("service-domain-console"))
        let unknown = Self.lint(Self.app(Self.goodOAuth.replacingOccurrences(of: "acme-h", with: "other-h")), serviceDomain: nil)
        #expect(Self.fired(unknown) == ["2:service-domain-unknown"])
    }
}

extension GuideRulesOnMetadataTests {
    @Test func messagesNameTheElementsNotTheYAMLKeys() throws {
        let findings = Self.lint(Self.app(Self.oauth(secretRequired: nil)))
        let finding = try #require(findings.first { $0.ruleId == "refresh-token-secret" })
        #expect(finding.message.contains("`<isSecretRequiredForRefreshToken>`"), "\(finding.message)")
        #expect(finding.help?.contains("`<isSecretRequiredForRefreshToken>false</isSecretRequiredForRefreshToken>` in `<oauthConfig>`") == true, "\(finding.help ?? "")")
    }
}

extension GuideRulesOnMetadataTests {
    @Test func xmlCommentsSuppressFindings() throws {
        let xml = Self.app("""
            <!-- connectlint-disable-next-line unknown-scope -->
            <oauthConfig>
                <callbackUrl>https://acme-h.cyclr.com/connector/callback</callbackUrl>
                <isSecretRequiredForRefreshToken>false</isSecretRequiredForRefreshToken>
                <scopes>Full</scopes>
                <scopes>RefreshToken</scopes>
                <scopes>ID</scopes> <!-- connectlint-disable-line unknown-scope -->
                <scopes>SfapApi</scopes>
            </oauthConfig>
        """)
        let linter = Linter(options: LintOptions(jobs: 1, rules: Self.rules, serviceDomain: "acme-h.cyclr.com"))
        let result = linter.lint(.bytes(Array(xml.utf8)), path: "Acme.connectedApp-meta.xml")
        #expect(Self.fired(result.findings) == ["5:unused-suppression", "12:unknown-scope"], "\(result.findings.map(\.message))")
        #expect(result.suppressedFindings.map(\.finding.range.start.line) == [11])
    }
}

extension GuideRulesOnMetadataTests {
    @Test func aConsumerSecretIsNeverQuoted() throws {
        let secret = "9F2C4B7E1A3D5F6081726354A9B8C7D6E5F40312233445566778899AABBCCDDE"
        let xml = Self.app("""
            <oauthConfig>
                <callbackUrl>https://acme-h.cyclr.com/connector/callback</callbackUrl>
                <consumerSecret>\(secret)</consumerSecret><isFoo>true</isFoo>
                <isSecretRequiredForRefreshToken>false</isSecretRequiredForRefreshToken>
                <scopes>Full</scopes>
                <scopes>RefreshToken</scopes>
            </oauthConfig>
        """)
        let linter = Linter(options: LintOptions(jobs: 1, rules: Self.rules, serviceDomain: "acme-h.cyclr.com"))
        let result = linter.lint(.bytes(Array(xml.utf8)), path: "Acme.connectedApp-meta.xml")
        #expect(Self.fired(result.findings) == ["7:metadata-unknown-element"])
        let quoted = try #require(result.sourceLines[7])
        #expect(!quoted.contains(secret) && quoted.contains(String(repeating: "*", count: secret.count)), "\(quoted)")
    }
}
