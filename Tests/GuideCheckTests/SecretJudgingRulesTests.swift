import Testing
import SetupModel
import TestSupport
@testable import LintKit

/// The linter asks a rule for the values it judges secret only when the rule says it judges any (`judgesSecrets`), so
/// that the others are not asked of every document. A rule that finds secrets without saying so would leave them unmasked.
@Suite struct SecretJudgingRulesTests {
    @Test func onlyRulesThatSaySoFindSecrets() {
        let rules = RuleEngine.documentRules(for: .builtIn)
        let samples = Fixtures.files(under: "SampleConfigs") { $0.hasSuffix(".cyclr.yaml") }
        let setups = samples.flatMap { ValidSampleTests.setups(.file(Fixtures.path($0))) }
        #expect(setups.count > 50)
        var judgedSomewhere = Set<String>()
        for setup in setups {
            for rule in rules where !rule.check.secrets(in: setup).isEmpty {
                #expect(rule.check.judgesSecrets, "\(rule.rule.id) finds secrets but does not say it judges any")
                judgedSomewhere.insert(rule.rule.id)
            }
        }
        // The samples hold swapped credentials, so the check above is not vacuous.
        #expect(judgedSomewhere.contains("swapped-credentials"))
    }
}
