import LintKit
import RuleFiles

/// A summary and a findings table for pull-request comments and `$GITHUB_STEP_SUMMARY`.
public struct MarkdownReporter: Reporter {
    /// GitHub rejects comments over 65,536 characters; rows stop before the table passes this,
    /// and a last line says how many findings were left out.
    public static let characterBudget = 60_000

    public init() {}

    public func writer(context: ReportContext, output: ReportOutput) -> any ReportWriter {
        CollectingWriter(output: output) { self.render($0, context: context) }
    }

    public func render(_ run: LintRun, context: ReportContext) -> String {
        var output = "## \(ToolInfo.name)\n\n"
        let findings = LocatedFinding.all(in: run, workingDirectory: context.workingDirectory)
        guard !findings.isEmpty else {
            return output + "No problems found: \(Summary.line(for: run)).\n"
        }
        output += "**\(Summary.line(for: run))**\n\n"
        output += "| Severity | Location | Rule | Message |\n"
        output += "| --- | --- | --- | --- |\n"
        for (index, located) in findings.enumerated() {
            let finding = located.finding
            let location = "\(located.relativePath):\(finding.range.start.line):\(finding.range.start.column)"
            var message = Self.escape(finding.message)
            if let help = finding.help { message += "<br>**help:** " + Self.escape(help) }
            let row = "| \(Self.badge(finding.severity)) | \(Self.escape(location)) | \(Self.escape(finding.ruleId)) | \(message) |\n"
            if output.utf16.count + row.utf16.count > Self.characterBudget {
                let left = findings.count - index
                return output + "\n\(Summary.count(left, "more finding")) not shown here; see the full report (text, SARIF or JSON).\n"
            }
            output += row
        }
        return output
    }

    static func badge(_ severity: Severity) -> String {
        switch severity {
        case .error: return "❌ error"
        case .warning: return "⚠️ warning"
        case .info: return "ℹ️ info"
        }
    }

    /// For catalogue text written with Markdown code spans: keeps the spans, but writes `<`, `>` and `&`
    /// outside them as entities so `https://<serviceDomain>/…` is not read as an HTML tag.
    public static func escapeHTML(_ text: String) -> String {
        var output = ""
        var inCode = false
        for character in text {
            if character == "`" { inCode.toggle() }
            switch character {
            case "<" where !inCode: output += "&lt;"
            case ">" where !inCode: output += "&gt;"
            case "&" where !inCode: output += "&amp;"
            default: output.append(character)
            }
        }
        return output
    }

    /// Makes text literal inside a table cell: Markdown punctuation (including `|`, which would end
    /// the cell, and backticks) is backslash-escaped, and line breaks become `<br>`.
    public static func escape(_ text: String) -> String {
        var output = ""
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            defer { previousWasCR = scalar == "\r" }
            switch scalar {
            case "\\", "`", "|", "*", "_", "[", "]", "<", ">", "#", "~", "&", "!":
                output += "\\" + String(scalar)
            case "\r": output += "<br>"
            case "\n": if !previousWasCR { output += "<br>" }
            case _ where scalar.value < 0x20 || scalar.value == 0x7F: output += " "
            default: output.unicodeScalars.append(scalar)
            }
        }
        return output
    }
}
