import Testing
import TestSupport
import SetupModel
@testable import LintKit
import RuleFiles

enum Credentials {
    static let key = "3MVG9" + String(repeating: "fMtCkV6eLh", count: 8)
    static let hexSecret = "9C1E5B0D7A3F42E68B1D0C9A7E5F3B2D1C0A9E8F7D6C5B4A3F2E1D0C9B8A7F6E"
    static let digitSecret = "4851069283746501928"
    static let cyclrBlock = "  clientId: ${SALESFORCE_CONSUMER_KEY}\n  clientSecret: ${SALESFORCE_CONSUMER_SECRET}\n"

    /// The valid setup with `cyclr.clientId` / `cyclr.clientSecret` lines as given (nil leaves the key out),
    /// and a `consumerKey` when one is given. `clientId` is on line 5, `clientSecret` on line 6 when both are there.
    static func setup(clientId: String?, clientSecret: String?, consumerKey: String? = nil) -> String {
        var lines = ""
        if let clientId { lines += "  clientId: \(clientId)\n" }
        if let clientSecret { lines += "  clientSecret: \(clientSecret)\n" }
        var yaml = ValidSetup.replacing(cyclrBlock, with: lines)
        if let consumerKey {
            yaml = yaml.replacingOccurrences(of: "    contactEmail: integrations@acme.example\n",
                                             with: "    contactEmail: integrations@acme.example\n    consumerKey: \(consumerKey)\n")
        }
        return yaml
    }
}

@Suite struct DeferredCredentialTests {
    @Test func referencesAndLiteralsAreNotDeferred() {
        #expect(RuleHarness.findings("deferred-credential", in: ValidSetup.text).isEmpty)
        #expect(RuleHarness.findings("deferred-credential",
                                           in: Credentials.setup(clientId: Credentials.key, clientSecret: "${SECRET}")).isEmpty)
    }

    @Test func oneFindingPerBlankValue() {
        let found = RuleHarness.findings("deferred-credential", in: Credentials.setup(clientId: "\"\"", clientSecret: "~"))
        #expect(found.map(\.keyPath) == ["cyclr.clientId", "cyclr.clientSecret"])
        #expect(found.map(\.line) == [5, 6])
        #expect(found.map(\.column) == [13, 3])
        #expect(found.first?.message == "`clientId` is blank, so Cyclr asks for the Client ID (the Consumer Key) when each account installs the connector")
        #expect(found.first?.help?.contains("Application Connector Library › Salesforce › Setup Required") == true)
    }

    @Test func absentCountsAsBlankAndPointsAtTheCyclrKey() {
        let found = RuleHarness.findings("deferred-credential", in: Credentials.setup(clientId: nil, clientSecret: nil))
        #expect(found.count == 2)
        #expect(found.allSatisfy { $0.line == 3 && $0.column == 1 })
        #expect(found.map(\.keyPath) == ["cyclr.clientId", "cyclr.clientSecret"])
    }
}

@Suite struct CredentialMismatchTests {
    func findings(clientId: String, consumerKey: String) -> [Finding] {
        RuleHarness.findings("credential-mismatch",
                                   in: Credentials.setup(clientId: clientId, clientSecret: "${S}", consumerKey: consumerKey))
    }

    @Test func equalOrReferencedKeysPass() {
        #expect(findings(clientId: Credentials.key, consumerKey: Credentials.key).isEmpty)
        #expect(findings(clientId: "${KEY}", consumerKey: Credentials.key).isEmpty)
        #expect(findings(clientId: Credentials.key, consumerKey: "${KEY}").isEmpty)
    }

