import Testing
import TestSupport
import SetupModel
@testable import LintKit

/// Callback entries for the harness's valid setup: `callbackUrls` is on line 17, its first entry on line 18, column 11.
enum Callbacks {
    static let block = "      callbackUrls:\n        - https://acme-h.cyclr.com/connector/callback"

    /// The valid setup with `callbackUrls` holding `urls`, one list item a line.
    static func setup(_ urls: [String]) -> String {
        ValidSetup.replacing(block, with: (["      callbackUrls:"] + urls.map { "        - \($0)" }).joined(separator: "\n"))
    }

    /// The valid setup with `callbackUrls` written as `value` on its own line.
    static func setup(value: String) -> String {
        ValidSetup.replacing(block, with: "      callbackUrls: \(value)")
    }

    static let cyclr = "https://acme-h.cyclr.com/connector/callback"
}

@Suite struct CallbackURLTests {
    func findings(_ urls: [String]) -> [Finding] {
        RuleHarness.findings("callback-url", in: Callbacks.setup(urls))
    }

    @Test func theGuidesURLPasses() {
        #expect(RuleHarness.findings("callback-url", in: ValidSetup.text).isEmpty)
    }

    @Test(arguments: [
        ("http://acme-h.cyclr.com/connector/callback", "uses `http` instead of `https`"),
        ("https://acme-h.cyclr.com/connector/callback/", "ends with a trailing slash"),
        ("https://acme-h.cyclr.com/callback", "has the path `/callback` instead of `/connector/callback`"),
        ("https://acme-h.cyclr.com/Connector/Callback", "has the path `/Connector/Callback`"),
        ("https://acme.cyclr.com/connector/callback", "has the host `acme.cyclr.com` instead of your service domain `acme-h.cyclr.com`"),
        ("https://my.cyclr.com/connector/callback", "points at the Cyclr console host `my.cyclr.com`"),
        ("https://api.eu.cyclr.com/connector/callback", "points at the Cyclr API host `api.eu.cyclr.com`"),
        ("https://acme-h.cyclr.com/connector/callback?state=1", "has a query (`?state=1`)"),
        ("https://acme-h.cyclr.com/connector/callback#top", "has a fragment (`#top`)"),
        ("https://acme-h.cyclr.com:443/connector/callback", "has the port `:443`"),
        ("https://{YourCyclrServiceDomain}/connector/callback", "placeholder `{YourCyclrServiceDomain}`"),
        ("\"https://acme-h.cyclr.com/connector/callback \"", "has white space after it"),
        ("\" https://acme-h.cyclr.com/connector/callback\"", "has white space before it"),
        ("acme-h.cyclr.com/connector/callback", "has no scheme"),
        ("HTTPS://acme-h.cyclr.com/connector/callback", "writes the scheme as `HTTPS`"),
        ("https://acme-h.cyclr.com", "has no path"),
        ("https://user@acme-h.cyclr.com/connector/callback", "differs from `https://acme-h.cyclr.com/connector/callback`"),
    ])
    func namesTheFirstDifference(entry: String, expected: String) throws {
        let found = findings([entry])
        #expect(found.count == 1)
        let finding = try #require(found.first)
        #expect(finding.message.contains(expected), "\(finding.message)")
        #expect(finding.line == 18 && finding.column == 11)
        #expect(finding.keyPath == "salesforce.connectedApp.oauth.callbackUrls[0]")
        #expect(finding.help?.contains("`https://acme-h.cyclr.com/connector/callback`") == true)
        #expect(finding.help?.contains("Setup › Platform Tools › Apps › App Manager") == true)
    }

    @Test func theFirstDifferenceIsNamedFirst() throws {
        let finding = try #require(findings(["http://acme-h.cyclr.com/connector/callback/"]).first)
        #expect(finding.message == "the callback URL `http://acme-h.cyclr.com/connector/callback/` uses `http` instead of `https`")
    }

    @Test func theHostIsComparedIgnoringCase() {
        #expect(findings(["https://ACME-H.Cyclr.com/connector/callback"]).isEmpty)
        let upperDomain = ValidSetup.replacing("serviceDomain: acme-h.cyclr.com", with: "serviceDomain: ACME-H.CYCLR.COM")
        #expect(RuleHarness.findings("callback-url", in: upperDomain).isEmpty)
    }

