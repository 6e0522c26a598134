import FoundationEssentials
import SourceText
import LintKit

/// The files changed since a git revision, for `--changed-since`: committed since it, staged, unstaged and
/// untracked (but not ignored), as paths with links resolved.
enum GitChanges {
    static func files(changedSince revision: String) throws -> Set<String> {
        let folder = FileManager.default.currentDirectoryPath
        guard let top = try? git(["rev-parse", "--show-toplevel"], in: folder).trimmingLineBreaks(), !top.isEmpty else {
            throw LintUsageError("--changed-since needs a git repository, and \(folder) is not inside one (or git is not installed)")
        }
        guard (try? git(["rev-parse", "--verify", "--quiet", "--end-of-options", revision + "^{commit}"], in: top)) != nil else {
            throw LintUsageError("--changed-since \(revision): git knows no such revision in \(top)")
        }
        let changed = try git(["diff", "--name-only", "-z", "--no-renames", revision, "--"], in: top)
            + "\u{0}" + git(["ls-files", "--others", "--exclude-standard", "-z"], in: top)
        return Set(changed.split(separator: "\u{0}").map { Linter.resolved(top + "/" + $0) })
    }

    struct Failed: Error {}

    /// Git's standard output, or `Failed` when it exits with a failure.
    static func git(_ arguments: [String], in folder: String) throws -> String {
        guard let output = ChildProcess.output(of: ["git", "-C", folder] + arguments) else { throw Failed() }
        return String(decoding: output, as: UTF8.self)
    }
}
