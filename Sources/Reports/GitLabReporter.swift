import LintKit

/// GitLab Code Quality JSON (a CodeClimate subset), shown in merge requests when a job uploads it
/// as `artifacts:reports:codequality`.
///
/// Severity mapping: error -> `major`, warning -> `minor`, info -> `info`. `critical` and `blocker`
/// are left for security scanners: a setup mistake breaks an integration, it is not a vulnerability.
public struct GitLabReporter: Reporter {
    public init() {}

    public func render(_ run: LintRun, context: ReportContext) -> String {
        let issues = LocatedFinding.all(in: run, workingDirectory: context.workingDirectory).map { located -> JSONValue in
            let finding = located.finding
            var members: [(String, JSONValue)] = [
                ("type", .string("issue")),
                ("check_name", .string(finding.ruleId)),
                ("description", .string(finding.message)),
            ]
            if let help = finding.help { members.append(("content", .object([("body", .string(help))]))) }
            members += [
                ("categories", .array([.string(category(for: finding.ruleId, in: context.catalog))])),
                ("fingerprint", .string(located.fingerprint)),
                ("severity", .string(Self.severity(finding.severity))),
                ("location", .object([
                    ("path", .string(located.relativePath)),
                    ("lines", .object([("begin", .number(finding.range.start.line)), ("end", .number(finding.range.end.line))])),
                ])),
            ]
            return .object(members)
        }
        return JSONValue.array(issues).rendered() + "\n"
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
    private func category(for ruleId: String, in catalog: RuleCatalog) -> String {
        catalog.rule(ruleId)?.tags.contains(.security) == true ? "Security" : "Bug Risk"
    }
}