    @Test(arguments: [
        (String(Credentials.key.dropLast()) + "X", "they first differ at character 85"),
        (Credentials.key.lowercased(), "they differ only in letter case"),
        (Credentials.key + "==", "they agree for 85 characters, but one is longer (87 against 85)"),
        ("\"\(Credentials.key) \"", "they differ only in surrounding white space"),
    ])
    func differentKeysAreReportedWithoutQuotingThem(clientId: String, difference: String) throws {
        let finding = try #require(findings(clientId: clientId, consumerKey: Credentials.key).first)
        #expect(finding.message.contains(difference), "\(finding.message)")
        #expect(finding.line == 5 && finding.column == 13)
        #expect(!finding.message.contains("fMtCk") && finding.help?.contains("fMtCk") == false)
    }
}

@Suite struct ConsumerKeyFormatTests {
    @Test func generatedKeysPass() {
        for key in [Credentials.key, "3MVG9" + String(repeating: "a", count: 20), "3MVG9abc.def_ghi=jkl+mno/pqr=="] {
            let yaml = Credentials.setup(clientId: key, clientSecret: nil, consumerKey: key)
            #expect(RuleHarness.findings("consumer-key-format", in: yaml).isEmpty, "\(key)")
        }
    }

    @Test(arguments: [
        ("MVG9" + String(repeating: "a", count: 30), "does not start with `3MVG9`"),
        ("3MVG9" + String(repeating: "a", count: 19), "is 24 characters long, where consumer keys have 25 to 256"),
        ("3MVG9" + String(repeating: "a", count: 252), "is 257 characters long"),
        ("3MVG9" + String(repeating: "a", count: 20) + "-x", "has a character consumer keys never hold (character 26)"),
    ])
    func otherShapesAreReportedForBothKeys(key: String, problem: String) {
        let found = RuleHarness.findings("consumer-key-format", in: Credentials.setup(clientId: key, clientSecret: nil, consumerKey: key))
        #expect(found.map(\.keyPath) == ["cyclr.clientId", "salesforce.connectedApp.consumerKey"])
        #expect(found.allSatisfy { $0.message.contains(problem) }, "\(found.map(\.message))")
    }

    @Test func aClientIDShapedLikeASecretIsLeftToSwappedCredentials() {
        let yaml = Credentials.setup(clientId: Credentials.digitSecret, clientSecret: nil)
        #expect(RuleHarness.findings("consumer-key-format", in: yaml).isEmpty)
        #expect(RuleHarness.findings("swapped-credentials", in: yaml).count == 1)
    }
}

@Suite struct SecretTests {
    @Test(arguments: [(Credentials.hexSecret, "64 hexadecimal characters"), ("\"\(Credentials.digitSecret)\"", "19 digits")])
    func aClientIDThatLooksLikeASecretIsReportedAndMasked(clientId: String, form: String) throws {
        let yaml = Credentials.setup(clientId: clientId, clientSecret: nil)
        let result = RuleHarness.lint(yaml)
        let finding = try #require(result.findings.first { $0.ruleId == "swapped-credentials" })
        #expect(finding.message == "`clientId` looks like a Consumer Secret (\(form)), not a Consumer Key")
        #expect(finding.line == 5 && finding.column == 13)
        let bare = clientId.replacingOccurrences(of: "\"", with: "")
        #expect(!finding.message.contains(bare) && finding.help?.contains(bare) == false)
        #expect(result.sourceLines[5]?.contains(bare) == false, "the report shows the line masked")
    }

    @Test func aClientSecretThatLooksLikeAKeyIsReported() throws {
        let yaml = Credentials.setup(clientId: Credentials.hexSecret, clientSecret: Credentials.key)
        let result = RuleHarness.lint(yaml)
        let findings = result.findings.filter { $0.ruleId == "swapped-credentials" }
        #expect(findings.map(\.keyPath) == ["cyclr.clientId", "cyclr.clientSecret"])
        #expect(findings.allSatisfy { !$0.message.contains(Credentials.key) && !$0.message.contains(Credentials.hexSecret) })
        #expect(result.sourceLines.values.allSatisfy { !$0.contains(Credentials.hexSecret) }, "the secret-shaped Client ID is masked")
    }

