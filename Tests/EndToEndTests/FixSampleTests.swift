import Foundation
import Testing
import TestSupport

/// Every fix sample through the built binary, on a scratch copy: `--fix` leaves exactly the expected text,
/// keeps every comment but the suppressions it removes, and a second run changes nothing.
@Suite struct FixSampleTests {
    /// The rules with a fix, as the text report names them; each must have a sample.
    static let fixableRules = [
        "refresh-token-secret", "scope-refresh-token", "callback-url", "oauth-disabled", "wrong-type", "service-domain-format",
        "metadata-element-order", "unused-suppression", "duplicate-key", "scope-data-access", "refresh-token-policy",
        "plaintext-secret", "unknown-key", "unknown-scope", "api-name",
    ]

    @Test func everyFixableRuleHasASample() throws {
        var shown: Set<String> = []
        for sample in FixSample.all {
            let report = try BinaryRunner.run(["--color", "never", "--fail-on", "never"] + sample.arguments.filter { $0 != "--unsafe-fixes" } + [sample.input])
            for finding in report.stdout.components(separatedBy: "\n\n") where finding.contains("\n  fix: ") {
                if let rule = finding.firstMatch(of: #/\[([a-z0-9-]+)\]\n/#) { shown.insert(String(rule.1)) }
            }
        }
        #expect(Set(Self.fixableRules).subtracting(shown) == [], "no fix sample shows a fix of these rules")
        #expect(FixSample.all.contains { $0.input.hasSuffix(".connectedApp-meta.xml") })
        #expect(FixSample.all.contains { $0.input.hasSuffix(".ecaGlblOauth-meta.xml") && $0.expected.count == 2 })
    }

    /// A sample shows a fix: its expected text differs from it, but where nothing may be fixed.
    @Test(arguments: FixSample.all)
    func aSampleHasSomethingToFix(_ sample: FixSample) throws {
        let changes = try sample.expected.contains { try Data(contentsOf: Fixtures.url($0.file)) != Data(contentsOf: Fixtures.url($0.fixed)) }
        #expect(changes != sample.input.hasSuffix("/suppressed.cyclr.yaml"), "\(sample.input) and its expected text")
    }

    @Test(arguments: FixSample.all)
    func fixGivesTheExpectedText(_ sample: FixSample) throws {
        let project = try sample.scratchCopy()
        defer { project.remove() }
        let result = try project.run(["--color", "never", "--fix"] + sample.arguments + [sample.fileName])
        #expect(!result.stderr.contains("left as it was"), "\(sample.input): \(result.stderr)")
        for (file, fixed) in sample.expected {
            let written = try FixSample.bytes(of: file, in: project)
            #expect(written == (try Data(contentsOf: Fixtures.url(fixed))), "\(file) after --fix is not \(fixed):\n\(String(decoding: written, as: UTF8.self))")
            let before = FixSample.comments(in: try Fixtures.read(file)), after = FixSample.comments(in: String(decoding: written, as: UTF8.self))
            for comment in before where !comment.contains("connectlint-disable") {
                #expect(after.contains(comment), "\(file) lost the comment `\(comment)`")
            }
        }
        let again = try project.run(["--color", "never", "--fix"] + sample.arguments + [sample.fileName])
        #expect(again.stdout.firstMatch(of: #/[1-9][0-9]* fixed/#) == nil, "a second run fixed more: \(again.stdout)")
        for (file, fixed) in sample.expected {
            #expect(try FixSample.bytes(of: file, in: project) == (try Data(contentsOf: Fixtures.url(fixed))), "a second run changed \(file)")
        }
    }

    @Test func aSuppressedFindingIsNeverFixed() throws {
        let sample = FixSample.named("suppressed.cyclr.yaml")
        #expect(try Fixtures.read(sample.input) == (try Fixtures.read(sample.input + ".fixed")))
        let project = try sample.scratchCopy()
        defer { project.remove() }
        let result = try project.run(["--color", "never", "--unsafe-fixes", sample.fileName])
        #expect(result.stdout.contains("in 1 file, 1 suppressed") && result.stdout.firstMatch(of: #/[1-9][0-9]* fixed/#) == nil, "\(result.stdout)")
    }

    @Test func theByteOrderMarkAndCRLFLineEndsStay() throws {
        let fixed = try Data(contentsOf: Fixtures.url(FixSample.named("crlf-bom.cyclr.yaml").input + ".fixed"))
        #expect(fixed.starts(with: [0xEF, 0xBB, 0xBF]))
        let text = String(decoding: fixed, as: UTF8.self)
        #expect(!text.replacingOccurrences(of: "\r\n", with: "").contains("\n"), "a line ends without CR")
    }
}
