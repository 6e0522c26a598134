import Foundation
import Testing
import TestSupport

/// What `--fix` refuses, and `--fix -`.
@Suite struct FixSafetyTests {
    /// Renaming `callbackURL` to `callbackUrls` beside an existing `callbackUrls` would repeat the key: the file is
    /// left byte for byte, and standard error says why.
    @Test func aFixThatWouldBreakTheFileLeavesItAsItWas() throws {
        let input = "SampleConfigs/fix/refused/callbackURL-rename.cyclr.yaml"
        let project = try ScratchProject()
        defer { project.remove() }
        let original = try Data(contentsOf: Fixtures.url(input))
        try original.write(to: project.root.appendingPathComponent("s.cyclr.yaml"))
        let result = try project.run(["--color", "never", "--unsafe-fixes", "s.cyclr.yaml"])
        #expect(try Data(contentsOf: project.root.appendingPathComponent("s.cyclr.yaml")) == original)
        #expect(result.stderr.contains("s.cyclr.yaml: the fixes would add an error (duplicate-key"), "\(result.stderr)")
        #expect(result.stderr.contains("so the file was left as it was"))
        #expect(result.stdout.contains("[unknown-key]"), "the finding remains: \(result.stdout)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: project.root.path) == ["s.cyclr.yaml"], "no temporary file is left")
    }

    @Test func fixWithStandardInputPrintsTheFixedText() throws {
        let sample = FixSample.named("wrong-type-yaml11-boolean.cyclr.yaml")
        let result = try BinaryRunner.run(["--color", "never", "--fix", "-"], stdin: Data(contentsOf: Fixtures.url(sample.input)))
        #expect(result.stdout == (try Fixtures.read(sample.input + ".fixed")))
        #expect(result.stderr.contains("2 fixed"), "the report goes to standard error: \(result.stderr)")
    }
}
