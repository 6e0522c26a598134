import LintKit
import SourceText
import RuleFiles

/// GitHub Actions workflow commands, which the runner turns into annotations on the pull request:
/// `::error file=…,line=…,col=…,endLine=…,endColumn=…,title=RULE-ID::message`. GitHub shows at most
/// `annotationLimit` annotations of each level per step, so errors come first, then warnings, then notices
/// (each by path and line), at most that many of each, and a last notice says what was left out.
public struct GitHubReporter: Reporter {
    public static let annotationLimit = 10

    public init() {}

    public func writer(context: ReportContext, output: ReportOutput) -> any ReportWriter { Writer(context: context, output: output) }

    /// GitHub shows only the first annotations of each level, so only those are kept (the rest are counted).
    final class Writer: ReportWriter {
        let context: ReportContext
        let output: ReportOutput
        private var locator: FindingLocator
        private var levels: [[LocatedFinding]] = [[], [], []]
        private var counts = [0, 0, 0]
        private static let severities: [Severity] = [.error, .warning, .info]

        init(context: ReportContext, output: ReportOutput) {
            self.context = context
            self.output = output
            locator = FindingLocator(workingDirectory: context.workingDirectory)
        }

        func add(_ file: FileResult) {
            for finding in file.findings {
                guard let level = Self.severities.firstIndex(of: finding.severity) else { continue }
                counts[level] += 1
                let located = locator.locate(finding)
                var kept = levels[level]
                guard kept.count < annotationLimit || GitHubReporter.byPathAndLine(located, kept[kept.count - 1]) else { continue }
                kept.insert(located, at: kept.firstIndex { GitHubReporter.byPathAndLine(located, $0) } ?? kept.count)
                levels[level] = Array(kept.prefix(annotationLimit))
            }
        }

        func finish(_ totals: RunTotals) {
            let overLimit = counts.contains { $0 > annotationLimit }
            var text = ""
            var shownCount = 0
            for (index, findings) in levels.enumerated() {
                // The closing notice takes one of the notices' places.
                let shown = index == 2 && overLimit ? annotationLimit - 1 : annotationLimit
                for located in findings.prefix(shown) { text += GitHubReporter.annotation(located) }
                shownCount += min(counts[index], shown)
            }
            if overLimit {
                text += "::notice title=\(ToolInfo.name)::" + GitHubReporter.escapeData(GitHubReporter.limitNotice(totals: totals, shown: shownCount, context: context)) + "\n"
            }
            output.write(text)
        }
    }

    static func annotation(_ located: LocatedFinding) -> String {
        let finding = located.finding
        let properties = ([("file", located.relativePath)] + position(finding.range) + [("title", finding.ruleId)])
            .map { "\($0.0)=\(escapeProperty($0.1))" }.joined(separator: ",")
        return "::\(command(for: finding.severity)) \(properties)::\(escapeData(finding.messageAndHelp))\n"
    }

    static func byPathAndLine(_ a: LocatedFinding, _ b: LocatedFinding) -> Bool {
        if a.relativePath != b.relativePath { return a.relativePath < b.relativePath }
        if a.finding.range.start != b.finding.range.start { return a.finding.range.start < b.finding.range.start }
        return a.finding.ruleId < b.finding.ruleId
    }

    static func limitNotice(totals: RunTotals, shown: Int, context: ReportContext) -> String {
        let total = totals.findings
        let place = context.otherReportFiles.isEmpty
            ? "run connectlint with --format text (or sarif=FILE, html=FILE) for the full report"
            : "the full report is in " + context.otherReportFiles.joined(separator: ", ")
        return "\(Summary.count(total, "finding")) in all (\(Summary.line(for: totals))); GitHub shows \(annotationLimit) annotations "
            + "of each level per step, so \(total - shown) are not annotated here: \(place)"
    }

    /// `line`, `col`, `endLine`, `endColumn` for a range on one line (`endColumn` exclusive, as in SARIF).
    /// GitHub refuses columns on an annotation spanning several lines, so those get `line` and `endLine`
    /// only, the end line being the last one the range covers (a range ending at column 1 stops on the line before).
    static func position(_ range: SourceRange) -> [(String, String)] {
        let start = range.start, end = range.end
        if end.line == start.line {
            return [("line", String(start.line)), ("col", String(start.column)), ("endLine", String(end.line)), ("endColumn", String(end.column))]
        }
        let lastLine = end.column == 1 ? end.line - 1 : end.line
        if lastLine == start.line {
            return [("line", String(start.line)), ("col", String(start.column)), ("endLine", String(start.line))]
        }
        return [("line", String(start.line)), ("endLine", String(lastLine))]
    }

    static func command(for severity: Severity) -> String {
        switch severity {
        case .error: return "error"
        case .warning: return "warning"
        case .info: return "notice"
        }
    }

    /// As `escapeData` in @actions/core: `%`, CR and LF.
    public static func escapeData(_ text: String) -> String {
        escape(text, property: false)
    }

    /// As `escapeProperty` in @actions/core: the data escapes plus `:` and `,`.
    public static func escapeProperty(_ text: String) -> String {
        escape(text, property: true)
    }

    /// One pass by Unicode scalar, so `\r\n` (one Character in Swift) is still seen as CR then LF.
    private static func escape(_ text: String, property: Bool) -> String {
        var result = ""
        result.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "%": result += "%25"
            case "\r": result += "%0D"
            case "\n": result += "%0A"
            case ":" where property: result += "%3A"
            case "," where property: result += "%2C"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
