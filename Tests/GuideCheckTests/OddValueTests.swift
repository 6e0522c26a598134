import Testing
import TestSupport
import SetupModel
@testable import LintKit

/// Every rule takes any well-typed value without crashing, and never quotes a literal secret.
@Suite struct OddValueTests {
    static let oddValues = [
        "\"\"", "\" \"", "\"::\"", "\"://\"", "\"http://\"", "\"https://[::1\"", "\"{\"", "\"}\"", "\"%\"", "\"a@\"", "\"@\"",
        "\"3MVG9\"", "\"${}\"", "\"${1A}\"", "\"zero:\"", "\"specific_lifetime::\"", "\"specific_lifetime:99999999999999999999:DAYS\"",
        "\"é.ü\"", "\"😀\"", "\"\\t\"", "\"\\r\\n\"", "\"a\\u0000b\"", "\"" + String(repeating: "x", count: 5000) + "\"", "\"--\"", "\".\"",
        "\"cs\"", "\"test.salesforce.com\"", "\"http://localhost\"", "\"-\"", "\"_\"",
    ]

    static let fields = [
        "  serviceDomain: acme-h.cyclr.com", "  clientId: ${SALESFORCE_CONSUMER_KEY}", "  clientSecret: ${SALESFORCE_CONSUMER_SECRET}",
        "    loginUrl: https://login.salesforce.com", "    myDomain: acme.my.salesforce.com", "    name: Acme Cyclr Integration",
        "    apiName: Acme_Cyclr_Integration", "    contactEmail: integrations@acme.example",
        "        - https://acme-h.cyclr.com/connector/callback", "      refreshTokenPolicy: infinite", "    salesforceUser: integration@acme.example",
    ]

    @Test(arguments: fields)
    func everyCheckTakesOddValues(field: String) {
        let key = field.prefix { $0 != ":" }
        for value in Self.oddValues {
            let yaml = ValidSetup.replacing(field, with: field.hasSuffix("/connector/callback") ? "        - \(value)" : "\(key): \(value)")
            let findings = RuleHarness.lint(yaml).findings
            if key.contains("clientSecret"), value.count > 4 {
                let literal = String(value.dropFirst().dropLast())
                #expect(findings.allSatisfy { !$0.message.contains(literal) && $0.help?.contains(literal) != true })
            }
        }
    }
}
