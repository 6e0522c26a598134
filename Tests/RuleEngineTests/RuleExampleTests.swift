import Foundation
import LintKit
import Testing
import TestSupport
import RuleFiles

/// Docs as tests: every rule's failing examples make it report exactly the findings their `expect:`
/// lists (its own findings only: line, column and message, in report order), and its passing examples
/// do not make it fire, through the real decoder and engine.
@Suite struct RuleExampleTests {
    static let catalog = RuleCatalog.builtIn

    @Test(arguments: catalog.ids)
    func failingExamplesReportExactlyTheExpectedFindings(_ id: String) throws {
        let rule = try #require(Self.catalog.rule(id))
        for example in rule.failingExamples {
            let reported = Self.findings(in: example).filter { $0.ruleId == id }
                .map { RuleExample.ExpectedFinding(ruleId: $0.ruleId, line: $0.line, column: $0.column, message: $0.message) }
            #expect(reported == example.expectedFindings, """
                \(rule.file):\(example.line): the failing example should report
                \(example.expectedFindings.map { "  \($0)" }.joined(separator: "\n"))
                but reports
                \(reported.map { "  \($0)" }.joined(separator: "\n"))
                """)
        }
    }

    @Test(arguments: catalog.ids)
    func passingExamplesDoNotFire(_ id: String) throws {
        let rule = try #require(Self.catalog.rule(id))
        for example in rule.passingExamples {
            let lines = Self.linesReported(by: id, in: example)
            #expect(lines.isEmpty, "\(rule.file):\(example.line): the passing example makes `\(id)` fire on lines \(lines)")
        }
    }

    @Test(arguments: catalog.ids)
    func passingExamplesHaveNoErrors(_ id: String) throws {
        let rule = try #require(Self.catalog.rule(id))
        for example in rule.passingExamples {
            let errors = Self.findings(in: example).filter { $0.severity == .error && $0.ruleId != id }
            #expect(errors.isEmpty, "\(rule.file):\(example.line): the passing example has other errors: \(errors.map { "\($0.range.start.line): \($0.message) [\($0.ruleId)]" })")
        }
    }

    static func findings(in example: RuleExample) -> [Finding] {
        RuleHarness.lint(example.yaml, fileName: example.fileName).findings
    }

    static func linesReported(by id: String, in example: RuleExample) -> [Int] {
        Array(Set(findings(in: example).filter { $0.ruleId == id }.map(\.range.start.line))).sorted()
    }
}
