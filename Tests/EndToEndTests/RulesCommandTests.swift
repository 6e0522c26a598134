import Foundation
import LintKit
import Testing
import TestSupport

/// `connectlint rules` and `connectlint explain`, run as users run them, from a folder with nothing
/// of the package in it (the catalogue is compiled into the binary).
@Suite struct RulesCommandTests {
    static let ruleIds = RuleCatalog.builtIn.ids

    static func runElsewhere(_ arguments: [String]) throws -> BinaryRunner.Result {
        try BinaryRunner.run(arguments, in: try BinaryRunner.scratchFolder())
    }

    @Test func rulesPrintsATableOfEveryRule() throws {
        #expect(Self.ruleIds.count >= 31)
        let result = try Self.runElsewhere(["rules"])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.first?.hasPrefix("ID") == true && lines.first?.contains("SEVERITY") == true && lines.first?.contains("TITLE") == true)
        for id in Self.ruleIds {
            #expect(lines.contains { $0.hasPrefix(id + " ") }, "`rules` does not list \(id)")
        }
        #expect(lines.contains { $0.hasPrefix("callback-url ") && $0.contains("error") && $0.contains("/connector/callback") })
    }

    @Test func rulesJSONListsEveryRuleOfTheSpec() throws {
        let result = try Self.runElsewhere(["rules", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let rules = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        let byId = Dictionary(rules.compactMap { rule in (rule["id"] as? String).map { ($0, rule) } }, uniquingKeysWith: { a, _ in a })
        for id in Self.ruleIds {
            let rule = try #require(byId[id], "`rules --format json` has no \(id)")
            #expect(["error", "warning", "info"].contains(rule["severity"] as? String))
            #expect(((rule["title"] as? String) ?? "").isEmpty == false)
        }
        #expect(byId["unknown-connector"]?["severity"] as? String == "info")
        #expect(byId["sandbox-org"]?["severity"] as? String == "warning")
    }

    @Test func explainCallbackURLGivesTheRationaleTheURLFormAndBothSetupPaths() throws {
        let result = try Self.runElsewhere(["explain", "callback-url"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("callback-url (error)\n"))
        #expect(result.stdout.contains("redirect_uri_mismatch"))
        #expect(result.stdout.contains("https://{YourCyclrServiceDomain}/connector/callback"))
        #expect(result.stdout.contains("Lightning Experience: Setup › Platform Tools › Apps › App Manager"))
        #expect(result.stdout.contains("Salesforce Classic:   Setup › Build › Create › Apps › Connected Apps"))
        #expect(result.stdout.contains("Fails:") && result.stdout.contains("Passes:"))
        #expect(result.stdout.contains("ends with a trailing slash"), "the failing examples show what the report says")
    }

    @Test func explainAnUnknownRuleExitsTwoWithASuggestion() throws {
        let result = try Self.runElsewhere(["explain", "callback-ulr"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("unknown rule `callback-ulr`; did you mean `callback-url`?"))
        #expect(result.stdout.isEmpty)
    }

    static let exampleSecrets = ["9F2E7A1C4B8D3E6F0A5C9B2D7E1F4A8C3B6D9E2F5A8C1B4D7E0F3A6C9B2D5E8F",
                                 "4f1c2b0e9d8a7f6e5d4c3b2a19080706f5e4d3c2b1a09f8e7d6c5b4a39281706", "clientSecret: 3MVG9"]

    /// The rules whose examples hold one of the made-up secrets, to show the secret rules at work.
    static let rulesWithExampleSecrets = RuleCatalog.builtIn.rules.filter { rule in
        (rule.failingExamples + rule.passingExamples).contains { example in exampleSecrets.contains { example.yaml.contains($0) } }
    }.map(\.id)

    /// `explain` masks the examples' secrets like reports do.
    @Test(arguments: rulesWithExampleSecrets)
    func explainNeverPrintsAnExampleSecret(_ id: String) throws {
        let result = try Self.runElsewhere(["explain", id])
        #expect(result.status == 0)
        for secret in Self.exampleSecrets { #expect(!result.stdout.contains(secret)) }
        #expect(result.stdout.contains("*****"))
    }

    @Test func someExamplesHoldSecrets() {
        #expect(Self.rulesWithExampleSecrets.count >= 2)
    }
}
