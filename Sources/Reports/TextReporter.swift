import LintKit
import SourceText
import RuleFiles

/// SPEC §5 text: `PATH:LINE:COL: SEVERITY: MESSAGE [RULE-ID]`, the source line with a caret
/// under the range, a `help:` line, and a closing summary.
public struct TextReporter: Reporter {
    public init() {}

    public var quotesSourceLines: Bool { true }

    public func writer(context: ReportContext, output: ReportOutput) -> any ReportWriter {
        Writer(paint: Paint(enabled: context.useColor), output: output)
    }

    final class Writer: ReportWriter {
        let paint: Paint
        let output: ReportOutput

        init(paint: Paint, output: ReportOutput) {
            self.paint = paint
            self.output = output
        }

        func add(_ file: FileResult) {
            var text = ""
            for finding in file.findings {
                text += paint.bold("\(finding.path):\(finding.range.start.line):\(finding.range.start.column):") + " "
                text += paint.severity(finding.severity) + ": " + paint.bold(finding.message) + " " + paint.dim("[\(finding.ruleId)]") + "\n"
                if let line = file.sourceLines[finding.range.start.line] {
                    let number = String(finding.range.start.line)
                    let gutter = String(repeating: " ", count: number.count)
                    text += " \(paint.dim(number + " |")) \(TextReporter.displayed(line))\n"
                    text += " \(paint.dim(gutter + " |")) \(paint.caret(TextReporter.caret(for: finding.range, in: line), finding.severity))\n"
                }
                if let help = finding.help {
                    text += "  " + paint.help("help:") + " " + help + "\n"
                }
                if let fix = finding.fix {
                    text += "  " + paint.help("fix:") + " " + fix.title + (fix.applicability == .safe ? " (--fix)" : " (--unsafe-fixes)") + "\n"
                }
                for alternative in finding.alternativeFixes {
                    text += "  " + paint.help("or:") + " " + alternative.title + " (in an editor, or by hand)\n"
                }
                text += "\n"
            }
            output.write(text)
        }

        func finish(_ totals: RunTotals) {
            output.write(Summary.line(for: totals) + "\n")
        }
    }

    /// The line as shown: control characters other than tabs become spaces so the caret lines up. Written as plain
    /// loops: the first call of a generic `map` over scalars costs a run more than reading its setup file.
    static func displayed(_ line: String) -> String {
        if line.utf8.allSatisfy({ $0 == 0x09 || $0 >= 0x20 && $0 != 0x7F }) { return line }
        var shown = String.UnicodeScalarView()
        for scalar in line.unicodeScalars {
            shown.append(scalar == "\t" || scalar.value >= 0x20 && scalar.value != 0x7F ? scalar : " ")
        }
        return String(shown)
    }

    /// Spaces (tabs where the line has them) up to the range's start, then one `^` per column.
    static func caret(for range: SourceRange, in line: String) -> String {
        let startIndex = max(0, range.start.column - 1)
        var prefix = "", scalars = 0
        for scalar in line.unicodeScalars {
            if scalars < startIndex { prefix += scalar == "\t" ? "\t" : " " }
            scalars += 1
        }
        let endIndex = range.end.line == range.start.line ? range.end.column - 1 : scalars
        let width = max(1, min(endIndex, scalars) - startIndex)
        return prefix + String(repeating: "^", count: width)
    }
}

struct Paint {
    let enabled: Bool

    private func wrap(_ text: String, _ code: String) -> String {
        enabled ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }

    func bold(_ text: String) -> String { wrap(text, "1") }
    func dim(_ text: String) -> String { wrap(text, "2") }
    func help(_ text: String) -> String { wrap(text, "1;36") }

    func severity(_ severity: Severity) -> String {
        wrap(severity.rawValue, severity == .error ? "1;31" : severity == .warning ? "1;33" : "1;34")
    }

    func caret(_ text: String, _ severity: Severity) -> String {
        wrap(text, severity == .error ? "31" : severity == .warning ? "33" : "34")
    }
}
