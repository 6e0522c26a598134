import LintKit

/// Checkstyle's XML, which Jenkins warnings-ng, reviewdog (`-f=checkstyle`) and SonarQube read:
/// one `<file>` per linted file, one `<error>` per finding with `source="connectlint.RULE-ID"`.
public struct CheckstyleReporter: Reporter {
    /// The Checkstyle version whose format this is, as Checkstyle writes it in the root element.
    static let formatVersion = "4.3"

    public init() {}

    public func writer(context: ReportContext, output: ReportOutput) -> any ReportWriter { Writer(context: context, output: output) }

    final class Writer: ReportWriter {
        let output: ReportOutput
        private var locator: FindingLocator
        /// The file being written, and whether its element has been opened for findings.
        private var open: (path: String, hasFindings: Bool)?

        init(context: ReportContext, output: ReportOutput) {
            self.output = output
            locator = FindingLocator(workingDirectory: context.workingDirectory)
        }

        func start() {
            output.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<checkstyle version=\"\(CheckstyleReporter.formatVersion)\">\n")
        }

        func add(_ file: FileResult) {
            var text = ""
            if !file.continuesFile || open == nil {
                text += closeFile()
                text += "  <file name=\"\(XMLText.escape(locator.relativePath(file.path)))\""
                open = (file.path, false)
            }
            if !file.findings.isEmpty, open?.hasFindings == false {
                text += ">\n"
                open?.hasFindings = true
            }
            for finding in file.findings {
                text += "    <error line=\"\(finding.range.start.line)\" column=\"\(finding.range.start.column)\""
                text += " severity=\"\(finding.severity.rawValue)\" message=\"\(XMLText.escape(finding.messageAndHelp))\""
                text += " source=\"\(XMLText.escape(ToolInfo.name + "." + finding.ruleId))\"/>\n"
            }
            output.write(text)
        }

        private func closeFile() -> String {
            defer { open = nil }
            guard let open else { return "" }
            return open.hasFindings ? "  </file>\n" : "/>\n"
        }

        func finish(_ totals: RunTotals) {
            output.write(closeFile() + "</checkstyle>\n")
        }
    }
}
