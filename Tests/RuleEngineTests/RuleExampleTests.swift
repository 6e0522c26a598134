import Foundation
import LintKit
import Testing

/// Docs as tests: every rule's failing examples make it fire at the marked lines, and its passing
/// examples do not make it fire, through the real decoder and engine.
@Suite struct RuleExampleTests {
    static let catalog = RuleCatalog.builtIn

    @Test(arguments: catalog.ids)
    func failingExamplesFireAtTheMarkedLines(_ id: String) throws {
        let rule = try #require(Self.catalog.rule(id))
        for example in rule.failingExamples {
            let lines = Self.linesReported(by: id, in: example)
            #expect(lines == example.expectedLines,
                    "\(rule.file):\(example.line): the failing example should make `\(id)` fire on lines \(example.expectedLines), not \(lines)")
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
        Linter(options: LintOptions(jobs: 1)).lint(.bytes(Array(example.yaml.utf8)), path: example.fileName).findings
    }

    static func linesReported(by id: String, in example: RuleExample) -> [Int] {
        Array(Set(findings(in: example).filter { $0.ruleId == id }.map(\.range.start.line))).sorted()
    }
}
