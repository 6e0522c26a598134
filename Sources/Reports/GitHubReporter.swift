import LintKit
import SourceText

/// GitHub Actions workflow commands, one per finding, which the runner turns into annotations on
/// the pull request: `::error file=…,line=…,col=…,endLine=…,endColumn=…,title=RULE-ID::message`.
public struct GitHubReporter: Reporter {
    public init() {}

    public func render(_ run: LintRun, context: ReportContext) -> String {
        var output = ""
        for located in LocatedFinding.all(in: run, workingDirectory: context.workingDirectory) {
            let finding = located.finding
            let properties = ([("file", located.relativePath)] + Self.position(finding.range) + [("title", finding.ruleId)])
                .map { "\($0.0)=\(Self.escapeProperty($0.1))" }.joined(separator: ",")
            output += "::\(Self.command(for: finding.severity)) \(properties)::\(Self.escapeData(finding.messageAndHelp))\n"
        }
        return output
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
