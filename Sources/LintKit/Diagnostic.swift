import SetupModel
import SourceText

/// What a rule found, before the configuration and suppression comments have had their say: the
/// rule, what is wrong and where, and what to do when the finding can say more than the rule's fix.
public struct Diagnostic: Sendable, Equatable {
    public let ruleId: String
    public let message: String
    public let range: SourceRange
    public let keyPath: String
    /// Nil: the rule's `fix` from the catalogue.
    public let help: String?
    /// For rules with two severities (`refresh-token-policy`): this finding's; nil for the rule's own.
    public let severity: Severity?
    /// Whether the catalogue's fix hint shows Salesforce Classic navigation (the setup's `salesforce.ui`).
    public var classicUI = false

    public init(ruleId: String, message: String, range: SourceRange, keyPath: String = "", help: String? = nil,
                severity: Severity? = nil) {
        self.ruleId = ruleId
        self.message = message
        self.range = range
        self.keyPath = keyPath
        self.help = help
        self.severity = severity
    }

    public init(_ rule: RuleID, message: String, range: SourceRange, keyPath: String = "", help: String? = nil) {
        self.init(ruleId: rule.rawValue, message: message, range: range, keyPath: keyPath, help: help)
    }

    /// The finding of the rule that reports this kind of reading problem.
    public init(_ problem: ReadingProblem) {
        self.init(problem.kind.rule, message: problem.message, range: problem.range, keyPath: problem.keyPath, help: problem.help)
    }

    /// A check's finding under its rule.
    public init(_ ruleId: String, _ found: CheckFinding) {
        self.init(ruleId: ruleId, message: found.message, range: found.range, keyPath: found.keyPath, help: found.help,
                  severity: found.severity)
    }
}

extension ReadingProblem.Kind {
    /// The rule that reports this kind of problem.
    public var rule: RuleID {
        switch self {
        case .yamlSyntax: return .yamlSyntax
        case .xmlSyntax: return .xmlSyntax
        case .inputLimit: return .inputLimit
        case .emptySetup: return .emptySetup
        case .duplicateKey: return .duplicateKey
        case .unknownKey: return .unknownKey
        case .wrongType: return .wrongType
        case .missingField: return .missingField
        case .unsupportedVersion: return .unsupportedVersion
        case .unknownElement: return .metadataUnknownElement
        case .elementOrder: return .metadataElementOrder
        case .unknownScope: return .unknownScope
        }
    }
}
