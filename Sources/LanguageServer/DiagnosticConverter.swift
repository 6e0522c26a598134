import LintKit
import RuleFiles

/// Findings as LSP diagnostics.
enum DiagnosticConverter {
    static func diagnostic(_ finding: Finding, lines: LineTable, encoding: PositionEncoding) -> LSPDiagnostic {
        let message = finding.help.map { "\(finding.message)\n\($0)" } ?? finding.message
        return LSPDiagnostic(range: lines.range(finding.range, in: encoding), severity: severity(finding.severity), code: finding.ruleId,
                             source: "connectlint", message: message, relatedInformation: nil)
    }

    static func diagnostics(_ file: LintedFile, encoding: PositionEncoding) -> [LSPDiagnostic] {
        file.findings.map { diagnostic($0, lines: file.lines, encoding: encoding) }
    }

    static func severity(_ severity: Severity) -> Int {
        switch severity {
        case .error: return 1
        case .warning: return 2
        case .info: return 3
        }
    }
}
