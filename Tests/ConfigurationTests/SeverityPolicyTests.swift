@testable import LintKit
import SetupModel
import Testing
import RuleFiles

@Suite struct SeverityPolicyTests {
    let diagnostic = Diagnostic(ruleId: "two-level", message: "m", range: .fileStart, keyPath: "", severity: .warning)
    let catalog = RuleCatalog(rules: [RuleDescription(id: "two-level", severity: .error, title: "t", fix: FixHint(summary: "h"))])

    @Test func configuredSeverityWinsOverTheFindingsOwnLevel() {
        let policy = SeverityPolicy(settings: ["two-level": .severity(.info)])
        let finding = FindingAssembler(catalog: catalog, policy: policy, path: "p").finding(diagnostic)
        #expect(finding?.severity == .info)
    }

    @Test func withoutASettingTheFindingsLevelWinsOverTheDefault() {
        let finding = FindingAssembler(catalog: catalog, policy: SeverityPolicy(), path: "p").finding(diagnostic)
        #expect(finding?.severity == .warning)
    }

    @Test func offDropsTheFinding() {
        let policy = SeverityPolicy(settings: ["two-level": .off])
        #expect(FindingAssembler(catalog: catalog, policy: policy, path: "p").finding(diagnostic) == nil)
    }
}
