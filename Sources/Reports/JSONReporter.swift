import LintKit

/// SPEC §5 json: `{"tool", "findings", "summary"}`, with `suppressedFindings` after `findings` when inline
/// comments silenced any (each carries the comment's `-- reason` as `justification`).
public struct JSONReporter: Reporter {
    public init() {}

    public func render(_ run: LintRun, context: ReportContext) -> String {
        let findings = run.findings.map { JSONValue.object(Self.members(of: $0)) }
        let suppressed = run.suppressedFindings.map { item in
            JSONValue.object(Self.members(of: item.finding) + [("justification", item.justification.map(JSONValue.string) ?? .null),
                                                               ("suppression", .string(item.kind.rawValue))])
        }
        let listed: [(String, JSONValue)] = suppressed.isEmpty ? [] : [("suppressedFindings", .array(suppressed))]
        let document = JSONValue.object([
            ("tool", .object([("name", .string(ToolInfo.name)), ("version", .string(ToolInfo.version))])),
            ("findings", .array(findings)),
        ] + listed + [
            ("summary", .object([
                ("files", .number(run.files.count)),
                ("errors", .number(run.count(.error))),
                ("warnings", .number(run.count(.warning))),
                ("infos", .number(run.count(.info))),
                ("suppressed", .number(run.suppressedCount)),
            ])),
        ])
        return document.rendered() + "\n"
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
