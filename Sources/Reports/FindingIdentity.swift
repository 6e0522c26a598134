import LintKit

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
        var occurrences: [String: Int] = [:]
        return locate(run.findings, workingDirectory: workingDirectory, occurrences: &occurrences)
    }

    /// The run's findings and then its suppressed ones, fingerprinted in one pass so no two share a fingerprint.
    public static func allWithSuppressed(in run: LintRun, workingDirectory: String) -> (active: [LocatedFinding], suppressed: [LocatedFinding]) {
        var occurrences: [String: Int] = [:]
        let active = locate(run.findings, workingDirectory: workingDirectory, occurrences: &occurrences)
        let suppressed = locate(run.suppressedFindings.map(\.finding), workingDirectory: workingDirectory, occurrences: &occurrences)
        return (active, suppressed)
    }

    private static func locate(_ findings: [Finding], workingDirectory: String, occurrences: inout [String: Int]) -> [LocatedFinding] {
        findings.map { finding in
            let path = ReportPath.relative(finding.path, to: workingDirectory)
            let identity = [path, finding.ruleId, finding.keyPath].joined(separator: "\u{0}")
            let occurrence = occurrences[identity, default: 0]
            occurrences[identity] = occurrence + 1
            return LocatedFinding(finding: finding, relativePath: path,
                                  fingerprint: SHA256.hex(identity + "\u{0}" + String(occurrence)))
        }
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
