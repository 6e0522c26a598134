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
    public static var builtIn: RuleCatalog { BuiltInRules.loaded.catalog }

    /// Problems of the embedded rule files (empty in any tested build): each names the file and line.
    public static var builtInProblems: [RuleFileError] { BuiltInRules.allProblems }

    /// Problems that stop the built-in catalogue from loading for linting (examples are not read).
    public static var builtInLoadProblems: [RuleFileError] { BuiltInRules.loaded.problems }
}

/// Reads the embedded rule files once: without their examples for linting, in full (examples
/// included) when the examples or the files' problems are asked for.
enum BuiltInRules {
    static let loaded: (catalog: RuleCatalog, problems: [RuleFileError]) = {
        var rules: [RuleDescription] = []
        var problems: [RuleFileError] = []
        for file in EmbeddedRuleFiles.files {
            do {
                let core = RuleFileLoader.withoutExamples(file.text)
                let rule = try RuleFileLoader.load(Array(core.utf8), file: file.name, allowBuiltInChecks: true, examplesDeferred: true)
                rules.append(rule.withExamples(RuleExamples(loading: {
                    let full = try? fullLoad(file).get()
                    return (full?.failingExamples ?? [], full?.passingExamples ?? [])
                })))
            } catch {
                problems += fullProblems(file)
            }
        }
        return (RuleCatalog(rules: rules), problems)
    }()

    /// Every embedded file's problems, its examples included.
    static let allProblems: [RuleFileError] = EmbeddedRuleFiles.files.flatMap(fullProblems)

    private static func fullProblems(_ file: (name: String, text: String)) -> [RuleFileError] {
        if case .failure(let error) = fullLoad(file) { return [error] }
        return []
    }

    /// The whole rule file, examples included.
    private static func fullLoad(_ file: (name: String, text: String)) -> Result<RuleDescription, RuleFileError> {
        Result { () throws(RuleFileError) in try RuleFileLoader.load(Array(file.text.utf8), file: file.name, allowBuiltInChecks: true) }
    }
}
