import SetupModel

/// One generic check as a rule file uses it: where (`given`), what, and the message.
public struct GenericCheckUse: Sendable {
    public let given: KeyPathQuery
    public let check: any GenericCheck
    /// A template with `{value}`, `{key}`, `{keyPath}`, `{count}`, `{expected}`, `{detail}`; nil for the rule's title.
    public let message: String?

    public init(given: KeyPathQuery, check: any GenericCheck, message: String?) {
        self.given = given
        self.check = check
        self.message = message
    }
}

/// A rule made of generic checks: each check runs on every value its `given` path reaches.
struct GenericRule: DocumentRule {
    let ruleId: String
    let title: String
    let uses: [GenericCheckUse]

    func check(_ setup: Setup) -> [ModelDiagnostic] {
        uses.flatMap { use in
            use.given.matches(in: setup.root).flatMap { use.check.violations(at: $0) }.map { violation in
                ModelDiagnostic(ruleId: ruleId, message: violation.message(use.message ?? title), range: violation.range,
                                keyPath: violation.keyPath)
            }
        }
    }
}

/// Turns a catalogue into the checks that run on every document.
public enum RuleEngine {
    /// The document rules of a catalogue: generic rules, and the Swift guide checks it names that
    /// `GuideCheckRegistry` holds. Reader rules are reported while decoding and need none.
    public static func documentRules(for catalog: RuleCatalog,
                                     registry: [String: DocumentRule] = GuideCheckRegistry.checks) -> [DocumentRule] {
        catalog.rules.compactMap { rule -> DocumentRule? in
            switch rule.check {
            case .reader: return nil
            case .swift(let name): return registry[name]
            case .generic(let uses): return GenericRule(ruleId: rule.id, title: rule.title, uses: uses)
            }
        }
    }

    /// The Swift checks a catalogue names that the registry does not hold.
    public static func unregisteredSwiftChecks(in catalog: RuleCatalog,
                                               registry: [String: DocumentRule] = GuideCheckRegistry.checks) -> [String] {
        catalog.rules.compactMap { rule in
            if case .swift(let name) = rule.check, registry[name] == nil { return name }
            return nil
        }
    }
}
