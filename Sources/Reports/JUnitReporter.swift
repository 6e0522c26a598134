import LintKit

/// JUnit XML for CI test-report views: one test suite, one test case per linted file, and a
/// `<failure>` per finding at or above `--fail-on`. Findings below it are listed in the test
/// case's `<system-out>`, so the report still shows them without failing the case.
public struct JUnitReporter: Reporter {
    public init() {}

    public func render(_ run: LintRun, context: ReportContext) -> String {
        let located = LocatedFinding.all(in: run, workingDirectory: context.workingDirectory)
        let byPath = Dictionary(grouping: located, by: \.finding.path)
        let failures = located.filter { context.failOn.fails(on: $0.finding.severity) }.count
        let counts = "tests=\"\(run.files.count)\" failures=\"\(failures)\" errors=\"0\""
        var output = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        output += "<testsuites name=\"\(ToolInfo.name)\" \(counts)>\n"
        output += "  <testsuite name=\"\(ToolInfo.name)\" \(counts) skipped=\"0\">\n"
        for file in run.files {
            let findings = byPath[file.path] ?? []
            let path = XMLText.escape(findings.first?.relativePath ?? ReportPath.relative(file.path, to: context.workingDirectory))
            output += "    <testcase classname=\"\(ToolInfo.name)\" name=\"\(path)\" file=\"\(path)\""
            guard !findings.isEmpty else { output += "/>\n"; continue }
            output += ">\n"
            let failing = findings.filter { context.failOn.fails(on: $0.finding.severity) }
            for located in failing {
                let finding = located.finding
                let summary = "\(finding.ruleId): \(finding.message)"
                output += "      <failure type=\"\(XMLText.escape(finding.ruleId))\" message=\"\(XMLText.escape(summary))\">"
                output += XMLText.escape(Self.details(located), inAttribute: false) + "</failure>\n"
            }
            let passing = findings.filter { !context.failOn.fails(on: $0.finding.severity) }
            if !passing.isEmpty {
                output += "      <system-out>" + XMLText.escape(passing.map(Self.details).joined(separator: "\n"), inAttribute: false) + "</system-out>\n"
            }
            output += "    </testcase>\n"
        }
        output += "  </testsuite>\n</testsuites>\n"
        return output
    }

    /// `PATH:LINE:COL: SEVERITY: MESSAGE [RULE-ID]` and the help, as the text report writes them.
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
