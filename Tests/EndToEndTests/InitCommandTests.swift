import Foundation
import Testing
import TestSupport

/// `connectlint init` through the built binary: its starter lints clean of errors and warnings.
@Suite struct InitCommandTests {
    @Test(arguments: [[], ["--service-domain", "acme-h.eu.cyclr.com"], ["--service-domain", "ACME-H.CYCLR.UK", "--connector", "Salesforce Service Cloud"],
                      ["--connector", "Salesforce Marketing Cloud"]])
    func starterLintsCleanOfErrorsAndWarnings(arguments: [String]) throws {
        let starter = try BinaryRunner.run(["init"] + arguments)
        #expect(starter.status == 0, "\(starter.stderr)")
        #expect(starter.stdout.contains("# yaml-language-server: $schema=connectlint.schema.json"))
        let lint = try BinaryRunner.run(["--fail-on", "warning", "--format", "json", "-"], stdin: Data(starter.stdout.utf8))
        #expect(lint.status == 0, "\(lint.stdout)")
        let report = try JSONSerialization.jsonObject(with: Data(lint.stdout.utf8)) as? [String: Any]
        #expect((report?["findings"] as? [Any])?.isEmpty == true, "\(lint.stdout)")
        if let domain = arguments.firstIndex(of: "--service-domain").map({ arguments[$0 + 1] }) {
            #expect(starter.stdout.contains("serviceDomain: \(domain)\n"))
            #expect(starter.stdout.contains("- https://\(domain)/connector/callback\n"))
        }
    }

    @Test func valuesThatWouldNotLintCleanAreRefused() throws {
        let result = try BinaryRunner.run(["init", "--service-domain", "https://acme-h.cyclr.com/"])
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("[service-domain-format]"))
    }

    @Test func anUnknownConnectorIsRefusedWithTheClosestProfile() throws {
        let result = try BinaryRunner.run(["init", "--connector", "Salesforce\"\nversion: 2 # x"])
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("no connector profile is named `\"Salesforce\\\"\\nversion: 2 # x\"`"), "\(result.stderr)")
        let typo = try BinaryRunner.run(["init", "--connector", "Pardot OAuth"])
        #expect(typo.status == 2)
        #expect(typo.stderr.contains("did you mean `Salesforce Pardot (OAuth)`?"), "\(typo.stderr)")
    }

    @Test(arguments: ["Salesforce", "Salesforce Service Cloud", "Salesforce Marketing Cloud", "Salesforce Chatter",
                      "Salesforce Pardot (OAuth)", "Salesforce Pardot", "Salesforce SOAP", "Salesforce Metadata"])
    func everyConnectorHasAStarterThatLintsClean(connector: String) throws {
        let starter = try BinaryRunner.run(["init", "--connector", connector])
        #expect(starter.status == 0, "\(starter.stderr)")
        let lint = try BinaryRunner.run(["--fail-on", "warning", "--color", "never", "-"], stdin: Data(starter.stdout.utf8))
        #expect(lint.status == 0, "\(lint.stdout)")
        #expect(!lint.stdout.contains("unknown-connector") && !lint.stdout.contains("unknown-key"), "\(lint.stdout)")
    }
}
