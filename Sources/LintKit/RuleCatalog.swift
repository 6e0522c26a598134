import RuleFiles

public struct RuleCatalog: Sendable {
    public let rules: [RuleDescription]
    private let index: [String: Int]

    public init(rules: [RuleDescription]) {
        // The built-in rules come sorted: checked rather than sorted again, which would copy every rule.
        self.rules = rules.indices.dropFirst().allSatisfy({ rules[$0 - 1].id < rules[$0].id }) ? rules : rules.sorted { $0.id < $1.id }
        var index: [String: Int] = [:]
        index.reserveCapacity(self.rules.count)
        for (position, rule) in self.rules.enumerated() where index[rule.id] == nil { index[rule.id] = position }
        self.index = index
    }

    public func rule(_ id: String) -> RuleDescription? { index[id].map { rules[$0] } }

    public func severity(of id: String) -> Severity { rule(id)?.severity ?? .error }

    public var ids: [String] { rules.map(\.id) }

    /// The catalogue compiled into the binary from `Rules/*.yaml`.
    public static var builtIn: RuleCatalog { BuiltInRules.catalog }
}

/// The rules compiled in (`CompiledRules`, generated from `Rules/*.yaml` by the build, which refuses a
/// broken file), each with the examples its embedded file holds, read only when first asked for.
enum BuiltInRules {
    static let catalog = RuleCatalog(rules: CompiledRules.all)

    /// The examples of the rule in `EmbeddedRuleFiles.files[index]`, read from its text on first use.
    static func examples(ofFile index: Int) -> RuleExamples {
        RuleExamples(loading: {
            let file = EmbeddedRuleFiles.files[index]
            let full = try? RuleFileLoader.load(Array(file.text.utf8), file: file.name, allowBuiltInChecks: true)
            return (full?.failingExamples ?? [], full?.passingExamples ?? [])
        })
    }
}
