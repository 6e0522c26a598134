import Foundation
import LintKit
import Testing
import TestSupport

@Suite struct CatalogTests {
    /// Every rule of SPEC §3.1 and §3.2: the ids in the first column of its tables.
    static let specRuleIds: [String] = {
        let spec = (try? Fixtures.read("../shared/SPEC.md")) ?? ""
        let rules = spec.components(separatedBy: "\n## 3. Rules").dropFirst().first?.components(separatedBy: "\n## 4.").first ?? ""
        return rules.matches(of: #/\n\| `([a-z0-9-]+)` \|/#).map { String($0.1) }
    }()

    static let rulesFolder = Fixtures.url("Rules")

    @Test func embeddedRuleFilesAreValid() {
        #expect(RuleCatalog.builtInProblems.map(\.description) == [])
    }

    @Test func everySpecRuleIsInTheCatalogue() {
        #expect(Self.specRuleIds.count >= 31, "SPEC.md §3 lists no rules")
        let missing = Self.specRuleIds.filter { RuleCatalog.builtIn.rule($0) == nil }
        #expect(missing == [], "no rule file in Rules/ for \(missing)")
    }

    /// The catalogue compiled in is the one on disk, file by file: the build embeds Rules/ as it is.
    @Test func theEmbeddedCatalogueMatchesRulesFolder() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.rulesFolder.path).filter { $0.hasSuffix(".yaml") }.sorted()
        #expect(RuleCatalog.builtIn.ids.sorted() == names.map { String($0.dropLast(".yaml".count)) }.sorted())
        for name in names {
            let bytes = try [UInt8](Data(contentsOf: Self.rulesFolder.appendingPathComponent(name)))
            let onDisk = try RuleFileLoader.load(bytes, file: "Rules/\(name)", allowBuiltInChecks: true)
            let embedded = try #require(RuleCatalog.builtIn.rule(onDisk.id))
            #expect(embedded.title == onDisk.title && embedded.severity == onDisk.severity && embedded.fix == onDisk.fix
                    && embedded.rationale == onDisk.rationale && embedded.failingExamples == onDisk.failingExamples,
                    "Rules/\(name) differs from the catalogue compiled in")
        }
    }

    /// The build generates `RuleID` and the Swift check registry from `Rules/`, and stops when a rule and its
    /// check do not pair up; this holds the compiled catalogue to the same ids.
    @Test func everyBuiltInRuleHasItsIdAndEverySwiftRuleItsCheck() {
        let catalog = RuleCatalog.builtIn
        #expect(RuleID.allCases.map(\.rawValue).sorted() == catalog.ids)
        let checked = Set(RuleEngine.documentRules(for: catalog).map(\.rule.id))
        for rule in catalog.rules {
            if case .swift = rule.check { #expect(checked.contains(rule.id), "\(rule.file) has no check that runs") }
        }
    }

    @Test func everyRuleExplainsItself() {
        for rule in RuleCatalog.builtIn.rules {
            #expect(!rule.rationale.isEmpty && !rule.guide.isEmpty && !rule.fix.summary.isEmpty, "\(rule.file)")
            #expect(!rule.failingExamples.isEmpty && !rule.passingExamples.isEmpty, "\(rule.file)")
        }
    }
}
