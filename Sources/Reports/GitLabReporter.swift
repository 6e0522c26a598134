import LintKit
import RuleFiles

/// GitLab Code Quality JSON (a CodeClimate subset), shown in merge requests when a job uploads it
/// as `artifacts:reports:codequality`.
///
/// Severity mapping: error -> `major`, warning -> `minor`, info -> `info`. `critical` and `blocker`
/// are left for security scanners: a setup mistake breaks an integration, it is not a vulnerability.
public struct GitLabReporter: Reporter {
    public init() {}

    public func writer(context: ReportContext, output: ReportOutput) -> any ReportWriter { Writer(context: context, output: output) }

    final class Writer: ReportWriter {
        let context: ReportContext
        let output: ReportOutput
        private var locator: FindingLocator
        private var issues = JSONArrayWriter(indent: 0)

        init(context: ReportContext, output: ReportOutput) {
            self.context = context
            self.output = output
            locator = FindingLocator(workingDirectory: context.workingDirectory)
        }

        func add(_ file: FileResult) {
            var text = ""
            for finding in file.findings { text += issues.item(GitLabReporter.issue(locator.locate(finding), catalog: context.catalog)) }
            output.write(text)
        }

        func finish(_ totals: RunTotals) {
            output.write(issues.close() + "\n")
        }
    }

    static func issue(_ located: LocatedFinding, catalog: RuleCatalog) -> JSONValue {
        let finding = located.finding
        var members: [(String, JSONValue)] = [
            ("type", .string("issue")),
            ("check_name", .string(finding.ruleId)),
            ("description", .string(finding.message)),
        ]
        if let help = finding.help { members.append(("content", .object([("body", .string(help))]))) }
        members += [
            ("categories", .array([.string(category(for: finding.ruleId, in: catalog))])),
            ("fingerprint", .string(located.fingerprint)),
            ("severity", .string(severity(finding.severity))),
            ("location", .object([
                ("path", .string(located.relativePath)),
                ("lines", .object([("begin", .number(finding.range.start.line)), ("end", .number(finding.range.end.line))])),
            ])),
        ]
        return .object(members)
    }

    public static func severity(_ severity: Severity) -> String {
        switch severity {
        case .error: return "major"
        case .warning: return "minor"
        case .info: return "info"
        }
    }

    /// CodeClimate categories: rules tagged `security` (a leakable secret) are Security, everything else is a
    /// Bug Risk for the OAuth setup.
    private static func category(for ruleId: String, in catalog: RuleCatalog) -> String {
        catalog.rule(ruleId)?.tags.contains(.security) == true ? "Security" : "Bug Risk"
    }
}
