import Testing
import TestSupport
import SetupModel
@testable import LintKit

@Suite struct ScopeTests {
    static let line = "      scopes: [full, refresh_token]"

    func findings(_ rule: String, scopes: String) -> [Finding] {
        RuleHarness.findings(rule, in: ValidSetup.replacing(Self.line, with: "      scopes: \(scopes)"))
    }

    @Test(arguments: [
        "[full, refresh_token]", "[Full, RefreshToken]", "[FULL, OFFLINE_ACCESS]", "[full, OfflineAccess]",
        "[\"Full access (full)\", \"Perform requests at any time (refresh_token, offline_access)\"]",
        "[\"full access (FULL)\", \"Perform requests on your behalf at any time (refresh_token, offline_access)\"]",
        "[\"  full \", refresh_token, id, openid, chatter_api, Basic, CustomApplications, MCP, SCRT]",
        "[full, refresh_token, \"${EXTRA_SCOPE}\"]",
    ])
    func everySpellingOfTheGuidesScopesPasses(scopes: String) {
        let found = RuleHarness.lint(ValidSetup.replacing(Self.line, with: "      scopes: \(scopes)")).findings
        #expect(found.isEmpty, "\(scopes): \(found.map { "\($0.message) [\($0.ruleId)]" })")
    }

    @Test func noDataScopeIsReportedAtTheScopesKey() throws {
        let found = findings("scope-data-access", scopes: "[refresh_token, web]")
        let finding = try #require(found.first)
        #expect(found.count == 1)
        #expect(finding.line == 19 && finding.column == 7)
        #expect(finding.keyPath == "salesforce.connectedApp.oauth.scopes")
        #expect(finding.help?.contains("`Full access (full)`") == true)
        #expect(findings("scope-data-access", scopes: "[]").count == 1)
    }

    @Test func apiWithoutFullIsRestrictedAccess() throws {
        #expect(findings("scope-data-access", scopes: "[api, refresh_token]").isEmpty)
        let finding = try #require(findings("scope-restricted", scopes: "[refresh_token, \"Manage user data via APIs (api)\"]").first)
        #expect(finding.line == 19 && finding.column == 31)
        #expect(findings("scope-restricted", scopes: "[full, api, refresh_token]").isEmpty)
    }

    @Test func noRefreshTokenScopeIsReportedAtTheScopesKey() throws {
        let finding = try #require(findings("scope-refresh-token", scopes: "[full]").first)
        #expect(finding.line == 19 && finding.column == 7)
        #expect(finding.help?.contains("`Perform requests at any time (refresh_token, offline_access)`") == true)
    }

    @Test func referencedScopesCountAsProvided() {
        #expect(findings("scope-refresh-token", scopes: "[full, ${SCOPE}]").isEmpty)
        #expect(findings("scope-data-access", scopes: "[${SCOPE}, refresh_token]").isEmpty)
    }

    @Test(arguments: [
        ("ful", "; did you mean `full`?"),
        ("refresh-token", "; did you mean `refresh_token`?"),
        ("ChatbotApi", "; did you mean `chatbot_api`?"),
        ("SfapApi", "; did you mean `sfap_api`?"),
        ("Full access", "; did you mean `Full access (full)`?"),
        ("write_everything", ""),
    ])
    func unknownScopesAreReportedWithASuggestion(scope: String, suggestion: String) throws {
        let found = findings("unknown-scope", scopes: "[full, refresh_token, \"\(scope)\"]")
        #expect(found.count == 1)
        let finding = try #require(found.first)
        #expect(finding.message == "`\(scope)` is not a Salesforce OAuth scope\(suggestion)")
        #expect(finding.line == 19 && finding.column == 37)
        #expect(finding.keyPath == "salesforce.connectedApp.oauth.scopes[2]")
    }

    @Test func anEmptyScopeEntryIsReported() {
        let found = findings("unknown-scope", scopes: "[full, refresh_token, \"\"]")
        #expect(found.map(\.message) == ["a scope entry is empty"])
    }
}

@Suite struct ScopeRestrictedOpenTests {
    @Test func aReferencedScopeMayBeFull() {
        let yaml = ValidSetup.replacing(ScopeTests.line, with: "      scopes: [api, refresh_token, ${MORE_SCOPES}]")
        #expect(RuleHarness.findings("scope-restricted", in: yaml).isEmpty)
    }
}

@Suite struct ControlCharacterTests {
    @Test func controlCharactersInAValueAreWrittenAsEscapes() throws {
        let yaml = ValidSetup.replacing(ScopeTests.line, with: "      scopes: [full, refresh_token, \"\\e[31mfull\"]")
        let finding = try #require(RuleHarness.findings("unknown-scope", in: yaml).first)
        #expect(finding.message.hasPrefix("`\\u{1B}[31mfull` is not a Salesforce OAuth scope"), "\(finding.message)")
        #expect(!finding.message.unicodeScalars.contains("\u{1B}"))
    }
}
