import FoundationEssentials
import SourceText
import RuleFiles

/// A rule explained: why it matters, the guide section it rests on, how to fix it, and its examples.
public enum RuleExplanation {
    /// What `connectlint explain` prints and an editor's hover shows.
    public static func text(of rule: RuleDescription, catalog: RuleCatalog) -> String {
        var text = "\(rule.id) (\(rule.severity.rawValue))\n\(rule.title)\n\n"
        text += "Why:\n" + wrap(rule.rationale, indent: "  ") + "\n"
        if !rule.guide.isEmpty { text += "Guide:\n" + wrap(rule.guide, indent: "  ") + "\n" }
        text += "Fix:\n" + wrap(rule.fix.summary, indent: "  ")
        let places = [("Lightning Experience", rule.fix.lightning), ("Salesforce Classic", rule.fix.classic), ("Cyclr console", rule.fix.cyclr)]
        for case let (place, path?) in places { text += "  " + "\(place):".padded(to: 22) + path + "\n" }
        if let autofix = rule.autofix { text += "Autofix:\n  " + autofixText(autofix) + "\n" }
        for example in rule.failingExamples {
            text += "\nFails:\n" + numbered(example, findings: findings(of: rule.id, in: example, catalog: catalog))
        }
        for example in rule.passingExamples { text += "\nPasses:\n" + numbered(example, findings: []) }
        return text
    }

    /// What linting the example reports for the rule, as the reports word it.
    /// What a rule's fix is, in a line.
    public static func autofixText(_ applicability: Fix.Applicability) -> String {
        applicability == .safe ? "safe: `--fix` makes the change where it can be made exactly"
            : "unsafe: `--unsafe-fixes` makes the change, a choice to confirm (review it with `--diff --unsafe-fixes`)"
    }

    static func findings(of ruleId: String, in example: RuleExample, catalog: RuleCatalog) -> [Finding] {
        Linter(options: LintOptions(jobs: 1, catalog: catalog)).lint(.bytes(Array(example.yaml.utf8)), path: example.fileName)
            .findings.filter { $0.ruleId == ruleId }
    }

    /// The example with its lines numbered, `>` on each line the rule reports, then the findings.
    /// The `# ^ expect` marker lines are for the tests, so they are left out and the lines renumbered.
    static func numbered(_ example: RuleExample, findings: [Finding]) -> String {
        let lines = example.displayedLines()
        let markers = lines.indices.filter { lines[$0].trimmingSpaces().hasPrefix(RuleFileLoader.expectMarker) }
        func shown(_ line: Int) -> Int { line - markers.filter { $0 < line - 1 }.count }
        let width = String(lines.count - markers.count).count
        var text = lines.isEmpty ? "    (an empty file)\n" : ""
        for (index, line) in lines.enumerated() where !markers.contains(index) {
            let number = String(shown(index + 1))
            let marker = example.expectedLines.contains(index + 1) ? ">" : " "
            text += "\(marker) " + String(repeating: " ", count: width - number.count) + number + " | " + line + "\n"
        }
        for finding in findings {
            text += "  \(shown(finding.range.start.line)):\(finding.range.start.column): \(finding.severity.rawValue): \(finding.message)\n"
        }
        return text
    }

    /// Words wrapped at 100 columns, each line indented.
    static func wrap(_ text: String, indent: String, width: Int = 100) -> String {
        var output = ""
        var line = indent
        for word in text.split(whereSeparator: \.isWhitespace) {
            if line.count > indent.count, line.count + 1 + word.count > width {
                output += line + "\n"
                line = indent
            }
            line += (line.count > indent.count ? " " : "") + word
        }
        return output + line + "\n"
    }
}
