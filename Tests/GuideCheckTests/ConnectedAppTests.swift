import Testing
import TestSupport
import SetupModel
@testable import LintKit

@Suite struct SandboxOrgTests {
    static let org = "    type: production\n    loginUrl: https://login.salesforce.com\n    myDomain: acme.my.salesforce.com"

    func findings(type: String = "production", loginUrl: String = "https://login.salesforce.com",
                  myDomain: String = "acme.my.salesforce.com") -> [Finding] {
        RuleHarness.findings("sandbox-org", in: ValidSetup.replacing(Self.org, with: "    type: \(type)\n    loginUrl: \(loginUrl)\n    myDomain: \(myDomain)"))
    }

    @Test func productionAndDeveloperOrgsPass() {
        #expect(findings().isEmpty)
        #expect(findings(type: "developer", myDomain: "acme-dev.develop.my.salesforce.com").isEmpty)
        #expect(findings(myDomain: "acme-dev-ed.my.salesforce.com").isEmpty)
    }

    @Test(arguments: [("sandbox", "a sandbox org"), ("Scratch", "a scratch org")])
    func theTypeSaysSo(type: String, kind: String) throws {
        let found = findings(type: type)
        #expect(found.count == 1)
        let finding = try #require(found.first)
        #expect(finding.message.contains(kind))
        #expect(finding.line == 9 && finding.column == 11)
    }

    @Test(arguments: [
        ("https://test.salesforce.com", 10, "sandbox"),
        ("https://acme--uat.sandbox.my.salesforce.com/", 10, "sandbox"),
        ("https://cs42.salesforce.com", 10, "sandbox"),
        ("https://ACME--UAT.cs87.my.salesforce.com", 10, "sandbox"),
        ("https://acme.scratch.my.salesforce.com", 10, "scratch"),
    ])
    func theLoginURLShowsIt(loginUrl: String, line: Int, kind: String) throws {
        let finding = try #require(findings(loginUrl: loginUrl).first)
        #expect(finding.line == line)
        #expect(finding.message == "`loginUrl` shows a \(kind) org, which " + (kind == "scratch"
            ? "expires and takes its Connected Apps with it" : "loses its Connected Apps when it is refreshed"))
    }

    @Test(arguments: ["acme--uat.sandbox.my.salesforce.com", "acme--uat.my.salesforce.com", "acme--uat.lightning.force.com",
                      "acme--uat.cs42.my.salesforce.com", "brisk-otter-123.scratch.my.salesforce.com"])
    func theMyDomainHostShowsIt(myDomain: String) throws {
        let finding = try #require(findings(myDomain: myDomain).first)
        #expect(finding.line == 11 && finding.column == 15)
    }

    @Test func oneFindingPerDocument() {
        let found = findings(type: "sandbox", loginUrl: "https://test.salesforce.com", myDomain: "acme--uat.sandbox.my.salesforce.com")
        #expect(found.count == 1)
        #expect(found.first?.line == 9)
    }
}

@Suite struct APINameTests {
    func findings(name: String = "Acme Cyclr Integration", apiName: String?) -> [Finding] {
        let apiLine = apiName.map { "    apiName: \($0)\n" } ?? ""
        return RuleHarness.findings("api-name", in: ValidSetup.replacing("    name: Acme Cyclr Integration\n    apiName: Acme_Cyclr_Integration\n", with: "    name: \(name)\n" + apiLine))
    }

    @Test func validNamesPass() {
        #expect(findings(apiName: "Acme_Cyclr_Integration").isEmpty)
        #expect(findings(apiName: nil).isEmpty)
        #expect(findings(name: "Acme (Cyclr)", apiName: "Acme_Cyclr").isEmpty)
        #expect(findings(name: "${APP_NAME}", apiName: nil).isEmpty)
    }

    @Test(arguments: [
        ("Acme-Cyclr", "contains `-`", "`Acme_Cyclr`"),
        ("Acme Cyclr", "contains a space", "`Acme_Cyclr`"),
        ("2Acme", "does not start with a letter", "`Acme`"),
        ("_Acme", "does not start with a letter", "`Acme`"),
        ("Acme_", "ends with an underscore", "`Acme`"),
        ("Acme__Cyclr", "has two underscores in a row", "`Acme_Cyclr`"),
    ])
    func anExplicitAPINameThatBreaksTheRulesIsAnError(apiName: String, problem: String, suggestion: String) throws {
        let finding = try #require(findings(apiName: apiName).first)
        #expect(finding.severity == .error)
        #expect(finding.line == 14 && finding.column == 14)
        #expect(finding.message == "the API Name `\(apiName)` \(problem), which Salesforce does not allow")
        #expect(finding.help?.contains("e.g. \(suggestion)") == true)
    }

    @Test func aDerivedAPINameThatBreaksTheRulesIsAWarningNamingIt() throws {
        let finding = try #require(findings(name: "Acme (Cyclr) Sync", apiName: nil).first)
        #expect(finding.severity == .warning)
        #expect(finding.line == 13 && finding.column == 11)
        #expect(finding.message == "with no `apiName`, Salesforce derives the API Name `Acme_(Cyclr)_Sync` from `name`, and it contains `(`")
        #expect(finding.help?.hasPrefix("Add `apiName: Acme_Cyclr_Sync`") == true)
        #expect(findings(name: "Acme  Sync", apiName: "\"\"").first?.message.contains("has two underscores in a row") == true)
    }
}

@Suite struct ContactEmailTests {
    func findings(_ value: String) -> [Finding] {
        RuleHarness.findings("contact-email", in: ValidSetup.replacing("contactEmail: integrations@acme.example", with: "contactEmail: \(value)"))
    }

    @Test(arguments: ["integrations@acme.example", "first.last+cyclr@sub.acme.co.uk", "${CONTACT_EMAIL}"])
    func addressesPass(value: String) {
        #expect(findings(value).isEmpty)
    }

    @Test(arguments: [("\"\"", 15, 19), ("", 15, 5), ("\"  \"", 15, 19)])
    func blankIsReported(value: String, line: Int, column: Int) throws {
        let finding = try #require(findings(value).first)
        #expect(finding.message == "`contactEmail` is empty, but Salesforce requires a Contact Email")
        #expect(finding.line == line && finding.column == column)
    }

    @Test(arguments: [
        ("integrations", "has no `@`"), ("a@b@acme.example", "has more than one `@`"), ("\"@acme.example\"", "has nothing before the `@`"),
        ("integrations@", "has nothing after the `@`"), ("integrations@localhost", "has no dot in its domain"),
        ("integrations@acme..example", "has an empty part"), ("\"integrations @acme.example\"", "contains white space"),
    ])
    func nonAddressesAreReported(value: String, problem: String) throws {
        let finding = try #require(findings(value).first)
        #expect(finding.message.contains("is not an email address: it \(problem)"), "\(finding.message)")
        #expect(finding.line == 15 && finding.column == 19)
    }
}
