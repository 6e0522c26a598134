import SetupModel

/// What a report needs to know of a rule.
public struct RuleDescription: Sendable {
    public let id: String
    public let severity: Severity
    /// One line: what the rule finds.
    public let title: String
    /// Why it matters, citing the guide or the Salesforce fact it rests on.
    public let rationale: String
    /// What to do, in general (findings carry a specific help of their own when they can).
    public let help: String

    public init(id: String, severity: Severity, title: String, rationale: String = "", help: String) {
        self.id = id
        self.severity = severity
        self.title = title
        self.rationale = rationale
        self.help = help
    }
}

public struct RuleCatalog: Sendable {
    public let rules: [RuleDescription]

    public init(rules: [RuleDescription]) {
        self.rules = rules
    }

    public func rule(_ id: String) -> RuleDescription? { rules.first { $0.id == id } }

    public func severity(of id: String) -> Severity { rule(id)?.severity ?? .error }

    /// The rules of reading a file (SPEC §3.1).
    public static let builtIn = RuleCatalog(rules: [
        RuleDescription(id: ReadingRule.yamlSyntax, severity: .error, title: "The file is not well-formed YAML",
                        help: "Fix the YAML at the position shown."),
        RuleDescription(id: ReadingRule.emptySetup, severity: .error, title: "A file or document holds no setup",
                        help: "Write a setup or remove the empty document."),
        RuleDescription(id: ReadingRule.duplicateKey, severity: .error, title: "A key repeats in one mapping",
                        help: "Keep one of the keys."),
        RuleDescription(id: ReadingRule.unknownKey, severity: .warning, title: "A key is not part of the setup format",
                        help: "Rename or remove the key."),
        RuleDescription(id: ReadingRule.wrongType, severity: .error, title: "A value has the wrong type",
                        help: "Write the value in the type the format expects."),
        RuleDescription(id: ReadingRule.missingField, severity: .error, title: "A required key is absent",
                        help: "Add the key."),
        RuleDescription(id: ReadingRule.unsupportedVersion, severity: .error, title: "The format version is not 1",
                        help: "Write `version: 1`."),
        RuleDescription(id: ReadingRule.inputLimit, severity: .error, title: "The input passes a safety limit",
                        help: "Split or simplify the file."),
    ])
}
