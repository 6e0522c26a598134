import Foundation
import Testing
import TestSupport

/// Adopting connectlint with a baseline, through the binary on a copy of `SampleConfigs/broken`.
@Suite struct BaselineEndToEndTests {
    /// The broken samples (without their golden reports) in a scratch project, under `broken/`.
    static func brokenProject() throws -> ScratchProject {
        let project = try ScratchProject()
        for sample in Fixtures.files(under: "SampleConfigs/broken", where: { !GoldenSampleTests.isSidecar($0) }) {
            let target = project.root.appendingPathComponent("broken/" + sample.dropFirst("SampleConfigs/broken/".count))
            try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: Fixtures.url(sample), to: target)
        }
        return project
    }

    /// Changes a file's bytes as text, keeping bytes that are not UTF-8 (some samples hold such on purpose).
    static func edit(_ project: ScratchProject, _ path: String, _ change: (String) -> String) throws {
        let url = project.root.appendingPathComponent(path)
        let text = try #require(String(data: try Data(contentsOf: url), encoding: .isoLatin1))
        try #require(change(text).data(using: .isoLatin1)).write(to: url)
    }

    /// Every value written after a credential key in the samples, literal or not: none may reach a baseline.
    static func credentialValues() throws -> Set<String> {
        let pattern = try NSRegularExpression(pattern: #"(?:clientSecret|clientId|consumerKey|consumerSecret)["'>]?\s*:?\s*["']?([^\s"'#<,}\]]{8,})"#)
        var values = Set<String>()
        for sample in Fixtures.files(under: "SampleConfigs", where: { !GoldenSampleTests.isSidecar($0) }) {
            let text = String(decoding: try Data(contentsOf: Fixtures.url(sample)), as: UTF8.self)
            for match in pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                guard let range = Range(match.range(at: 1), in: text) else { continue }
                let value = String(text[range])
                if !value.hasPrefix("${"), !value.allSatisfy({ $0 == "*" }) { values.insert(value) }
            }
        }
        return values
    }

    @Test func baselineSurvivesMovedLinesReportsOnlyNewFindingsAndShrinks() throws {
        let project = try Self.brokenProject()
        defer { project.remove() }
        let written = try project.run(["--write-baseline", "baseline.json", "broken"])
        #expect(written.status == 0, "\(written.stdout)\(written.stderr)")
        let baseline = try String(contentsOf: project.root.appendingPathComponent("baseline.json"), encoding: .utf8)
        #expect(baseline.contains("\"path\": \"broken/guide/refresh-token-secret.cyclr.yaml\""))
        #expect(!baseline.contains("\"line\""))
        let secrets = try Self.credentialValues()
        #expect(secrets.count >= 5)
        for secret in secrets { #expect(!baseline.contains(secret), "the baseline holds a credential value: \(secret)") }

        let setups = Fixtures.files(under: "SampleConfigs/broken", where: { !GoldenSampleTests.isSidecar($0) })
            .map { "broken/" + $0.dropFirst("SampleConfigs/broken/".count) }
        for setup in setups { try Self.edit(project, setup) { "# moved down\n\n\n# by three lines and comments\n" + $0 } }
        let moved = try project.json(["--baseline", "baseline.json", "broken"])
        #expect((moved["findings"] as? [Any])?.isEmpty == true, "\(moved["findings"] ?? "")")
        let before = try project.json(["--fail-on", "never", "broken"])
        let total = (before["findings"] as? [Any])?.count ?? 0
        #expect((moved["summary"] as? [String: Any])?["suppressed"] as? Int == total)
        #expect(try project.run(["--baseline", "baseline.json", "broken"]).status == 0)

        try Self.edit(project, "broken/guide/api-name.cyclr.yaml") { $0 + "bogusKey: 1\n" }
        let added = try project.json(["--baseline", "baseline.json", "broken"])
        let findings = try #require(added["findings"] as? [[String: Any]])
        #expect(findings.count == 1)
        #expect(findings.first?["ruleId"] as? String == "unknown-key")
        #expect((findings.first?["message"] as? String)?.contains("bogusKey") == true)

        try Self.edit(project, "broken/guide/refresh-token-secret.cyclr.yaml") {
            $0.replacingOccurrences(of: "requireSecretForRefreshToken: true", with: "requireSecretForRefreshToken: false")
        }
        #expect(try project.run(["--baseline", "baseline.json", "broken"]).status == 0, "a stale entry alone fails only --strict-baseline")
        let strict = try project.run(["--baseline", "baseline.json", "--strict-baseline", "broken"])
        #expect(strict.status == 1)
        #expect(strict.stderr.contains("1 baseline entry of baseline.json matches fewer findings than recorded"), "\(strict.stderr)")
        #expect(strict.stderr.contains("broken/guide/refresh-token-secret.cyclr.yaml: refresh-token-secret at `salesforce.connectedApp.oauth.requireSecretForRefreshToken`"))

        let pruned = try project.run(["baseline", "prune", "baseline.json", "broken"])
        #expect(pruned.status == 0, "\(pruned.stderr)")
        #expect(pruned.stdout.contains("1 entry pruned"), "\(pruned.stdout)")
        let shrunk = try String(contentsOf: project.root.appendingPathComponent("baseline.json"), encoding: .utf8)
        #expect(shrunk.split(separator: "\n").count == baseline.split(separator: "\n").count - 7, "one entry of seven lines is gone")
        #expect(try project.run(["--baseline", "baseline.json", "--strict-baseline", "broken"]).status == 0)
    }

    @Test func baselinedFindingsAreExternalSuppressionsInSARIFAndJSON() throws {
        let project = try ScratchProject(["s.cyclr.yaml": SetupText.clean.replacingOccurrences(of: "  clientId:", with: "  regionn: eu\n  clientId:"),
                                          ".connectlint.yml": "baseline: ci/baseline.json\n"])
        defer { project.remove() }
        try FileManager.default.createDirectory(at: project.root.appendingPathComponent("ci"), withIntermediateDirectories: true)
        #expect(try project.run(["--write-baseline", "ci/baseline.json", "s.cyclr.yaml"]).status == 0)
        let baseline = try String(contentsOf: project.root.appendingPathComponent("ci/baseline.json"), encoding: .utf8)
        #expect(baseline.contains("\"path\": \"../s.cyclr.yaml\""), "paths are relative to the baseline's folder: \(baseline)")
        let json = try project.json(["s.cyclr.yaml"])
        let suppressed = try #require((json["suppressedFindings"] as? [[String: Any]])?.first)
        #expect(suppressed["suppression"] as? String == "external")
        #expect((json["summary"] as? [String: Any])?["suppressed"] as? Int == 1)
        #expect(try project.run(["s.cyclr.yaml"]).stdout.contains("1 suppressed"))
        let sarifRun = try project.run(["--format", "sarif=r.sarif", "s.cyclr.yaml"])
        #expect(sarifRun.status == 0)
        let sarifFile = project.root.appendingPathComponent("r.sarif")
        let sarif = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: sarifFile)) as? [String: Any])
        let results = try #require(((sarif["runs"] as? [[String: Any]])?.first)?["results"] as? [[String: Any]])
        let suppression = try #require((results.first?["suppressions"] as? [[String: Any]])?.first)
        #expect(suppression["kind"] as? String == "external")
        #expect(suppression["justification"] as? String == "in the baseline \(project.root.path)/ci/baseline.json")
        if JSONSchemaValidator.shouldRun {
            #expect(try JSONSchemaValidator.violations(of: [sarifFile]).values.allSatisfy(\.isEmpty))
        }
    }

    @Test(arguments: [
        ("{\"version\": 1, \"findings\": [\n  {\"path\": \"a\", \"rule\": \"x\"\n", "baseline.json:3:1: the baseline is not valid JSON"),
        ("{\"version\": 2, \"findings\": []}\n", "baseline.json:1:13: baseline version must be 1"),
        ("{\"version\": 1, \"findings\": [\n  {\"path\": \"a\", \"rule\": \"x\", \"keyPath\": \"\", \"messageDigest\": \"d\", \"count\": 0}\n]}\n",
         "baseline.json:2:76: `count` must be a whole number of at least 1"),
        ("{\"version\": 1, \"findings\": [\n  {\"path\": \"a\", \"rule\": \"x\", \"keyPath\": \"\", \"count\": 1}\n]}\n",
         "baseline.json:2:3: this entry has no `messageDigest`"),
        ("{\"version\": 1, \"entries\": []}\n", "baseline.json:1:16: unknown key `entries`"),
    ])
    func malformedBaselineIsAUsageErrorAtItsLine(text: String, expected: String) throws {
        let project = try ScratchProject(["s.cyclr.yaml": SetupText.clean, "baseline.json": text])
        defer { project.remove() }
        let result = try project.run(["--baseline", "baseline.json", "s.cyclr.yaml"])
        #expect(result.status == 2)
        #expect(result.stderr.contains(expected), "\(result.stderr)")
    }

    @Test func aMissingBaselineIsAUsageError() throws {
        let project = try ScratchProject(["s.cyclr.yaml": SetupText.clean])
        defer { project.remove() }
        let result = try project.run(["--baseline", "none.json", "s.cyclr.yaml"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("none.json: no such baseline file"), "\(result.stderr)")
    }
}
