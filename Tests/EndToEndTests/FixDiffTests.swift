import Foundation
import Testing
import TestSupport

/// `--diff` writes nothing, exits 1 when there is a change, and prints a patch that gives what `--fix` writes.
@Suite struct FixDiffTests {
    /// The samples whose diff can be applied: a masked secret cannot be (its removed line is masked).
    static let samples = FixSample.all.filter { !$0.input.contains("plaintext-secret") }

    @Test(arguments: samples)
    func diffAppliedGivesWhatFixWrites(_ sample: FixSample) throws {
        let project = try sample.scratchCopy()
        defer { project.remove() }
        let originals = try sample.expected.map { try FixSample.bytes(of: $0.file, in: project) }
        let diff = try project.run(["--color", "never", "--diff"] + sample.arguments + [sample.fileName])
        let changes = try sample.expected.contains { try Fixtures.read($0.file) != Fixtures.read($0.fixed) }
        #expect(diff.status == (changes ? 1 : 0), "\(sample.input): --diff exits \(diff.status)")
        #expect(try sample.expected.map { try FixSample.bytes(of: $0.file, in: project) } == originals, "--diff changed a file")
        guard changes else { #expect(diff.stdout.isEmpty); return }
        try Data(diff.stdout.utf8).write(to: project.root.appendingPathComponent("fix.patch"))
        let apply = try Self.git(["apply", "--whitespace=nowarn", "fix.patch"], in: project.root)
        #expect(apply.status == 0, "git apply: \(apply.stderr)\n\(diff.stdout)")
        for (file, fixed) in sample.expected {
            #expect(try FixSample.bytes(of: file, in: project) == (try Data(contentsOf: Fixtures.url(fixed))), "the diff applied to \(file) is not \(fixed)")
        }
    }

    @Test func aSecretNeverAppearsInTheDiff() throws {
        let sample = FixSample.named("plaintext-secret.cyclr.yaml")
        let secret = try #require(try Fixtures.read(sample.input).firstMatch(of: #/clientSecret: (\S+)/#)).1
        let project = try sample.scratchCopy()
        defer { project.remove() }
        let diff = try project.run(["--color", "never", "--diff"] + sample.arguments + [sample.fileName])
        #expect(diff.status == 1)
        #expect(diff.stdout.contains("+  clientSecret: ${SALESFORCE_CONSUMER_SECRET}"), "\(diff.stdout)")
        #expect(!diff.stdout.contains(secret) && !diff.stderr.contains(secret))
        #expect(try FixSample.bytes(of: sample.input, in: project) == Data(contentsOf: Fixtures.url(sample.input)))
    }

    /// 5,000 repeats of one key, each removed by a fix: `--diff` stays within the hostile inputs' bounds (comparing the
    /// texts whole took 800 MB here, and 6 GB for 20,000), and its patch still gives what `--fix` writes.
    @Test func aDiffRemovingThousandsOfLinesStaysSmallAndApplies() throws {
        let folder = try BinaryRunner.scratchFolder(), fixed = folder.appendingPathComponent("fixed")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: fixed, withIntermediateDirectories: true)
        let text = Data(("version: 1\ncyclr:\n  serviceDomain: acme-h.cyclr.com\n" + String(repeating: "\nversion: 1\n", count: 5_000)).utf8)
        for place in [folder, fixed] { try text.write(to: place.appendingPathComponent("setup.cyclr.yaml")) }
        let diff = try BoundedRun.run(["--color", "never", "--diff", "setup.cyclr.yaml"], in: folder)
        #expect(diff.status == 1 && diff.cpuSeconds < 3 && diff.peakMegabytes < 256, "\(diff.summary)")
        #expect(diff.stdout.hasPrefix("--- a/setup.cyclr.yaml\n+++ b/setup.cyclr.yaml\n@@ -"), "\(diff.summary)")
        _ = try BinaryRunner.run(["--fix", "setup.cyclr.yaml"], in: fixed)
        try FileManager.default.moveItem(at: folder.appendingPathComponent(".stdout"), to: folder.appendingPathComponent("fix.patch"))
        let apply = try Self.git(["apply", "--whitespace=nowarn", "fix.patch"], in: folder)
        #expect(apply.status == 0, "git apply: \(apply.stderr)")
        let patched = try Data(contentsOf: folder.appendingPathComponent("setup.cyclr.yaml"))
        #expect(patched == (try Data(contentsOf: fixed.appendingPathComponent("setup.cyclr.yaml"))))
        #expect(patched.count < text.count / 10, "the fixes removed the repeats")
    }

    static func git(_ arguments: [String], in folder: URL) throws -> (status: Int32, stderr: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git"] + arguments
        process.currentDirectoryURL = folder
        let err = Pipe()
        process.standardError = err
        try process.run()
        let message = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, message)
    }
}
