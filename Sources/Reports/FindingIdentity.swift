import LintKit
import RuleFiles

/// Where a finding is for tools that live in a repository (SARIF, GitHub, GitLab, JUnit), and an
/// identity for it that survives lines moving: path, rule and key path — never a line, never a value.
public struct LocatedFinding: Sendable {
    public let finding: Finding
    /// The path relative to the working directory when the file is under it, else absolute.
    public let relativePath: String
    /// SHA-256 hex of path, rule, key path and the occurrence number among findings sharing those
    /// three (a file with several documents may repeat a key path), so each finding's is unique.
    public let fingerprint: String

    /// The run's findings in report order, located and fingerprinted.
    public static func all(in run: LintRun, workingDirectory: String) -> [LocatedFinding] {
        var locator = FindingLocator(workingDirectory: workingDirectory)
        return run.findings.map { locator.locate($0) }
    }
}

extension Finding {
    /// The message, then the help on a line of its own, for formats that show one block of text.
    var messageAndHelp: String {
        help.map { message + "\nhelp: " + $0 } ?? message
    }
}

extension RuleDescription {
    /// The rule's file in the repository, for reports that link each rule to its documentation.
    var helpURI: String? {
        file.isEmpty ? nil : ToolInfo.informationURI + "/blob/main/" + file
    }
}
