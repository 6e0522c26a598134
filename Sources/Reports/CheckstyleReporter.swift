import LintKit

/// Checkstyle's XML, which Jenkins warnings-ng, reviewdog (`-f=checkstyle`) and SonarQube read:
/// one `<file>` per linted file, one `<error>` per finding with `source="connectlint.RULE-ID"`.
public struct CheckstyleReporter: Reporter {
    /// The Checkstyle version whose format this is, as Checkstyle writes it in the root element.
    static let formatVersion = "4.3"

    public init() {}

    public func render(_ run: LintRun, context: ReportContext) -> String {
        let located = LocatedFinding.all(in: run, workingDirectory: context.workingDirectory)
        let byPath = Dictionary(grouping: located, by: \.finding.path)
        var output = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<checkstyle version=\"\(Self.formatVersion)\">\n"
        for file in run.files {
            let findings = byPath[file.path] ?? []
            let path = findings.first?.relativePath ?? ReportPath.relative(file.path, to: context.workingDirectory)
            output += "  <file name=\"\(XMLText.escape(path))\""
            guard !findings.isEmpty else { output += "/>\n"; continue }
            output += ">\n"
            for finding in findings.map(\.finding) {
                output += "    <error line=\"\(finding.range.start.line)\" column=\"\(finding.range.start.column)\""
                output += " severity=\"\(finding.severity.rawValue)\" message=\"\(XMLText.escape(finding.messageAndHelp))\""
                output += " source=\"\(XMLText.escape(ToolInfo.name + "." + finding.ruleId))\"/>\n"
            }
            output += "  </file>\n"
        }
        return output + "</checkstyle>\n"
    }
}
