import Foundation
import Testing

/// Every `SampleConfigs/broken/**/*.cyclr.yaml` (and `.yml`) sits beside `NAME.out`, the exact text
/// report of `connectlint --fail-on info --color never PATH` run from the package root. `UPDATE_GOLDENS=1 swift test
/// --filter GoldenSampleTests` rewrites them; review the diff before committing.
@Suite struct GoldenSampleTests {
    static let brokenSamples: [String] = {
        let root = BinaryRunner.packageRoot.appendingPathComponent("SampleConfigs/broken")
        let enumerator = FileManager.default.enumerator(atPath: root.path)
        var found: [String] = []
        while let relative = enumerator?.nextObject() as? String {
            if relative.hasSuffix(".cyclr.yaml") || relative.hasSuffix(".cyclr.yml") { found.append("SampleConfigs/broken/" + relative) }
        }
        return found.sorted()
    }()

    @Test func thereAreBrokenSamples() {
        #expect(Self.brokenSamples.count >= 10)
    }

    @Test(arguments: brokenSamples)
    func brokenSampleMatchesGolden(_ sample: String) throws {
        // `--fail-on info` so that samples showing a warning or an info rule fail too; the report is the same.
        let result = try BinaryRunner.run(["--fail-on", "info", "--color", "never", sample])
        #expect(result.status == 1, "a broken sample must fail: \(sample)")
        try Self.expect(result.stdout, matchesGolden: Self.goldenPath(for: sample), of: sample)
    }

    /// Compares a report with its golden file (package-relative), or rewrites the file under `UPDATE_GOLDENS=1`.
    static func expect(_ report: String, matchesGolden goldenPath: String, of sample: String) throws {
        let golden = BinaryRunner.packageRoot.appendingPathComponent(goldenPath)
        if ProcessInfo.processInfo.environment["UPDATE_GOLDENS"] == "1" {
            try Data(report.utf8).write(to: golden)
            return
        }
        let expected = try String(contentsOf: golden, encoding: .utf8)
        #expect(report == expected, "\(sample) no longer prints \(golden.lastPathComponent)")
    }

    @Test func validSamplesHaveNoErrorsOrWarnings() throws {
        let result = try BinaryRunner.run(["--fail-on", "warning", "--color", "never", "SampleConfigs/valid"])
        #expect(result.status == 0, "\(result.stdout)")
    }

    static func goldenPath(for sample: String) -> String {
        for suffix in [".cyclr.yaml", ".cyclr.yml"] where sample.hasSuffix(suffix) {
            return String(sample.dropLast(suffix.count)) + ".out"
        }
        return sample + ".out"
    }
}
