import Foundation
import ArgumentParser
import LintKit
import SourceText

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
            let suggestion = Suggestions.didYouMean(ruleId, among: catalog.ids)
            throw LintUsageError("unknown rule `\(ruleId)`\(suggestion) (`connectlint rules` lists every rule)")
        }
        print(RuleExplanation.text(of: rule, catalog: catalog), terminator: "")
    }
}
