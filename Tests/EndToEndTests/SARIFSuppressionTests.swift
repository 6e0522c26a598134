import Foundation
import Testing
import TestSupport

/// Suppressed findings in SARIF: listed with `suppressions` of kind `inSource` (issue 5), valid SARIF.
@Suite struct SARIFSuppressionTests {
    @Test func suppressedFindingIsAnInSourceSuppressedResult() throws {
        let setup = SetupText.clean.replacingOccurrences(of: "  clientId:", with: "  regionn: eu  # connectlint-disable-line unknown-key -- migrating next sprint\n  clientId:")
        let project = try ScratchProject(["s.cyclr.yaml": setup])
        defer { project.remove() }
        let sarifFile = "report.sarif"
        let result = try project.run(["--format", "sarif=\(sarifFile)", "s.cyclr.yaml"])
        #expect(result.status == 0)
        let data = try Data(contentsOf: project.root.appendingPathComponent(sarifFile))
        let sarif = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let run = try #require((sarif["runs"] as? [[String: Any]])?.first)
        let results = try #require(run["results"] as? [[String: Any]])
        let suppressed = results.filter { $0["suppressions"] != nil }
        #expect(suppressed.count == 1)
        #expect(suppressed.first?["ruleId"] as? String == "unknown-key")
        let suppression = try #require((suppressed.first?["suppressions"] as? [[String: Any]])?.first)
        #expect(suppression["kind"] as? String == "inSource")
        #expect(suppression["justification"] as? String == "migrating next sprint")
        if JSONSchemaValidator.shouldRun {
            let violations = try JSONSchemaValidator.violations(of: [project.root.appendingPathComponent(sarifFile)])
            #expect(violations.values.allSatisfy { $0.isEmpty }, "\(violations)")
        }
    }
}
