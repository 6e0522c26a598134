import Foundation
import LintKit
import Testing
import TestSupport

/// The README's rule table is generated from the catalogue: `UPDATE_README=1 swift test --filter
/// ReadmeRuleTableTests` rewrites the block between the markers.
@Suite struct ReadmeRuleTableTests {
    static let begin = "<!-- rule-table:begin (generated from Rules/ by `UPDATE_README=1 swift test --filter ReadmeRuleTableTests`) -->"
    static let end = "<!-- rule-table:end -->"
    static let readme = Fixtures.url("README.md")

    static func table(_ catalog: RuleCatalog) -> String {
        var lines = ["| rule | severity | finds |", "|---|---|---|"]
        for rule in catalog.rules {
            lines.append("| [`\(rule.id)`](\(rule.file)) | \(rule.severity.rawValue) | \(Self.escaped(rule.title)) |")
        }
        return lines.joined(separator: "\n")
    }

    /// Markdown-safe: a title's `|` would end the cell and `<…>` would read as HTML.
    static func escaped(_ title: String) -> String {
        title.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
    }

    @Test func readmeTableMatchesRules() throws {
        let text = try String(contentsOf: Self.readme, encoding: .utf8)
        let start = try #require(text.range(of: Self.begin), "README.md has no rule table marker `\(Self.begin)`")
        let stop = try #require(text.range(of: Self.end, range: start.upperBound..<text.endIndex), "README.md has no `\(Self.end)`")
        let expected = "\n" + Self.table(RuleCatalog.builtIn) + "\n"
        if ProcessInfo.processInfo.environment["UPDATE_README"] == "1" {
            try (text[..<start.upperBound] + expected + text[stop.lowerBound...]).write(to: Self.readme, atomically: true, encoding: .utf8)
            return
        }
        #expect(String(text[start.upperBound..<stop.lowerBound]) == expected,
                "README.md's rule table and Rules/ disagree; run `UPDATE_README=1 swift test --filter ReadmeRuleTableTests`")
    }
}
