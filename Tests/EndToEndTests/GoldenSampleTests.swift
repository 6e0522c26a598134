import Foundation
import LintKit
import Testing
import TestSupport

/// Every file under `SampleConfigs/` with a golden `NAME.out` beside it is a golden sample: the one
/// other file of that folder named `NAME.<anything>`. `NAME.out` is the exact text report of
/// `connectlint --fail-on info --color never ARGS… SAMPLE` run from the package root, where ARGS come
/// from the optional sidecar `NAME.args`: one argument per line, taken as written (no quoting);
/// blank lines and lines starting with `#` are skipped. For example, a Salesforce metadata file
/// linted without a setup YAML has a `NAME.args` holding the two lines `--service-domain` and
/// `acme-h.cyclr.com`.
///
/// A fix sample's expected text (`X.fixed`, see `FixSample`) is a sidecar too.
///
/// `UPDATE_GOLDENS=1 swift test --filter GoldenSampleTests` rewrites the goldens; review the diff before committing.
@Suite struct GoldenSampleTests {
    struct Sample: CustomTestStringConvertible, Sendable {
        /// Package-relative paths.
        let input: String
        let golden: String
        let arguments: [String]
        var testDescription: String { input }
    }

    static let sidecarExtensions: Set<String> = ["out", "args", "fixed"]

    static let samples: [Sample] = Fixtures.files(under: "SampleConfigs") { $0.hasSuffix(".out") }.map(sample(for:))

    static func sample(for golden: String) -> Sample {
        let stem = String(golden.dropLast(".out".count))
        let folder = (stem as NSString).deletingLastPathComponent
        let name = (stem as NSString).lastPathComponent + "."
        let inputs = ((try? FileManager.default.contentsOfDirectory(atPath: Fixtures.path(folder))) ?? [])
            .filter { $0.hasPrefix(name) && !isSidecar($0) }
        precondition(inputs.count == 1, "\(golden) needs exactly one sample beside it named \(name)*, not \(inputs)")
        let arguments = (try? Fixtures.read(stem + ".args")).map(parseArguments) ?? []
        return Sample(input: folder + "/" + inputs[0], golden: golden, arguments: arguments)
    }

    static func isSidecar(_ path: String) -> Bool { sidecarExtensions.contains((path as NSString).pathExtension) }

    static func parseArguments(_ text: String) -> [String] {
        text.split(separator: "\n").map(String.init)
            .filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty && !$0.hasPrefix("#") }
    }

    @Test func thereAreGoldenSamples() {
        #expect(Self.samples.count >= 40)
    }

    @Test(arguments: samples)
    func sampleMatchesGolden(_ sample: Sample) throws {
        // `--fail-on info` so that samples showing a warning or an info rule fail too; the report is the same.
        let result = try BinaryRunner.run(["--fail-on", "info", "--color", "never"] + sample.arguments + [sample.input])
        let clean = result.stdout.hasPrefix("0 errors, 0 warnings, 0 infos")
        #expect(result.status == (clean ? 0 : 1), "\(sample.input) exits \(result.status): \(result.stderr)")
        if ProcessInfo.processInfo.environment["UPDATE_GOLDENS"] == "1" {
            try Data(result.stdout.utf8).write(to: Fixtures.url(sample.golden))
            return
        }
        #expect(result.stdout == (try Fixtures.read(sample.golden)), "\(sample.input) no longer prints \(sample.golden)")
    }

    /// The goldens show every guide check at work, and name only rules of the catalogue.
    @Test func theGoldensShowEveryGuideCheck() throws {
        let goldens = try Self.samples.map { try Fixtures.read($0.golden) }.joined()
        for rule in RuleCatalog.builtIn.rules {
            if case .reader = rule.check { continue }
            #expect(goldens.contains("[\(rule.id)]"), "no golden sample shows \(rule.id)")
        }
        let named = goldens.matches(of: #/\[([a-z0-9]+(?:-[a-z0-9]+)+)\]\n/#).map { String($0.1) }
        #expect(!named.isEmpty && Set(named).subtracting(RuleCatalog.builtIn.ids) == [])
    }

    @Test func validSamplesHaveNoErrorsOrWarnings() throws {
        let result = try BinaryRunner.run(["--fail-on", "warning", "--color", "never", "SampleConfigs/valid"])
        #expect(result.status == 0, "\(result.stdout)")
    }
}
