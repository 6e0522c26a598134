import LintKit
import SourceText

/// Runs rules the way the binary does: the text through `Linter` (reading, decoding, every rule that
/// applies, severities, masking), then keeps one rule's findings.
public enum RuleHarness {
    /// The file's full result, linted under `fileName` (its name decides setup YAML or metadata XML).
    public static func lint(_ text: String, fileName: String = "example.cyclr.yaml", options: LintOptions = LintOptions(jobs: 1)) -> FileResult {
        lint(.bytes(Array(text.utf8)), path: fileName, options: options)
    }

    public static func lint(_ input: SourceFile, path: String, options: LintOptions = LintOptions(jobs: 1)) -> FileResult {
        Linter(options: options).lint(input, path: path)
    }

    /// The findings of rule `ruleId` in `text`.
    public static func findings(_ ruleId: String, in text: String, fileName: String = "example.cyclr.yaml") -> [Finding] {
        lint(text, fileName: fileName).findings.filter { $0.ruleId == ruleId }
    }
}

extension Finding {
    public var line: Int { range.start.line }
    public var column: Int { range.start.column }
}
