import LintKit
import SourceText
import RuleFiles

/// reviewdog's Diagnostic Format: `rdjson` (one DiagnosticResult document) or `rdjsonl` (one Diagnostic
/// per line). Columns count UTF-8 bytes; each edit of a finding's fix is a `suggestion`, which reviewdog
/// posts as a suggested change on the pull request.
public struct ReviewdogReporter: Reporter {
    /// One diagnostic per line (`rdjsonl`) rather than one document.
    let lines: Bool

    public init(lines: Bool) {
        self.lines = lines
    }

    public var quotesSourceLines: Bool { true }

    public func writer(context: ReportContext, output: ReportOutput) -> any ReportWriter {
        Writer(context: context, output: output, lines: lines)
    }

    final class Writer: ReportWriter {
        let context: ReportContext
        let output: ReportOutput
        let lines: Bool
        private var locator: FindingLocator
        private var diagnostics = JSONArrayWriter(indent: 2)

        init(context: ReportContext, output: ReportOutput, lines: Bool) {
            self.context = context
            self.output = output
            self.lines = lines
            locator = FindingLocator(workingDirectory: context.workingDirectory)
        }

        func start() {
            if !lines { output.write("{\n  \"source\": " + ReviewdogReporter.source.rendered(indentedBy: 2) + ",\n  \"diagnostics\": ") }
        }

        func add(_ file: FileResult) {
            let columns = ByteColumns(lines: file.sourceLines)
            var text = ""
            for finding in file.findings {
                let diagnostic = ReviewdogReporter.diagnostic(locator.locate(finding), columns: columns, catalog: context.catalog)
                text += lines ? diagnostic.rendered(pretty: false) + "\n" : diagnostics.item(diagnostic)
            }
            output.write(text)
        }

        func finish(_ totals: RunTotals) {
            if !lines { output.write(diagnostics.close() + "\n}\n") }
        }
    }

    static let source = JSONValue.object([("name", .string(ToolInfo.name)), ("url", .string(ToolInfo.informationURI))])

    static func diagnostic(_ located: LocatedFinding, columns: ByteColumns, catalog: RuleCatalog) -> JSONValue {
        let finding = located.finding
        var code: [(String, JSONValue)] = [("value", .string(finding.ruleId))]
        if let url = catalog.rule(finding.ruleId)?.helpURI { code.append(("url", .string(url))) }
        var members: [(String, JSONValue)] = [
            ("message", .string(finding.messageAndHelp)),
            ("location", .object([("path", .string(located.relativePath)), ("range", range(finding.range, columns))])),
            ("severity", .string(severity(finding.severity))),
            ("source", source),
            ("code", .object(code)),
        ]
        if let fix = finding.fix, !fix.edits.isEmpty {
            members.append(("suggestions", .array(fix.edits.map { edit in
                .object([("range", range(edit.range, columns)), ("text", .string(edit.replacement))])
            })))
        }
        return .object(members)
    }

    static func range(_ range: SourceRange, _ columns: ByteColumns) -> JSONValue {
        func position(_ position: SourcePosition) -> JSONValue {
            .object([("line", .number(position.line)), ("column", .number(columns.column(of: position)))])
        }
        return .object([("start", position(range.start)), ("end", position(range.end))])
    }

    static func severity(_ severity: Severity) -> String {
        switch severity {
        case .error: return "ERROR"
        case .warning: return "WARNING"
        case .info: return "INFO"
        }
    }
}
