import Testing
import TestSupport
import SetupModel
@testable import LintKit

@Suite struct RefreshTokenSecretTests {
    static let line = "      requireSecretForRefreshToken: false"

    @Test func trueIsReportedAtTheValue() throws {
        let yaml = ValidSetup.replacing(Self.line, with: "      requireSecretForRefreshToken: True")
        let finding = try #require(RuleHarness.findings("refresh-token-secret", in: yaml).first)
        #expect(finding.line == 20 && finding.column == 37)
        #expect(finding.message == "Require Secret for Refresh Token Flow is selected, but the guide says to clear it")
    }

    @Test func absentIsReportedAtTheOAuthKey() throws {
        for replacement in ["", "      requireSecretForRefreshToken:"] {
            let yaml = ValidSetup.replacing(Self.line + "\n", with: replacement.isEmpty ? "" : replacement + "\n")
            let found = RuleHarness.findings("refresh-token-secret", in: yaml)
            #expect(found.count == 1)
            let finding = try #require(found.first)
            #expect(finding.line == 16 && finding.column == 5)
            #expect(finding.keyPath == "salesforce.connectedApp.oauth.requireSecretForRefreshToken")
            #expect(finding.message.contains("Salesforce selects Require Secret for Refresh Token Flow by default"))
        }
    }

    @Test func falsePasses() {
        #expect(RuleHarness.findings("refresh-token-secret", in: ValidSetup.text).isEmpty)
    }

    @Test func theHelpFollowsTheSetupUI() throws {
        let yaml = ValidSetup.replacing(Self.line, with: "      requireSecretForRefreshToken: true")
            .replacingOccurrences(of: "  connectedApp:", with: "  ui: classic\n  connectedApp:")
        let finding = try #require(RuleHarness.findings("refresh-token-secret", in: yaml).first)
        #expect(finding.help == "Clear Require Secret for Refresh Token Flow in Salesforce (Setup › Build › Create › Apps › Connected Apps › "
            + "`Acme Cyclr Integration` › Edit › API (Enable OAuth Settings)) and write `requireSecretForRefreshToken: false`.")
    }
}

@Suite struct RefreshTokenPolicyTests {
    func findings(_ policy: String) -> [Finding] {
        RuleHarness.findings("refresh-token-policy",
                                   in: ValidSetup.replacing("refreshTokenPolicy: infinite", with: "refreshTokenPolicy: \(policy)"))
    }

    @Test(arguments: ["infinite", "${REFRESH_TOKEN_POLICY}", "\"\""])
    func infiniteAndUnknownPass(policy: String) {
        #expect(findings(policy).isEmpty)
    }

    @Test func zeroIsAnError() throws {
        let finding = try #require(findings("zero").first)
        #expect(finding.severity == .error)
        #expect(finding.line == 21 && finding.column == 27)
        #expect(finding.message.contains("expire at once"))
    }

    @Test(arguments: [
        ("specific_lifetime:90:DAYS", "refresh tokens expire 90 days after they are issued"),
        ("specific_inactivity:12:HOURS", "refresh tokens expire after 12 hours unused"),
        ("specific_lifetime:1:MONTHS", "refresh tokens expire 1 months after they are issued"),
    ])
    func timedPoliciesAreWarnings(policy: String, message: String) throws {
        let finding = try #require(findings(policy).first)
        #expect(finding.severity == .warning)
        #expect(finding.message.hasPrefix(message), "\(finding.message)")
    }

    @Test(arguments: [
        ("forever", "`forever` is not a policy"),
        ("infinit", "did you mean `infinite`?"),
        ("zero:1:DAYS", "`zero` takes no `:` values"),
        ("specific_lifetime:90", "it must be `specific_lifetime:N:UNIT`"),
        ("specific_lifetime:0:DAYS", "the duration `0` must be a whole number above 0"),
        ("specific_lifetime:+5:DAYS", "the duration `+5`"),
        ("specific_inactivity:5:WEEKS", "the unit `WEEKS` must be `HOURS`, `DAYS` or `MONTHS`"),
        ("specific_inactivity:5:DAY", "did you mean `DAYS`?"),
    ])
    func malformedPoliciesAreErrors(policy: String, problem: String) throws {
        let found = findings(policy)
        #expect(found.count == 1)
        let finding = try #require(found.first)
        #expect(finding.severity == .error)
        #expect(finding.message.contains("is malformed"))
        #expect(finding.message.contains(problem), "\(finding.message)")
    }
}

@Suite struct FixLocationTests {
    static func classic(_ yaml: String) -> String {
        yaml.replacingOccurrences(of: "  connectedApp:", with: "  ui: classic\n  connectedApp:")
    }

    @Test func policyHintsPointAtTheOAuthPoliciesInBothUIs() throws {
        let yaml = ValidSetup.replacing("refreshTokenPolicy: infinite", with: "refreshTokenPolicy: zero")
        let lightning = try #require(RuleHarness.findings("refresh-token-policy", in: yaml).first?.help)
        let classic = try #require(RuleHarness.findings("refresh-token-policy", in: Self.classic(yaml)).first?.help)
        #expect(lightning.contains("Setup › Platform Tools › Apps › App Manager › `Acme Cyclr Integration` › Manage › Edit Policies › OAuth Policies"))
        #expect(classic.contains("Setup › Administer › Manage Apps › Connected Apps › `Acme Cyclr Integration` › Edit Policies › OAuth Policies"))
    }

    @Test func secretHintsPointAtTheConsumerDetailsInBothUIs() throws {
        let yaml = Credentials.setup(clientId: Credentials.key, clientSecret: Credentials.hexSecret)
        let lightning = try #require(RuleHarness.findings("plaintext-secret", in: yaml).first?.help)
        let classic = try #require(RuleHarness.findings("plaintext-secret", in: Self.classic(yaml)).first?.help)
        #expect(lightning.contains("App Manager › `Acme Cyclr Integration` › View › Manage Consumer Details"))
        #expect(classic.contains("Setup › Build › Create › Apps › Connected Apps › `Acme Cyclr Integration` › Manage Consumer Details"))
    }

    @Test func aLongAppNameIsShortenedInHints() throws {
        let yaml = ValidSetup.replacing("name: Acme Cyclr Integration", with: "name: " + String(repeating: "A", count: 300))
            .replacingOccurrences(of: "requireSecretForRefreshToken: false", with: "requireSecretForRefreshToken: true")
        let help = try #require(RuleHarness.findings("refresh-token-secret", in: yaml).first?.help)
        #expect(help.contains(String(repeating: "A", count: 80) + "…`"))
        #expect(!help.contains(String(repeating: "A", count: 81)))
    }
}
