import LintKit

/// A summary and a findings table for pull-request comments and `$GITHUB_STEP_SUMMARY`.
public struct MarkdownReporter: Reporter {
    public init() {}

    public func render(_ run: LintRun, context: ReportContext) -> String {
        var output = "## \(ToolInfo.name)\n\n"
        let findings = run.findings
        guard !findings.isEmpty else {
            return output + "No problems found: \(Summary.line(for: run)).\n"
        }
        output += "**\(Summary.line(for: run))**\n\n"
        output += "| Severity | Location | Rule | Message |\n"
        output += "| --- | --- | --- | --- |\n"
        for finding in findings {
            let location = "\(finding.path):\(finding.range.start.line):\(finding.range.start.column)"
            var message = Self.escape(finding.message)
            if let help = finding.help { message += "<br>**help:** " + Self.escape(help) }
            output += "| \(Self.badge(finding.severity)) | \(Self.escape(location)) | \(Self.escape(finding.ruleId)) | \(message) |\n"
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
