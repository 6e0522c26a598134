import RuleFiles

public struct RuleCatalog: Sendable {
    public let rules: [RuleDescription]
    private let index: [String: Int]

    public init(rules: [RuleDescription]) {
        self.rules = rules.sorted { $0.id < $1.id }
        var index: [String: Int] = [:]
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
    // Indexed rather than zipped: the first zip of a run costs the runtime a generic instantiation.
    static let catalog = RuleCatalog(rules: CompiledRules.all.indices.map { index in
        let file = EmbeddedRuleFiles.files[index]
        return CompiledRules.all[index].withExamples(RuleExamples(loading: {
            let full = try? RuleFileLoader.load(Array(file.text.utf8), file: file.name, allowBuiltInChecks: true)
            return (full?.failingExamples ?? [], full?.passingExamples ?? [])
        }))
    })
}
