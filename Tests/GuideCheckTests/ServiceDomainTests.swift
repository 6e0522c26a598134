import Testing
import TestSupport
import SetupModel
@testable import LintKit

@Suite struct ServiceDomainTests {
    func findings(_ rule: String, domain: String) -> [Finding] {
        RuleHarness.findings(rule, in: ValidSetup.replacing("serviceDomain: acme-h.cyclr.com", with: "serviceDomain: \(domain)"))
    }

    @Test(arguments: [
        ("https://acme-h.cyclr.com", "has a scheme (`https://`)", "`acme-h.cyclr.com`"),
        ("acme-h.cyclr.com/connector/callback", "has a path", "`acme-h.cyclr.com`"),
        ("acme-h.cyclr.com:443", "has a port", "`acme-h.cyclr.com`"),
        ("\"acme-h.cyclr.com \"", "has white space around it", "`acme-h.cyclr.com`"),
        ("\"acme h.cyclr.com\"", "contains white space", "`acme-h.cyclr.com`"),
        ("\"{YourCyclrServiceDomain}\"", "is still the guide's placeholder", "`acme-h.cyclr.com`"),
        ("acme-h..cyclr.com", "has an empty label", "`acme-h.cyclr.com`"),
        ("acme-h.cyclr.com.", "has an empty label", "`acme-h.cyclr.com`"),
        ("-acme.cyclr.com", "has the label `-acme`, which starts or ends with a hyphen", "`acme-h.cyclr.com`"),
        ("acme-h", "is a single label", "`acme-h.cyclr.com`"),
        ("acme_h.cyclr.com", "contains `_`", "`acme-h.cyclr.com`"),
    ])
    func aHostThatIsNotBareIsReported(domain: String, problem: String, example: String) throws {
        let found = findings("service-domain-format", domain: domain)
        #expect(found.count == 1)
        let finding = try #require(found.first)
        #expect(finding.message.contains(problem), "\(finding.message)")
        #expect(finding.line == 4 && finding.column == 18)
        #expect(finding.help?.contains("Settings › General Settings") == true)
    }

    @Test func theHelpOffersTheHostOfAURL() throws {
        let finding = try #require(findings("service-domain-format", domain: "https://Acme-H.cyclr.com/").first)
        #expect(finding.help?.contains("e.g. `Acme-H.cyclr.com`") == true)
    }

    @Test(arguments: ["acme-h.cyclr.com", "ACME-H.CYCLR.COM", "integrations.acme.example", "a1.b2.c3", "${CYCLR_SERVICE_DOMAIN}"])
    func bareHostsAndReferencesPass(domain: String) {
        #expect(findings("service-domain-format", domain: domain).isEmpty)
        #expect(findings("service-domain-console", domain: domain).isEmpty)
    }

    @Test(arguments: [
        ("my.cyclr.com", "the Cyclr console host `my.cyclr.com`", "`COMPANY-h.cyclr.com`"),
        ("MY.CYCLR.UK", "the Cyclr console host `my.cyclr.uk`", "`COMPANY-h.cyclr.uk`"),
        ("eu.cyclr.com", "the Cyclr console host", "`COMPANY-h.eu.cyclr.com`"),
        ("us2.cyclr.com", "the Cyclr console host", nil),
        ("apac.cyclr.com", "the Cyclr console host", nil),
        ("api.cyclr.com", "the Cyclr API host `api.cyclr.com`", "`COMPANY-h.cyclr.com`"),
        ("api.us2.cyclr.com", "the Cyclr API host", nil),
        ("api.cyclr.uk", "the Cyclr API host", "`COMPANY-h.cyclr.uk`"),
        ("api.eu.cyclr.com", "the Cyclr API host", "`COMPANY-h.eu.cyclr.com`"),
        ("api.apac.cyclr.com", "the Cyclr API host", nil),
    ] as [(String, String, String?)])
    func consoleAndAPIHostsAreReported(domain: String, kind: String, pattern: String?) throws {
        let found = findings("service-domain-console", domain: domain)
        #expect(found.count == 1)
        let finding = try #require(found.first)
        #expect(finding.message.contains(kind), "\(finding.message)")
        #expect(finding.line == 4)
        if let pattern { #expect(finding.help?.contains(pattern) == true) }
        #expect(findings("service-domain-format", domain: domain).isEmpty)
    }
}
