import RuleFiles
import SetupModel

/// A rule made of generic checks: each check runs on every value its `given` path reaches.
struct GenericRule: SetupCheck {
    let title: String
    let uses: [GenericCheckUse]
    /// Whether the value a check names may be written in by `--fix` (`autofix:` in the rule file).
    let autofix: Fix.Applicability?

    func check(_ setup: Setup) -> [CheckFinding] {
        var found: [CheckFinding] = []
        var matches: [KeyPathQuery.Match] = []
        // By index, since a use is not copied then. The checks of a rule file share its `given` path: it is followed once for them all.
        for index in uses.indices {
            if index == 0 || uses[index].given != uses[index - 1].given { matches = uses[index].given.matches(in: setup) }
            for match in matches {
                for violation in uses[index].check.violations(at: match) {
                    found.append(CheckFinding(message: violation.message(uses[index].message ?? title), range: violation.range,
                                              keyPath: violation.keyPath, file: violation.file, fix: fix(violation)))
                }
            }
        }
        return found
    }

    private func fix(_ violation: CheckViolation) -> FixPlan? {
        guard let autofix, let (node, value) = violation.repair else { return nil }
        let key = node.keyPath.split(separator: ".").last.map(String.init) ?? node.keyPath
        return FixPlan("Set \(node.assignment(of: key, to: value.spelled(in: node.origin.format)))", autofix, [.set(node, value)])
    }
}

/// Turns a catalogue into the checks that run on every document.
public enum RuleEngine {
    /// The document rules of a catalogue: its generic rules, and its built-in rules whose check is in
    /// Swift. Reader rules are reported while reading and need none.
    public static func documentRules(for catalog: RuleCatalog) -> [DocumentRule] {
        catalog.rules.compactMap { rule -> DocumentRule? in
            switch rule.check {
            case .reader: return nil
            case .swift: return RuleID(rawValue: rule.id).flatMap(GuideCheckRegistry.check).map { DocumentRule(rule: rule, check: $0) }
            case .generic(let uses): return DocumentRule(rule: rule, check: GenericRule(title: rule.title, uses: uses, autofix: rule.autofix))
            }
        }
    }
}
