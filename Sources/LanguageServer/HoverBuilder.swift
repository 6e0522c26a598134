import LintKit

/// Hover on a finding: its message and the rule's explanation, as `connectlint explain` prints it.
enum HoverBuilder {
    static func hover(at position: Position, in file: LintedFile, encoding: PositionEncoding) -> Hover? {
        let point = file.lines.sourcePosition(position, in: encoding)
        let findings = file.findings.filter { $0.range.contains(point) || $0.range.start == point }
        guard let first = findings.first else { return nil }
        var sections: [String] = []
        var explained = Set<String>()
        for finding in findings {
            var section = "**\(finding.ruleId)** (\(finding.severity.rawValue)): \(finding.message)"
            if explained.insert(finding.ruleId).inserted, let rule = file.catalog.rule(finding.ruleId) {
                section += "\n\n```text\n\(RuleExplanation.text(of: rule, catalog: file.catalog))```"
            }
            sections.append(section)
        }
        return Hover(contents: MarkupContent(value: sections.joined(separator: "\n\n---\n\n")),
                     range: file.lines.range(first.range, in: encoding))
    }
}
