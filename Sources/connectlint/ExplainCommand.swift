import FoundationEssentials
import LintKit
import SourceText

struct ExplainCommand: ParsedCommand {
    static let ruleId: Declared<String> = .argument("rule-id", help: "A rule id, as `connectlint rules` lists them.")
    static let spec = CommandSpec(Self.self, name: "explain",
        abstract: "Explain one rule: why it matters, the guide section it rests on, how to fix it, and examples.",
        groups: [CatalogOptions.group, ParameterGroup(ruleId.parameter)])

    let catalogOptions: CatalogOptions
    let ruleId: String

    init(_ parsed: ParsedValues) throws {
        catalogOptions = try CatalogOptions(parsed)
        ruleId = try parsed[Self.ruleId]
    }

    func run() throws {
        let catalog = try catalogOptions.catalog()
        guard let rule = catalog.rule(ruleId) else {
            let suggestion = Suggestions.didYouMean(ruleId, among: catalog.ids)
            throw LintUsageError("unknown rule `\(ruleId)`\(suggestion) (`connectlint rules` lists every rule)")
        }
        print(RuleExplanation.text(of: rule, catalog: catalog), terminator: "")
    }
}
