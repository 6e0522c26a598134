import LintKit
import SourceText

/// reviewdog's Diagnostic Format: `rdjson` (one DiagnosticResult document) or `rdjsonl` (one Diagnostic
/// per line). Columns count UTF-8 bytes; each edit of a finding's fix is a `suggestion`, which reviewdog
/// posts as a suggested change on the pull request.
public struct ReviewdogReporter: Reporter {
    /// One diagnostic per line (`rdjsonl`) rather than one document.
    let lines: Bool

    public init(lines: Bool) {
        self.lines = lines
    }

    public func render(_ run: LintRun, context: ReportContext) -> String {
        let files = Dictionary(run.files.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
        let diagnostics = LocatedFinding.all(in: run, workingDirectory: context.workingDirectory).map { located in
            Self.diagnostic(located, columns: ByteColumns(lines: files[located.finding.path]?.sourceLines ?? [:]), catalog: context.catalog)
        }
        if lines { return diagnostics.map { $0.rendered(pretty: false) + "\n" }.joined() }
        let document = JSONValue.object([
            ("source", Self.source),
            ("diagnostics", .array(diagnostics)),
        ])
        return document.rendered() + "\n"
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
