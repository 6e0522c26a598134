import Foundation
import TestSupport
import Testing

/// Reports are written as the run goes. Report files are written beside their place and take it only when
/// the report is complete: a run that fails leaves an existing report untouched and no temporary file
/// behind; one that succeeds replaces it. A lone input is streamed a document at a time only when it is YAML.
@Suite struct StreamingEndToEndTests {
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

    /// A stream large enough to be parsed on a second core reports what one job reports, byte for byte.
    @Test func aLargeStreamReportsTheSameReadAheadAsWithOneJob() throws {
        let documents = (0..<5_000).map { index in
            index % 97 == 13 ? "version: [1\n" : "version: \(index % 5 == 0 ? 2 : 1)\ncyclr:\n  serviceDomain: acme\(index)-h.cyclr.com\n"
        }
        let project = try ScratchProject(["big.cyclr.yaml": documents.joined(separator: "---\n")])
        defer { project.remove() }
        for format in ["text", "sarif"] {
            let ahead = try project.run(["--format", format, "big.cyclr.yaml"])
            let oneJob = try project.run(["--format", format, "--jobs", "1", "big.cyclr.yaml"])
            #expect(ahead.status == 1)
            #expect(ahead.stdout == oneJob.stdout)
            #expect(ahead.stdout.contains("unsupported-version"))
        }
    }

    /// Standard input named as a Connected App file is one XML document, never read as a YAML stream (this one
    /// has no `metadata` namespace, which would keep any input from being streamed).
    @Test func standardInputNamedAsAMetadataFileIsReadAsXML() throws {
        let xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<ConnectedApp>\n    <label>Acme</label>\n</ConnectedApp>\n"
        let project = try ScratchProject(["Acme.connectedApp-meta.xml": xml])
        defer { project.remove() }
        let piped = try project.run(["--format", "json", "--stdin-filename", "Acme.connectedApp-meta.xml", "-"], stdin: Data(xml.utf8))
        let named = try project.run(["--format", "json", "Acme.connectedApp-meta.xml"])
        func rules(_ output: String) throws -> [String] {
            let report = try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any]
            return (report?["findings"] as? [[String: Any]] ?? []).compactMap { $0["ruleId"] as? String }
        }
        #expect(piped.status == named.status)
        #expect(try rules(piped.stdout) == rules(named.stdout))
        // Read as XML, the app lacks its Contact Email; read as YAML, the text would be one string of the wrong type.
        #expect(try rules(piped.stdout).contains("missing-field"))
        #expect(try !rules(piped.stdout).contains("wrong-type"))
    }
}
