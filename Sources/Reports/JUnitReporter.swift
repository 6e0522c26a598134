import LintKit

/// JUnit XML for CI test-report views: one test suite, one test case per linted file, and a
/// `<failure>` per finding at or above `--fail-on`. Findings below it are listed in the test
/// case's `<system-out>`, so the report still shows them without failing the case.
public struct JUnitReporter: Reporter {
    public init() {}

    public func writer(context: ReportContext, output: ReportOutput) -> any ReportWriter { Writer(context: context, output: output) }

    /// Test cases go to a spool as they come, since the counts that open the report are known only at the end.
    /// A file's passing findings wait in a spool of their own: they close its test case, after its failures.
    final class Writer: ReportWriter {
        let context: ReportContext
        let output: ReportOutput
        private var locator: FindingLocator
        private let cases = Spool()
        private var open: (path: String, hasFindings: Bool, passing: Spool, passingCount: Int)?
        private var failures = 0

        init(context: ReportContext, output: ReportOutput) {
            self.context = context
            self.output = output
            locator = FindingLocator(workingDirectory: context.workingDirectory)
        }

        func add(_ file: FileResult) {
            if !file.continuesFile || open == nil {
                closeCase()
                let path = XMLText.escape(locator.relativePath(file.path))
                cases.write("    <testcase classname=\"\(ToolInfo.name)\" name=\"\(path)\" file=\"\(path)\"")
                open = (file.path, false, Spool(), 0)
            }
            guard var current = open, !file.findings.isEmpty else { return }
            if !current.hasFindings { cases.write(">\n") }
            current.hasFindings = true
            var text = ""
            for finding in file.findings {
                let located = locator.locate(finding)
                guard context.failOn.fails(on: finding.severity) else {
                    current.passing.write((current.passingCount > 0 ? "\n" : "") + XMLText.escape(JUnitReporter.details(located), inAttribute: false))
                    current.passingCount += 1
                    continue
                }
                failures += 1
                let summary = "\(finding.ruleId): \(finding.message)"
                text += "      <failure type=\"\(XMLText.escape(finding.ruleId))\" message=\"\(XMLText.escape(summary))\">"
                text += XMLText.escape(JUnitReporter.details(located), inAttribute: false) + "</failure>\n"
            }
            cases.write(text)
            open = current
        }

        private func closeCase() {
            guard let current = open else { return }
            open = nil
            guard current.hasFindings else { cases.write("/>\n"); return }
            if current.passingCount > 0 {
                cases.write("      <system-out>")
                current.passing.drain(cases.write)
                cases.write("</system-out>\n")
            }
            cases.write("    </testcase>\n")
        }

        func finish(_ totals: RunTotals) {
            closeCase()
            let counts = "tests=\"\(totals.files)\" failures=\"\(failures)\" errors=\"0\""
            output.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"\(ToolInfo.name)\" \(counts)>\n"
                         + "  <testsuite name=\"\(ToolInfo.name)\" \(counts) skipped=\"0\">\n")
            cases.copy(to: output)
            output.write("  </testsuite>\n</testsuites>\n")
        }
    }

    static func details(_ located: LocatedFinding) -> String {
        let finding = located.finding
        var text = "\(located.relativePath):\(finding.range.start.line):\(finding.range.start.column): "
        text += "\(finding.severity.rawValue): \(finding.message) [\(finding.ruleId)]"
        return finding.help.map { text + "\nhelp: " + $0 } ?? text
    }
}

enum XMLText {
    /// Escapes text for element content and double-quoted attributes. Characters XML 1.0 forbids
    /// even as references (C0 controls other than tab, LF, CR; U+FFFE, U+FFFF) become U+FFFD;
    /// In attributes LF, CR and tab are written as references, since a parser would turn them into spaces.
    static func escape(_ text: String, inAttribute: Bool = true) -> String {
        var output = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "\"": output += "&quot;"
            case "'": output += "&apos;"
            case "\n", "\t": output += inAttribute ? "&#\(scalar.value);" : String(scalar)
            case "\r": output += "&#13;"
            case _ where scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF:
                output += "\u{FFFD}"
            default: output.unicodeScalars.append(scalar)
            }
        }
        return output
    }
}
