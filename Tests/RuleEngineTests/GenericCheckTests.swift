import LintKit
import Testing
import RuleFiles

/// Generic checks as custom rules use them, run through the real decoder and engine.
@Suite struct GenericCheckTests {
    static let setup = """
    version: 1
    connector: Salesforce
    cyclr:
      serviceDomain: acme-h.cyclr.com
      clientSecret: ""
    salesforce:
      ui: classic
      connectedApp:
        name: Acme Cyclr Integration
        contactEmail: integrations@acme.example
        oauth:
          callbackUrls:
            - https://acme-h.cyclr.com/connector/callback
            - http://localhost:8080/callback
          scopes: [full, refresh_token, web]
          requireSecretForRefreshToken: false
    accounts:
      - name: Acme EMEA
      - name: ""
        salesforceUser: amer@acme.example

    """

    /// The findings of one custom rule (`given` + `check`) on the setup above, as `line:column message`.
    static func run(_ given: String, _ check: String, message: String? = nil) throws -> [String] {
        var text = "id: custom-rule\nseverity: warning\ntitle: The custom rule fires\ngiven: \(given)\ncheck: \(check)\n"
        if let message { text += "message: '\(message)'\n" }
        let rule = try RuleFileLoader.load(Array(text.utf8), file: "custom.yaml", allowBuiltInChecks: false)
        let catalog = RuleCatalog(rules: [rule])
        let linter = Linter(options: LintOptions(jobs: 1, catalog: catalog))
        return linter.lint(.bytes(Array(setup.utf8)), path: "setup.cyclr.yaml").findings
            .filter { $0.ruleId == "custom-rule" }
            .map { "\($0.range.start.line):\($0.range.start.column) \($0.message)" }
    }

    @Test func present() throws {
        #expect(try Self.run("salesforce.org.type", "{ present: true }", message: "{keyPath}: {detail}") == ["6:1 salesforce.org.type: `salesforce.org.type` is missing"])
        #expect(try Self.run("accounts[*].salesforceUser", "{ present: true }") == ["18:5 The custom rule fires"])
        #expect(try Self.run("accounts[*].name", "{ present: true }", message: "{detail}") == ["19:5 `accounts[1].name` is blank"])
        #expect(try Self.run("cyclr.serviceDomain", "{ present: true }") == [])
    }

    @Test func absent() throws {
        #expect(try Self.run("cyclr.clientSecret", "{ absent: true }") == ["5:3 The custom rule fires"])
        #expect(try Self.run("cyclr.clientId", "{ absent: true }") == [])
    }

    @Test func equalsAndOneOf() throws {
        #expect(try Self.run("salesforce.ui", "{ equals: lightning }", message: "{detail}") == ["7:7 `salesforce.ui` is `classic`; it should be `lightning`"])
        #expect(try Self.run("salesforce.connectedApp.oauth.requireSecretForRefreshToken", "{ equals: false }") == [])
        #expect(try Self.run("connector", "{ one-of: [Salesforce Service Cloud] }", message: "{value} is not {expected}") == ["2:12 Salesforce is not `Salesforce Service Cloud`"])
        #expect(try Self.run("connector", "{ one-of: [Salesforce, Salesforce Service Cloud] }") == [])
    }

    @Test func patterns() throws {
        #expect(try Self.run("salesforce.connectedApp.oauth.callbackUrls[*]", "{ pattern: '^https://' }") == ["14:11 The custom rule fires"])
        #expect(try Self.run("salesforce.connectedApp.oauth.callbackUrls[*]", "{ not-pattern: localhost }") == ["14:11 The custom rule fires"])
        #expect(try Self.run("cyclr.serviceDomain", "{ pattern: '\\.cyclr\\.com$' }") == [])
    }

    @Test func lists() throws {
        #expect(try Self.run("salesforce.connectedApp.oauth.scopes", "{ includes: api }") == ["15:7 The custom rule fires"])
        #expect(try Self.run("salesforce.connectedApp.oauth.scopes", "{ excludes: web }") == ["15:37 The custom rule fires"])
        #expect(try Self.run("salesforce.connectedApp.oauth.scopes", "{ max-items: 2 }", message: "{count} scopes") == ["15:7 3 scopes"])
        #expect(try Self.run("accounts", "{ max-items: 2 }") == [])
    }

    @Test func maxLength() throws {
        #expect(try Self.run("salesforce.connectedApp.name", "{ max-length: 10 }", message: "{count} > {expected}") == ["9:11 22 > 10"])
        #expect(try Self.run("salesforce.connectedApp.name", "{ max-length: 80 }") == [])
    }

    @Test func credentialValuesAreNeverShown() throws {
        #expect(try Self.run("cyclr.clientSecret", "{ pattern: x }", message: "value {value}") == ["5:17 value (value hidden)"])
    }

    /// A finding without help of its own gets the rule's fix, with the navigation `salesforce.ui` asks for.
    @Test func helpFollowsTheSetupsUI() {
        let classic = Linter(options: LintOptions(jobs: 1)).lint(.bytes(Array(Self.oauthOff(ui: "classic").utf8)), path: "a.cyclr.yaml")
        let lightning = Linter(options: LintOptions(jobs: 1)).lint(.bytes(Array(Self.oauthOff(ui: "lightning").utf8)), path: "a.cyclr.yaml")
        let classicHelp = classic.findings.first { $0.ruleId == "oauth-disabled" }?.help ?? ""
        let lightningHelp = lightning.findings.first { $0.ruleId == "oauth-disabled" }?.help ?? ""
        #expect(classicHelp.contains("Classic: Setup › Build › Create › Apps"))
        #expect(lightningHelp.contains("Lightning: Setup › Platform Tools › Apps › App Manager"))
    }

    static func oauthOff(ui: String) -> String {
        setup.replacingOccurrences(of: "ui: classic", with: "ui: \(ui)").replacingOccurrences(of: "    oauth:\n", with: "    oauth:\n      enabled: false\n")
    }
}
