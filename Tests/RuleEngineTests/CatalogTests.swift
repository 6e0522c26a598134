import Foundation
import LintKit
import Testing

@Suite struct CatalogTests {
    @Test func embeddedRuleFilesAreValid() {
        #expect(RuleCatalog.builtInProblems.map(\.description) == [])
    }
}