    @Test func oneFindingAtTheClosestOfSeveralEntries() throws {
        let found = findings(["http://localhost:3000/oauth", "acmeapp://callback", "https://acme-h.cyclr.com/connector/callback/",
                              "https://staging.acme.example/connector/callback"])
        #expect(found.count == 1)
        let finding = try #require(found.first)
        #expect(finding.line == 20)
        #expect(finding.keyPath == "salesforce.connectedApp.oauth.callbackUrls[2]")
        #expect(finding.message == "none of the callback URLs is Cyclr's `https://acme-h.cyclr.com/connector/callback`; "
            + "the closest, `https://acme-h.cyclr.com/connector/callback/`, ends with a trailing slash")
    }

    @Test func anExactEntryAmongOthersPasses() {
        #expect(findings(["http://localhost:3000/oauth", Callbacks.cyclr, "acmeapp://callback"]).isEmpty)
    }

    @Test func aStringOfSeveralURLsIsSplitOnLineBreaks() throws {
        let block = Callbacks.setup(value: "|\n        https://localhost/callback\n\n        \(Callbacks.cyclr)\n")
        #expect(RuleHarness.findings("callback-url", in: block).isEmpty)
        let quoted = Callbacks.setup(value: "\"https://localhost/callback\\r\\n\\r\\nhttp://acme-h.cyclr.com/connector/callback\"")
        let finding = try #require(RuleHarness.findings("callback-url", in: quoted).first)
        #expect(finding.message.contains("`http://acme-h.cyclr.com/connector/callback`, uses `http` instead of `https`"), "\(finding.message)")
        #expect(finding.line == 17 && finding.column == 21)
    }

    /// An entry of the wrong type (a mapping, where a `: ` in the URL made one) is reported as that alone: it may be
    /// the URL, so the rule does not say that none is set, and a fix elsewhere cannot make it say so either (the
    /// fuzzer's find).
    @Test func anEntryOfTheWrongTypeIsNotCalledMissing() {
        let text = Callbacks.setup(["ht? s://acme-h.cyclr.com/connector/calls own connector: its scopes"])
        #expect(RuleHarness.findings("callback-url", in: text).isEmpty)
        #expect(RuleHarness.findings("wrong-type", in: text).count == 1)
    }

    @Test(arguments: ["[]", "\"\"", "\"\\n\\n\""])
    func noEntriesPointsAtTheCallbackUrlsKey(value: String) throws {
        let finding = try #require(RuleHarness.findings("callback-url", in: Callbacks.setup(value: value)).first)
        #expect(finding.line == 17 && finding.column == 7)
        #expect(finding.message.contains("no callback URL is set"))
    }

    @Test(arguments: ["serviceDomain: https://acme-h.cyclr.com", "serviceDomain: ${CYCLR_DOMAIN}", "serviceDomain: \"\""])
    func skippedWhenTheServiceDomainIsNotALiteralHost(line: String) {
        let yaml = ValidSetup.replacing("serviceDomain: acme-h.cyclr.com", with: line)
        #expect(RuleHarness.findings("callback-url", in: yaml).isEmpty)
    }

    @Test func anEnvironmentReferenceEntryCountsAsProvided() {
        #expect(findings(["${CYCLR_CALLBACK_URL}"]).isEmpty)
    }

    @Test func aCustomServiceDomainIsUsedAsWritten() {
        let yaml = ValidSetup.replacing("serviceDomain: acme-h.cyclr.com", with: "serviceDomain: integrations.acme.example")
            .replacingOccurrences(of: Callbacks.cyclr, with: "https://integrations.acme.example/connector/callback")
        #expect(RuleHarness.findings("callback-url", in: yaml).isEmpty)
    }
}

@Suite struct CallbackURLSchemeTests {
    func findings(_ urls: [String]) -> [Finding] {
        RuleHarness.findings("callback-url-scheme", in: Callbacks.setup([Callbacks.cyclr] + urls))
    }

    @Test func plainHTTPForARemoteHostIsReported() throws {
        let found = findings(["http://staging.acme.example/oauth/callback"])
        #expect(found.count == 1)
        let finding = try #require(found.first)
        #expect(finding.line == 19 && finding.column == 11)
        #expect(finding.help?.contains("`https://staging.acme.example/oauth/callback`") == true)
    }

    @Test func localHostsAndCustomSchemesPass() {
        #expect(findings(["http://localhost:8080/callback", "http://127.0.0.1/callback", "http://[::1]:3000/callback",
                          "acmeapp://oauth/callback", "https://staging.acme.example/callback"]).isEmpty)
    }

    @Test func theEntryCallbackURLReportsIsLeftToIt() {
        let yaml = Callbacks.setup(["http://acme-h.cyclr.com/connector/callback"])
        #expect(RuleHarness.findings("callback-url-scheme", in: yaml).isEmpty)
        #expect(RuleHarness.findings("callback-url", in: yaml).count == 1)
    }
}

@Suite struct CallbackURLLimitTests {
    @Test func passingTheLimitIsReportedAtTheEntryThatPassesIt() throws {
        // 43 characters, then entries of 76 characters, each after a line break: the 26th extra entry passes 2,000.
        let extra = (10..<40).map { "https://app\($0).acme.example/" + String(repeating: "x", count: 40) + "/callback" }
        let found = RuleHarness.findings("callback-url-limit", in: Callbacks.setup([Callbacks.cyclr] + extra))
        #expect(found.count == 1)
        let finding = try #require(found.first)
        #expect(finding.line == 18 + 26)
        #expect(finding.message.contains("take 2353 characters joined by line breaks, over Salesforce's limit of 2,000"), "\(finding.message)")
    }

    @Test func exactly2000CharactersPasses() {
        let filler = "https://acme.example/" + String(repeating: "a", count: 2000 - Callbacks.cyclr.count - 1 - 21)
        #expect(RuleHarness.findings("callback-url-limit", in: Callbacks.setup([Callbacks.cyclr, filler])).isEmpty)
        #expect(RuleHarness.findings("callback-url-limit", in: Callbacks.setup([Callbacks.cyclr, filler + "a"])).count == 1)
    }
}
