import ArgumentParser
import LintKit
import SetupModel

struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Explain one rule: why it matters, the guide section it rests on, how to fix it, and examples."
    )

    @OptionGroup var catalogOptions: CatalogOptions

    @Argument(help: "A rule id, as `connectlint rules` lists them.")
    var ruleId: String

    func run() throws {
        let catalog = try catalogOptions.catalog()
        guard let rule = catalog.rule(ruleId) else {
            let suggestion = Suggestions.closest(to: ruleId, among: catalog.ids).map { "; did you mean `\($0)`?" } ?? ""
            throw LintUsageError("unknown rule `\(ruleId)`\(suggestion) (`connectlint rules` lists every rule)")
        }
        print(Self.explanation(rule), terminator: "")
    }

    static func explanation(_ rule: RuleDescription) -> String {
        var text = "\(rule.id) (\(rule.severity.rawValue))\n\(rule.title)\n\n"
        text += "Why:\n" + wrap(rule.rationale, indent: "  ") + "\n"
        if !rule.guide.isEmpty { text += "Guide:\n" + wrap(rule.guide, indent: "  ") + "\n" }
        text += "Fix:\n" + wrap(rule.fix.summary, indent: "  ")
        let places = [("Lightning Experience", rule.fix.lightning), ("Salesforce Classic", rule.fix.classic), ("Cyclr console", rule.fix.cyclr)]
        for case let (place, path?) in places { text += "  " + "\(place):".padding(toLength: 22, withPad: " ", startingAt: 0) + path + "\n" }
        for example in rule.failingExamples {
            text += "\nFails:\n" + numbered(example)
            for finding in findings(of: rule.id, in: example) {
                text += "  \(finding.range.start.line):\(finding.range.start.column): \(finding.severity.rawValue): \(finding.message)\n"
            }
        }
        for example in rule.passingExamples { text += "\nPasses:\n" + numbered(example) }
        return text
    }

    /// What linting the example reports for the rule, as the reports word it.
    static func findings(of ruleId: String, in example: RuleExample) -> [Finding] {
        Linter(options: LintOptions(jobs: 1)).lint(.bytes(Array(example.yaml.utf8)), path: example.fileName)
            .findings.filter { $0.ruleId == ruleId }
    }

    static func numbered(_ example: RuleExample) -> String {
        let lines = example.displayedLines()
        let width = String(lines.count).count
        return lines.enumerated().map { index, line in
            let number = String(index + 1)
            let marker = example.expectedLines.contains(index + 1) ? ">" : " "
            return "\(marker) " + String(repeating: " ", count: width - number.count) + number + " | " + line + "\n"
        }.joined()
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
