import LintKit
import RuleFiles

/// SPEC §5 json: `{"tool", "findings", "summary"}`, with `suppressedFindings` after `findings` when inline
/// comments silenced any (each carries the comment's `-- reason` as `justification`).
public struct JSONReporter: Reporter {
    public init() {}

    public func writer(context: ReportContext, output: ReportOutput) -> any ReportWriter { Writer(output: output) }

    final class Writer: ReportWriter {
        let output: ReportOutput
        private var findings = JSONArrayWriter(indent: 2)
        /// Listed after every finding; only files with suppression comments have any, and they are not streamed.
        private var suppressed: [JSONValue] = []

        init(output: ReportOutput) {
            self.output = output
        }

        func start() {
            let tool = JSONValue.object([("name", .string(ToolInfo.name)), ("version", .string(ToolInfo.version))])
            output.write("{\n  \"tool\": " + tool.rendered(indentedBy: 2) + ",\n  \"findings\": ")
        }

        func add(_ file: FileResult) {
            var text = ""
            for finding in file.findings { text += findings.item(.object(JSONReporter.members(of: finding))) }
            output.write(text)
            suppressed += file.suppressedFindings.map { item in
                JSONValue.object(JSONReporter.members(of: item.finding) + [
                    ("justification", item.justification.map(JSONValue.string) ?? .null),
                    ("suppression", .string(item.kind.rawValue)),
                ])
            }
        }

        func finish(_ totals: RunTotals) {
            var text = findings.close()
            if !suppressed.isEmpty { text += ",\n  \"suppressedFindings\": " + JSONValue.array(suppressed).rendered(indentedBy: 2) }
            let summary = JSONValue.object([
                ("files", .number(totals.files)),
                ("errors", .number(totals.errors)),
                ("warnings", .number(totals.warnings)),
                ("infos", .number(totals.infos)),
                ("suppressed", .number(totals.suppressed)),
            ])
            output.write(text + ",\n  \"summary\": " + summary.rendered(indentedBy: 2) + "\n}\n")
        }
    }

    static func members(of finding: Finding) -> [(String, JSONValue)] {
        [
            ("ruleId", .string(finding.ruleId)),
            ("severity", .string(finding.severity.rawValue)),
            ("message", .string(finding.message)),
            ("path", .string(finding.path)),
            ("line", .number(finding.range.start.line)),
            ("column", .number(finding.range.start.column)),
            ("endLine", .number(finding.range.end.line)),
            ("endColumn", .number(finding.range.end.column)),
            ("keyPath", .string(finding.keyPath)),
            ("help", finding.help.map(JSONValue.string) ?? .null),
        ] + (finding.fix.map { [("fix", fix($0))] } ?? [])
            + (finding.alternativeFixes.isEmpty ? [] : [("alternativeFixes", .array(finding.alternativeFixes.map(fix)))])
    }

    /// A fix: its title, whether `--fix` applies it (`safe`) or only `--unsafe-fixes`, and its edits in the finding's file,
    /// by line and column (Unicode scalars, as the finding) and by byte offset.
    static func fix(_ fix: Fix) -> JSONValue {
        .object([
            ("title", .string(fix.title)),
            ("applicability", .string(fix.applicability.rawValue)),
            ("edits", .array(fix.edits.map { edit in
                .object([
                    ("line", .number(edit.range.start.line)),
                    ("column", .number(edit.range.start.column)),
                    ("endLine", .number(edit.range.end.line)),
                    ("endColumn", .number(edit.range.end.column)),
                    ("startOffset", .number(edit.bytes.lowerBound)),
                    ("endOffset", .number(edit.bytes.upperBound)),
                    ("replacement", .string(edit.replacement)),
                ])
            })),
        ])
    }
}
