import SetupModel
import SourceText
import RuleFiles

/// What a rule found, before the configuration and suppression comments have had their say: the
/// rule, what is wrong and where, and what to do when the finding can say more than the rule's fix.
public struct Diagnostic: Sendable, Hashable {
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
    /// The file of the unit being linted that the finding is in (0: the file the unit was named by).
    public var file: Int
    /// What would repair it; turned into text edits of its file when results are made.
    public var fix: FixPlan?
    /// Other repairs to offer (editors, reports); never applied by `--fix`.
    public var alternatives: [FixPlan] = []

    public init(ruleId: String, message: String, range: SourceRange, keyPath: String = "", help: String? = nil,
                severity: Severity? = nil, file: Int = 0) {
        self.ruleId = ruleId
        self.message = message
        self.range = range
        self.keyPath = keyPath
        self.help = help
        self.severity = severity
        self.file = file
    }

    public init(_ rule: RuleID, message: String, range: SourceRange, keyPath: String = "", help: String? = nil) {
        self.init(ruleId: rule.rawValue, message: message, range: range, keyPath: keyPath, help: help)
    }

    /// The finding of the rule that reports this kind of reading problem.
    public init(_ problem: ReadingProblem) {
        self.init(ruleId: problem.kind.rule.rawValue, message: problem.message, range: problem.range, keyPath: problem.keyPath,
                  help: problem.help, file: problem.file)
        fix = problem.repair.map { FixPlan($0.title, problem.kind.repairApplicability, [.repair($0.change)]) }
    }

    /// A check's finding under its rule.
    public init(_ ruleId: String, _ found: CheckFinding) {
        self.init(ruleId: ruleId, message: found.message, range: found.range, keyPath: found.keyPath, help: found.help,
                  severity: found.severity, file: found.file)
        fix = found.fix
        alternatives = found.alternatives
    }
}

extension ReadingProblem.Kind {
    /// Repairs of a value's type, a repeated equal key and element order keep the meaning; renames are a guess.
    var repairApplicability: Fix.Applicability {
        switch self {
        case .unknownKey, .unknownScope: return .unsafe
        default: return .safe
        }
    }

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
        case .unlistedElement: return .metadataUnlistedElement
        case .elementOrder: return .metadataElementOrder
        case .unknownScope: return .unknownScope
        }
    }
}
