import Foundation
import TestSupport
import Testing

/// Report files are written beside their place and take it only when the report is complete: a run that
/// fails leaves an existing report untouched and no temporary file behind; one that succeeds replaces it.
@Suite struct StreamedReportFileTests {
    static let setup = """
        version: 1
        cyclr:
          serviceDomain: acme-h.cyclr.com
        ---
        version: 2

        """

    func leftovers(in project: ScratchProject) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: project.root.path).filter { $0.hasPrefix(".connectlint-report") }
    }

    @Test func aFailedRunLeavesTheReportFileAsItWas() throws {
        let project = try ScratchProject(["stream.cyclr.yaml": Self.setup, "report.json": "earlier report\n"])
        defer { project.remove() }
        let result = try project.run(["--format", "json=report.json", "stream.cyclr.yaml", "no-such-folder"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("no-such-folder"))
        #expect(try String(contentsOf: project.root.appendingPathComponent("report.json"), encoding: .utf8) == "earlier report\n")
        #expect(try leftovers(in: project).isEmpty)
    }

    @Test func aCompleteReportTakesThePlaceOfTheOldOne() throws {
        let project = try ScratchProject(["stream.cyclr.yaml": Self.setup, "report.json": "earlier report\n"])
        defer { project.remove() }
        let result = try project.run(["--format", "json=report.json", "--format", "junit=junit.xml", "stream.cyclr.yaml"])
        #expect(result.status == 1)
        let report = try JSONSerialization.jsonObject(with: Data(contentsOf: project.root.appendingPathComponent("report.json"))) as? [String: Any]
        let findings = try #require(report?["findings"] as? [[String: Any]])
        #expect(findings.contains { $0["ruleId"] as? String == "unsupported-version" && $0["line"] as? Int == 5 })
        let junit = try String(contentsOf: project.root.appendingPathComponent("junit.xml"), encoding: .utf8)
        #expect(junit.contains("tests=\"1\"") && junit.hasSuffix("</testsuites>\n"))
        #expect(try leftovers(in: project).isEmpty)
    }
}
