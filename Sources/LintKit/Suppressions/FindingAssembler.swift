import SetupModel
import SourceText

/// Turns one file's diagnostics into findings: the configured severity (or `off`) first, then the
/// file's suppression comments, then the suppressions' own findings.
struct FindingAssembler {
    let catalog: RuleCatalog
    let policy: SeverityPolicy
    let path: String
    /// Turns fix plans into edits of the file; made on the first finding that has a plan.
    var fixes: LazyFixResolver? = nil

    func assemble(_ diagnostics: [Diagnostic], comments: [SourceComment]) -> (findings: [Finding], suppressed: [SuppressedFinding]) {
        let findings = diagnostics.compactMap(finding)
        guard !comments.isEmpty else { return (findings, []) }
        let known = Set(catalog.rules.map(\.id))
        var suppressions: [Suppression] = []
        var problems: [Diagnostic] = []
        for comment in comments {
            guard let parsed = SuppressionParser.parse(comment, knownRules: known) else { continue }
            if let suppression = parsed.suppression { suppressions.append(suppression) }
            problems += parsed.problems
        }
        let outcome = SuppressionMatcher.apply(suppressions, to: findings, isOff: policy.isOff)
        // Where reading stopped early, the rules did not see the whole file: a suppression that silenced nothing
        // may still be needed, so it is not reported as unused (nor removed by --fix).
        let readWhole = !diagnostics.contains { Self.stopsReading.contains($0.ruleId) }
        return (outcome.kept + (problems + (readWhole ? outcome.unused : [])).compactMap(finding), outcome.suppressed)
    }

    static let stopsReading: Set<String> = [RuleID.yamlSyntax.rawValue, RuleID.xmlSyntax.rawValue, RuleID.inputLimit.rawValue]

    /// Nil when the configuration turned the rule off.
    func finding(_ diagnostic: Diagnostic) -> Finding? {
        guard let severity = policy.severity(of: diagnostic.ruleId, level: diagnostic.severity, default: catalog.severity(of: diagnostic.ruleId)) else {
            return nil
        }
        return Finding(ruleId: diagnostic.ruleId, severity: severity, message: BoundedText.bounded(diagnostic.message), path: path,
                       range: diagnostic.range, keyPath: BoundedText.bounded(diagnostic.keyPath),
                       help: (help(diagnostic)).map(BoundedText.bounded),
                       fix: diagnostic.fix.flatMap { fixes?.resolver?.fix($0) },
                       alternativeFixes: diagnostic.alternatives.compactMap { fixes?.resolver?.fix($0) })
    }

    /// The finding's own help, else the rule's fix; with a word on why no fix is offered for a shared value.
    private func help(_ diagnostic: Diagnostic) -> String? {
        let help = diagnostic.help ?? fixHint(diagnostic.ruleId, classicUI: diagnostic.classicUI)
        guard let plan = diagnostic.fix, fixes?.resolver?.touchesSharedValue(plan) == true else { return help }
        return (help.map { $0 + " " } ?? "") + "No fix is offered: the value is shared through a YAML anchor or alias, so changing it here would change every place that uses it."
    }

    /// The rule's fix for the setup's Salesforce UI; nil when the rule has none.
    private func fixHint(_ ruleId: String, classicUI: Bool) -> String? {
        guard let fix = catalog.rule(ruleId)?.fix, !fix.summary.isEmpty else { return nil }
        return fix.text(classicUI: classicUI)
    }
}

/// A file's fix resolver, made when first asked for: most files have nothing to fix, and making one reads the file.
final class LazyFixResolver {
    private let make: () -> FixResolver?
    private(set) lazy var resolver: FixResolver? = make()

    init(_ make: @escaping () -> FixResolver?) {
        self.make = make
    }
}
