import SetupModel
import SourceText
import RuleFiles

/// What a check found: the problem and where, and optionally a help more specific than the rule's
/// `fix` or a severity other than the rule's. The rule id, title and default help come from the catalogue.
public struct CheckFinding: Sendable, Equatable {
    public let message: String
    public let range: SourceRange
    public let keyPath: String
    public let help: String?
    public let severity: Severity?
    /// The file of the unit the finding is in: the file the value it is about came from.
    public let file: Int
    /// What would repair it, in setup terms.
    public var fix: FixPlan?
    /// Other repairs, for editors and reports to offer; `--fix` applies only `fix`.
    public var alternatives: [FixPlan] = []

    public init(message: String, range: SourceRange, keyPath: String, help: String? = nil, severity: Severity? = nil, file: Int = 0,
                fix: FixPlan? = nil) {
        self.message = message
        self.range = range
        self.keyPath = keyPath
        self.help = help
        self.severity = severity
        self.file = file
        self.fix = fix
    }

    /// The same finding with a fix, and other repairs to offer.
    public func fixed(by plan: FixPlan?, or alternatives: [FixPlan] = []) -> CheckFinding {
        var copy = self
        copy.fix = plan
        copy.alternatives = alternatives
        return copy
    }
}

/// A check that runs on every decoded setup and reports what breaks its rule.
public protocol SetupCheck: Sendable {
    func check(_ setup: Setup) -> [CheckFinding]
    /// Values whose text must be masked in every report (values the check judged secret).
    func secrets(in setup: Setup) -> [SetupNode]
    /// Whether `secrets(in:)` may find any: asked once, so that the others are not asked of every document.
    var judgesSecrets: Bool { get }
}

extension SetupCheck {
    public func secrets(in setup: Setup) -> [SetupNode] { [] }
    public var judgesSecrets: Bool { false }
}

/// A rule of the catalogue with the check that runs it.
public struct DocumentRule: Sendable {
    public let rule: RuleDescription
    public let check: any SetupCheck

    public init(rule: RuleDescription, check: any SetupCheck) {
        self.rule = rule
        self.check = check
    }
}
