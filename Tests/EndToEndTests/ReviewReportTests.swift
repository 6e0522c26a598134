import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
import TestSupport

/// The reports reviewers read: reviewdog's rdjson and rdjsonl against reviewdog's schemas, checkstyle
/// parsed back, SARIF with a category still valid SARIF.
@Suite struct ReviewReportTests {
    static let broken = "SampleConfigs/broken"

    /// Findings of the broken samples as the JSON report gives them.
    static func jsonFindings() throws -> [[String: Any]] {
        let result = try BinaryRunner.run(["--format", "json", "--fail-on", "never", broken])
        let json = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        return try #require(json?["findings"] as? [[String: Any]])
    }

    @Test(.enabled(if: JSONSchemaValidator.shouldRun, "no Python with jsonschema"))
    func rdjsonAndRdjsonlOfEverySampleValidate() throws {
        let folder = try BinaryRunner.scratchFolder()
        var documents: [URL] = [], lines: [URL] = []
        for (index, sample) in SARIFSchemaTests.sampleFiles.enumerated() {
            let document = folder.appendingPathComponent("\(index).rdjson"), line = folder.appendingPathComponent("\(index).rdjsonl")
            let result = try BinaryRunner.run(["--format", "rdjson=\(document.path)", "--format", "rdjsonl=\(line.path)", "--fail-on", "never", sample])
            #expect(result.status == 0, "\(sample): \(result.stderr)")
            documents.append(document)
            lines.append(line)
        }
        let goldens = JSONSchemaValidator.committed("../Goldens")
        documents += [goldens.appendingPathComponent("findings.rdjson.json"), goldens.appendingPathComponent("clean.rdjson.json")]
        lines.append(goldens.appendingPathComponent("findings.rdjsonl.jsonl"))
        for (file, problems) in try JSONSchemaValidator.violations(of: documents, schema: JSONSchemaValidator.rdjsonSchema) {
            #expect(problems.isEmpty, "\(file): \(problems)")
        }
        for (file, problems) in try JSONSchemaValidator.violations(of: lines, schema: JSONSchemaValidator.rdjsonlSchema, jsonLines: true) {
            #expect(problems.isEmpty, "\(file): \(problems)")
        }
        let golden = try String(contentsOf: goldens.appendingPathComponent("findings.rdjson.json"), encoding: .utf8)
        #expect(golden.contains("\"suggestions\""), "the golden run's fix must reach the schema check as a suggestion")
    }

    @Test(.enabled(if: JSONSchemaValidator.shouldRun, "no Python with jsonschema"))
    func theRdjsonValidatorRejectsBrokenDiagnostics() throws {
        let file = try BinaryRunner.scratchFolder().appendingPathComponent("broken.rdjson")
        try Data(#"{"diagnostics": [{"message": 1, "severity": "FATAL", "suggestions": {}}]}"#.utf8).write(to: file)
        #expect(try JSONSchemaValidator.violations(of: [file], schema: JSONSchemaValidator.rdjsonSchema)[file.path]?.count ?? 0 >= 3)
    }

    @Test(arguments: ["DiagnosticResult.json", "Diagnostic.json"])
    func committedReviewdogSchemasEqualTheSharedOnes(name: String) throws {
        let shared = JSONSchemaValidator.shared("reviewdog-rdf/" + name)
        guard FileManager.default.fileExists(atPath: shared.path) else { return }
        #expect(try Data(contentsOf: JSONSchemaValidator.committed("reviewdog-rdf/" + name)) == Data(contentsOf: shared))
    }

    @Test func rdjsonlHasOneDiagnosticPerFindingWithByteColumns() throws {
        let project = try ScratchProject(["s.cyclr.yaml": SetupText.clean.replacingOccurrences(of: "  clientId:", with: "  ré😀gion: eu\n  clientId:")])
        defer { project.remove() }
        let result = try project.run(["--format", "rdjsonl", "s.cyclr.yaml"])
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == 1)
        let diagnostic = try #require(try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any])
        let range = try #require((diagnostic["location"] as? [String: Any])?["range"] as? [String: [String: Int]])
        #expect(range["start"]?["column"] == 3)
        #expect(range["end"]?["column"] == 3 + "ré😀gion".utf8.count, "reviewdog counts columns in UTF-8 bytes")
        #expect((diagnostic["code"] as? [String: Any])?["value"] as? String == "unknown-key")
    }

    @Test func checkstyleParsesAndCarriesEveryFinding() throws {
        let result = try BinaryRunner.run(["--format", "checkstyle", "--fail-on", "never", Self.broken])
        let parser = XMLParser(data: Data(result.stdout.utf8))
        let collector = CheckstyleCollector()
        parser.delegate = collector
        #expect(parser.parse() && parser.parserError == nil, "\(String(describing: parser.parserError))")
        let findings = try Self.jsonFindings()
        #expect(findings.count > 30)
        #expect(collector.errors.count == findings.count)
        #expect(collector.files.count == Fixtures.files(under: Self.broken, where: { !GoldenSampleTests.isSidecar($0) }).count)
        let expected = findings.map { "\($0["path"]!):\($0["line"]!):\($0["column"]!):\($0["severity"]!):connectlint.\($0["ruleId"]!)" }
        #expect(collector.errors.sorted() == expected.sorted())
    }

    @Test(.enabled(if: JSONSchemaValidator.shouldRun, "no Python with jsonschema"))
    func sarifWithACategoryValidatesAndCarriesIt() throws {
        let file = try BinaryRunner.scratchFolder().appendingPathComponent("r.sarif")
        let result = try BinaryRunner.run(["--format", "sarif=\(file.path)", "--sarif-category", "connectlint-prod", "--fail-on", "never", Self.broken])
        #expect(result.status == 0, "\(result.stderr)")
        let sarif = try JSONSerialization.jsonObject(with: Data(contentsOf: file)) as? [String: Any]
        let run = try #require((sarif?["runs"] as? [[String: Any]])?.first)
        #expect((run["automationDetails"] as? [String: Any])?["id"] as? String == "connectlint-prod/")
        #expect(try JSONSchemaValidator.violations(of: [file])[file.path] == [])
    }
}

/// `<file name>` and `<error line column severity source>` of a checkstyle report, as one string per error.
private final class CheckstyleCollector: NSObject, XMLParserDelegate {
    var files: [String] = []
    var errors: [String] = []
    private var file = ""

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String]) {
        if name == "file" { file = attributes["name"] ?? ""; files.append(file) }
        if name == "error" {
            errors.append([file, attributes["line"], attributes["column"], attributes["severity"], attributes["source"]]
                .map { $0 ?? "?" }.joined(separator: ":"))
        }
    }
}