    @Test func aConsumerKeyThatLooksLikeASecretIsMasked() throws {
        let yaml = ValidSetup.replacing("    apiName: Acme_Cyclr_Integration",
                                           with: "    apiName: Acme_Cyclr_Integration\n    consumerKey: \(Credentials.hexSecret)")
        // Nothing is reported on that line, so the masking shows where `explain` shows the text.
        let shown = RuleExample(yaml: yaml, expectedLines: [], line: 1).displayedLines()
        #expect(shown[14].hasPrefix("    consumerKey: ") && !shown[14].contains(Credentials.hexSecret))
    }

    @Test func aMetadataExamplesConsumerSecretIsMaskedWhereExplainShowsIt() throws {
        let xml = "<ExtlClntAppGlobalOauthSettings>\n    <consumerSecret>\(Credentials.hexSecret)</consumerSecret>\n</ExtlClntAppGlobalOauthSettings>\n"
        let shown = RuleExample(yaml: xml, expectedLines: [], line: 1, fileName: "Acme_glbloauth.ecaGlblOauth-meta.xml").displayedLines()
        #expect(shown[1] == "    <consumerSecret>" + String(repeating: "*", count: Credentials.hexSecret.count) + "</consumerSecret>")
    }

    @Test func properlyPlacedCredentialsPass() {
        let yaml = Credentials.setup(clientId: Credentials.key, clientSecret: "${SECRET}")
        #expect(RuleHarness.findings("swapped-credentials", in: yaml).isEmpty)
    }

    @Test func aLiteralSecretIsReportedWithoutItsValueAndMasked() throws {
        let yaml = Credentials.setup(clientId: Credentials.key, clientSecret: Credentials.hexSecret)
        let result = RuleHarness.lint(yaml)
        let finding = try #require(result.findings.first { $0.ruleId == "plaintext-secret" })
        #expect(finding.line == 6 && finding.column == 17)
        #expect(!finding.message.contains(Credentials.hexSecret) && finding.help?.contains(Credentials.hexSecret) == false)
        #expect(result.sourceLines[6]?.contains(Credentials.hexSecret) == false, "the report shows the line masked")
    }

    @Test(arguments: ["${SALESFORCE_CONSUMER_SECRET}", "\"\"", "~"])
    func referencedOrBlankSecretsPass(secret: String) {
        #expect(RuleHarness.findings("plaintext-secret", in: Credentials.setup(clientId: Credentials.key, clientSecret: secret)).isEmpty)
    }
}

@Suite struct TokenPairLimitTests {
    func setup(users: [String]) -> String {
        let accounts = users.enumerated().map { "  - name: Account \($0.offset + 1)\n    salesforceUser: \($0.element)" }
        return ValidSetup.replacing("  - name: Acme EMEA\n    salesforceUser: integration@acme.example",
                                       with: accounts.joined(separator: "\n"))
    }

    @Test func fiveAccountsPerUserPass() {
        let users = Array(repeating: "integration@acme.example", count: 5) + Array(repeating: "other@acme.example", count: 5)
        #expect(RuleHarness.findings("token-pair-limit", in: setup(users: users)).isEmpty)
    }

    @Test func theSixthAccountOfAUserIsReportedOncePerUser() throws {
        let users = ["Integration@Acme.example", "other@acme.example"] + Array(repeating: "integration@acme.example", count: 6)
            + Array(repeating: "other@acme.example", count: 5) + ["blank@acme.example"]
        let found = RuleHarness.findings("token-pair-limit", in: setup(users: users))
        #expect(found.count == 2)
        // Accounts start on line 23, two lines each; the sixth of the first user is the 7th account, of the second the 13th.
        #expect(found.map(\.line) == [23 + 2 * 6 + 1, 23 + 2 * 12 + 1])
        #expect(found.first?.message.hasPrefix("7 accounts authenticate as the Salesforce user `integration@acme.example`") == true)
        #expect(found.first?.keyPath == "accounts[6].salesforceUser")
    }
}
