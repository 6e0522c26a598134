import LintKit
import Reports
import SourceText
import RuleFiles

/// Hand-made runs for the golden tests: findings whose messages hold every character some format
/// must escape, a file with several documents repeating a key path, and a clean file.
enum SampleRuns {
    static let workingDirectory = "/work/project"

    static func finding(_ ruleId: String, _ severity: Severity, _ message: String, path: String, line: Int, column: Int,
                        endLine: Int? = nil, endColumn: Int, keyPath: String, help: String? = nil, fix: Fix? = nil) -> Finding {
        Finding(ruleId: ruleId, severity: severity, message: message, path: path,
                range: range(line, column, endLine ?? line, endColumn), keyPath: keyPath, help: help, fix: fix)
    }

    static func range(_ line: Int, _ column: Int, _ endLine: Int, _ endColumn: Int) -> SourceRange {
        SourceRange(start: SourcePosition(line: line, column: column), end: SourcePosition(line: endLine, column: endColumn))
    }

    /// What a rule's fix looks like: the misspelt key renamed (reports that carry fixes show it; the others ignore it).
    static let renameKey = Fix(title: "Rename `callbackURL` to `callbackUrls`", applicability: .safe,
                               edits: [TextEdit(bytes: 310..<321, range: range(14, 7, 14, 18), replacement: "callbackUrls")])

    static let withFindings = LintRun(files: [
        FileResult(path: "setups/acme.cyclr.yaml", findings: [
            finding("unknown-key", .warning, "unknown key `callbackURL` in `salesforce.connectedApp.oauth`; did you mean `callbackUrls`?",
                    path: "setups/acme.cyclr.yaml", line: 14, column: 7, endColumn: 18,
                    keyPath: "salesforce.connectedApp.oauth.callbackURL", help: "Rename the key to `callbackUrls`.", fix: renameKey),
            finding("wrong-type", .error, "100% wrong: a|b, c:d <e> & 'f' \"g\"\r\nsecond line\tcol é 😀",
                    path: "setups/acme.cyclr.yaml", line: 20, column: 3, endLine: 22, endColumn: 1,
                    keyPath: "salesforce.connectedApp.oauth.scopes", help: "Use *one* [list] of `scopes` | nothing else\\."),
            finding("scope-restricted", .info, "`api` is selected but `full` is not",
                    path: "setups/acme.cyclr.yaml", line: 25, column: 9, endColumn: 12, keyPath: "salesforce.connectedApp.oauth.scopes[0]"),
        ], sourceLines: [14: "      callbackURL: x"]),
        FileResult(path: "/work/project/setups/clean.cyclr.yaml", findings: []),
        FileResult(path: "multi, doc:1.cyclr.yaml", findings: [
            finding("duplicate-key", .error, "`name` repeats the key on line 3", path: "multi, doc:1.cyclr.yaml",
                    line: 4, column: 1, endColumn: 5, keyPath: "name"),
            finding("duplicate-key", .error, "`name` repeats the key on line 9", path: "multi, doc:1.cyclr.yaml",
                    line: 10, column: 1, endColumn: 5, keyPath: "name"),
            finding("custom-policy", .warning, "a rule the catalogue does not know", path: "multi, doc:1.cyclr.yaml",
                    line: 11, column: 1, endColumn: 2, keyPath: ""),
        ]),
        FileResult(path: "/elsewhere/outside.cyclr.yaml", findings: [
            finding("empty-setup", .error, "the file holds no setup", path: "/elsewhere/outside.cyclr.yaml",
                    line: 1, column: 1, endColumn: 1, keyPath: ""),
        ]),
    ])

    static let clean = LintRun(files: [FileResult(path: "cyclr.yaml", findings: [])])

    /// A fixed catalogue, so the goldens change with the reporters and not with every edit of `Rules/`.
    static let catalog = RuleCatalog(rules: [
        RuleDescription(id: "duplicate-key", severity: .error, title: "A key repeats in one mapping",
                        rationale: "YAML parsers disagree on which value wins.", fix: FixHint(summary: "Keep one of the keys."),
                        file: "Rules/duplicate-key.yaml"),
        RuleDescription(id: "empty-setup", severity: .error, title: "A file or document holds no setup",
                        fix: FixHint(summary: "Write a setup or remove the empty document.")),
        RuleDescription(id: "scope-restricted", severity: .info, title: "`api` is selected but `full` is not",
                        rationale: "Restricted access must still cover the data your integrations use & more.",
                        guide: "Salesforce setup › Selected OAuth Scopes",
                        fix: FixHint(summary: "Add `full`, or check the integrations need nothing beyond `api`.",
                                     lightning: "Setup › App Manager › (your app) › Edit", classic: "Setup › Create › Apps › (your app) › Edit")),
        RuleDescription(id: "unknown-key", severity: .warning, title: "A key is not part of the setup format",
                        fix: FixHint(summary: "Rename or remove the key.")),
        RuleDescription(id: "wrong-type", severity: .error, title: "The callback is not https://<serviceDomain>/connector/callback",
                        fix: FixHint(summary: "Write the value in the type the format expects.", cyclr: "Settings › General Settings")),
    ])

    static let context = ReportContext(catalog: catalog, failOn: .error, useColor: false, workingDirectory: workingDirectory)
}
