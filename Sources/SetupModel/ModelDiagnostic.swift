import YAMLSource
import SourceText

/// A problem found while reading a document into the setup model: a rule id, what is wrong
/// and where, and what to do. LintKit turns it into a finding with the rule's severity.
public struct ModelDiagnostic: Sendable, Equatable {
    public let ruleId: String
    public let message: String
    public let range: SourceRange
    public let keyPath: String
    public let help: String?
    /// For rules with two severities (e.g. `refresh-token-policy`): the one this finding has.
    /// Nil means the rule's default severity.
    public let level: DiagnosticLevel?

    public init(ruleId: String, message: String, range: SourceRange, keyPath: String, help: String? = nil,
                level: DiagnosticLevel? = nil) {
        self.ruleId = ruleId
        self.message = message
        self.range = range
        self.keyPath = keyPath
        self.help = help
        self.level = level
    }
}

public enum DiagnosticLevel: String, Sendable {
    case info, warning, error
}

/// The ids of the rules that reading a file can report (SPEC §3.1).
public enum ReadingRule {
    public static let yamlSyntax = "yaml-syntax"
    public static let emptySetup = "empty-setup"
    public static let duplicateKey = "duplicate-key"
    public static let unknownKey = "unknown-key"
    public static let wrongType = "wrong-type"
    public static let missingField = "missing-field"
    public static let unsupportedVersion = "unsupported-version"
    public static let inputLimit = "input-limit"
}
