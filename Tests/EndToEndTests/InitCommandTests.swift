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

    @Test func oddValuesAreQuotedNotInjected() throws {
        let result = try BinaryRunner.run(["init", "--connector", "Salesforce\"\nversion: 2 # x"])
        #expect(result.stdout.contains("connector: \"Salesforce\\\"\\nversion: 2 # x\""))
        let lint = try BinaryRunner.run(["--format", "json", "-"], stdin: Data(result.stdout.utf8))
        #expect(!lint.stdout.contains("unsupported-version"))
    }
}
