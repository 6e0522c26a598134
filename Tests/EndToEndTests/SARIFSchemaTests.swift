import Foundation
import Testing
import TestSupport

/// SARIF output checked against the official 2.1.0 schema. In CI (`CI=true`) a missing validator
/// is a failure, never a silent pass.
@Suite(.enabled(if: JSONSchemaValidator.shouldRun, "no Python with jsonschema (set up .venv as .ci/run does)"))
struct SARIFSchemaTests {
    /// Every sample connectlint is given (setups, Salesforce metadata), not the golden reports and their arguments.
    static let sampleFiles = Fixtures.files(under: "SampleConfigs") { !GoldenSampleTests.isSidecar($0) }

    @Test func validatorIsAvailable() {
        if JSONSchemaValidator.python == nil { Issue.record(Comment(rawValue: JSONSchemaValidator.missingValidator)) }
    }

    @Test func everySampleConfigGivesValidSARIF() throws {
        #expect(Self.sampleFiles.count >= 10)
        let folder = try BinaryRunner.scratchFolder()
        var reports: [URL] = []
        for (index, sample) in Self.sampleFiles.enumerated() {
            let report = folder.appendingPathComponent("\(index).sarif")
            let result = try BinaryRunner.run(["--format", "sarif=\(report.path)", "--fail-on", "never", sample])
            #expect(result.status == 0, "\(sample): \(result.stderr)")
            reports.append(report)
        }
        let violations = try JSONSchemaValidator.violations(of: reports)
        for (index, sample) in Self.sampleFiles.enumerated() {
            let problems = violations[reports[index].path]
            #expect(problems == [], "\(sample) gives SARIF that breaks the schema: \(problems ?? ["not validated"])")
        }
    }

    @Test func committedSARIFGoldensValidate() throws {
        let goldens = BinaryRunner.packageRoot.appendingPathComponent("Tests/ReportsTests/Goldens")
        let files = try FileManager.default.contentsOfDirectory(at: goldens, includingPropertiesForKeys: nil)
            .filter { $0.lastPathComponent.hasSuffix(".sarif.json") }
        #expect(files.count >= 2)
        for (file, problems) in try JSONSchemaValidator.violations(of: files) {
            #expect(problems.isEmpty, "\(file): \(problems)")
        }
    }

    @Test func theValidatorRejectsBrokenSARIF() throws {
        let file = try BinaryRunner.scratchFolder().appendingPathComponent("broken.sarif")
        try Data(#"{"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "x"}}, "results": [{"message": {"text": "m"}, "level": "fatal"}]}]}"#.utf8).write(to: file)
        #expect(try JSONSchemaValidator.violations(of: [file])[file.path]?.isEmpty == false)
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: JSONSchemaValidator.sharedSchema.path)))
    func committedSchemaEqualsTheSharedOne() throws {
        #expect(try Data(contentsOf: JSONSchemaValidator.schema) == Data(contentsOf: JSONSchemaValidator.sharedSchema))
    }
}
