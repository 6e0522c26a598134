import Foundation
import Testing
import TestSupport

/// `--changed-since REF` in a real scratch git repository: only what changed since REF is linted
/// (committed, staged, unstaged, untracked), plus the setup whose linked metadata changed.
@Suite struct ChangedSinceTests {
    static let metadata = "acme/force-app/main/default/connectedApps/Acme_Cyclr_Integration.connectedApp-meta.xml"

    static func git(_ arguments: [String], in folder: URL) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-c", "user.name=connectlint tests", "-c", "user.email=tests@connectlint.invalid",
                             "-c", "commit.gpgsign=false", "-c", "init.defaultBranch=main"] + arguments
        process.currentDirectoryURL = folder
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "git \(arguments.joined(separator: " ")) failed")
    }

    /// The paths a checkstyle report lists: every file the run linted.
    static func lintedFiles(_ project: ScratchProject, _ arguments: [String]) throws -> [String] {
        let result = try project.run(arguments + ["--format", "checkstyle", "--fail-on", "never"])
        #expect(result.status == 0, "\(result.stderr)")
        let pattern = try NSRegularExpression(pattern: #"<file name="([^"]+)""#)
        return pattern.matches(in: result.stdout, range: NSRange(result.stdout.startIndex..., in: result.stdout)).compactMap {
            Range($0.range(at: 1), in: result.stdout).map { String(result.stdout[$0]) }
        }
    }

    @Test func lintsExactlyTheFilesChangedSinceTheRevision() throws {
        let valid = try Fixtures.read("SampleConfigs/valid/production.cyclr.yaml")
        let project = try ScratchProject([
            "committed.cyclr.yaml": valid, "staged.cyclr.yaml": valid, "unstaged.cyclr.yaml": valid, "untouched.cyclr.yaml": valid,
            "acme/acme.cyclr.yaml": try Fixtures.read("SampleConfigs/metadata/acme-project/acme.cyclr.yaml"),
            Self.metadata: try Fixtures.read("SampleConfigs/metadata/acme-project/force-app/main/default/connectedApps/Acme_Cyclr_Integration.connectedApp-meta.xml"),
        ])
        defer { project.remove() }
        try Self.git(["init", "-q"], in: project.root)
        try Self.git(["add", "-A"], in: project.root)
        try Self.git(["commit", "-q", "-m", "first"], in: project.root)
        try project.write("committed.cyclr.yaml", valid + "bogus: 1\n")
        try Self.git(["commit", "-q", "-am", "second"], in: project.root)
        try project.write("staged.cyclr.yaml", valid + "bogus: 2\n")
        try Self.git(["add", "staged.cyclr.yaml"], in: project.root)
        try project.write("unstaged.cyclr.yaml", valid + "bogus: 3\n")
        try project.write("new.cyclr.yaml", valid)

        #expect(try Self.lintedFiles(project, ["--changed-since", "HEAD~1"])
                == ["committed.cyclr.yaml", "new.cyclr.yaml", "staged.cyclr.yaml", "unstaged.cyclr.yaml"])
        #expect(try Self.lintedFiles(project, ["--changed-since", "HEAD"]) == ["new.cyclr.yaml", "staged.cyclr.yaml", "unstaged.cyclr.yaml"])
        #expect(try Self.lintedFiles(project, ["."]).count == 7)

        try Self.edit(project, Self.metadata) { $0.replacingOccurrences(of: "</label>", with: "</label>\n    <!-- edited -->") }
        #expect(try Self.lintedFiles(project, ["--changed-since", "HEAD", "acme"]) == ["acme/acme.cyclr.yaml", Self.metadata],
                "the setup linking the changed metadata is linted with it")
    }

    static func edit(_ project: ScratchProject, _ path: String, _ change: (String) -> String) throws {
        try project.write(path, change(try String(contentsOf: project.root.appendingPathComponent(path), encoding: .utf8)))
    }

    @Test func outsideAGitRepositoryOrWithAnUnknownRevisionIsAUsageError() throws {
        let project = try ScratchProject(["s.cyclr.yaml": try Fixtures.read("SampleConfigs/valid/production.cyclr.yaml")])
        defer { project.remove() }
        let outside = try BinaryRunner.run(["--changed-since", "HEAD~1", "s.cyclr.yaml"], in: project.root,
                                           environment: ["GIT_CEILING_DIRECTORIES": project.root.deletingLastPathComponent().path])
        #expect(outside.status == 2)
        #expect(outside.stderr.contains("--changed-since needs a git repository"), "\(outside.stderr)")
        try Self.git(["init", "-q"], in: project.root)
        let unknown = try project.run(["--changed-since", "no-such-branch", "s.cyclr.yaml"])
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("--changed-since no-such-branch: git knows no such revision"), "\(unknown.stderr)")
    }
}
