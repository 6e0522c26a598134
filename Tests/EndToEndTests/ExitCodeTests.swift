import Foundation
import Testing
import TestSupport

@Suite struct ExitCodeTests {
    @Test func validSamplesExitZero() throws {
        let result = try BinaryRunner.run(["SampleConfigs/valid"])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.contains("0 errors, 0 warnings"))
    }

    @Test func findingsExitOne() throws {
        let result = try BinaryRunner.run(["-", "--stdin-filename", "piped.cyclr.yaml"], stdin: Data("version: 2\n".utf8))
        #expect(result.status == 1)
        #expect(result.stdout.contains("piped.cyclr.yaml:1:10: error: format version 2 is not supported"))
    }

    @Test func missingPathExitsTwo() throws {
        let result = try BinaryRunner.run(["no/such/setup.cyclr.yaml"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("no such file or directory"))
    }

    @Test func badOptionExitsTwo() throws {
        let result = try BinaryRunner.run(["--format", "pdf", "SampleConfigs/valid"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("pdf"))
    }

    @Test func failOnNeverExitsZero() throws {
        let result = try BinaryRunner.run(["--fail-on", "never", "-"], stdin: Data("version: 2\n".utf8))
        #expect(result.status == 0)
    }

    @Test func versionPrintsVersion() throws {
        let result = try BinaryRunner.run(["--version"])
        #expect(result.status == 0)
        #expect(result.stdout.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: ".").count == 3)
    }
}
