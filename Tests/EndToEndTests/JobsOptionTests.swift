import Foundation
import Testing
import TestSupport

@Suite struct JobsOptionTests {
    @Test func theReportIsTheSameForEveryJobCount() throws {
        let one = try BinaryRunner.run(["--jobs", "1", "--format", "json", "SampleConfigs"])
        let many = try BinaryRunner.run(["--jobs", "8", "--format", "json", "SampleConfigs"])
        #expect(one.status == 1, "\(one.stderr)")
        #expect(one.stdout == many.stdout)
        #expect(one.stdout.contains("\"findings\""))
    }

    @Test func zeroJobsIsAUsageError() throws {
        let result = try BinaryRunner.run(["--jobs", "0", "SampleConfigs/valid"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("--jobs must be at least 1"))
    }

    @Test func aFileSizeLimitOfZeroIsAUsageError() throws {
        let result = try BinaryRunner.run(["--max-file-size", "0", "SampleConfigs/valid"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("--max-file-size is in MiB"))
    }

    @Test func aLoweredFileSizeLimitGivesInputLimit() throws {
        let folder = try BinaryRunner.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("padded.cyclr.yaml")
        try Data(("version: 1\n" + String(repeating: "# padding\n", count: 120_000)).utf8).write(to: file)
        let result = try BinaryRunner.run(["--max-file-size", "1", file.path])
        #expect(result.status == 1)
        #expect(result.stdout.contains("the input is over the 1 MiB limit; it was not read [input-limit]"), "\(result.stdout)")
    }
}
