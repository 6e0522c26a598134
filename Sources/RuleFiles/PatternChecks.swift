import FoundationEssentials
import SetupModel

/// A regular expression parameter, compiled once when the rule file is read.
struct RulePattern: @unchecked Sendable {
    let source: String
    let expression: Regex<AnyRegexOutput>

    init(_ parameter: RuleValue, check: String) throws(RuleParameterError) {
        guard case .string(let source) = parameter, !source.isEmpty else {
            throw RuleParameterError("`\(check)` takes a regular expression as a string, not \(parameter)")
        }
        do {
            expression = try Regex(source)
        } catch {
            throw RuleParameterError("`\(check)`: `\(source)` is not a valid regular expression")
        }
        self.source = source
    }

    /// Whether the expression matches somewhere in the text (anchor it with `^…$` for the whole text).
    func matches(_ text: String) -> Bool {
        (try? expression.firstMatch(in: text)) != nil
    }
}

/// The text a pattern is matched against: strings as they are, numbers and booleans as written, null as "".
private func patternText(_ node: SetupNode) -> String? {
    switch node.value {
    case .string(let text): return text
    case .integer(let number): return String(number)
    case .boolean(let flag): return String(flag)
    case .null: return ""
    case .list, .mapping: return nil
    }
}

/// `pattern: REGEX` — a present value must match REGEX.
public struct PatternCheck: GenericCheck {
    public static let name = "pattern"
    public static let parameterSummary = "a regular expression"
    let pattern: RulePattern

    public var parameter: RuleValue { .string(pattern.source) }

    public init(parameter: RuleValue) throws(RuleParameterError) {
        pattern = try RulePattern(parameter, check: Self.name)
    }

    public func violations(at match: KeyPathQuery.Match) -> [CheckViolation] {
        guard let node = match.node, let text = patternText(node), !pattern.matches(text) else { return [] }
        return [CheckViolation(node: node, "`\(node.keyPath)` does not match `\(pattern.source)`", expected: pattern.source)]
    }
}

/// `not-pattern: REGEX` — a present value must not match REGEX.
public struct NotPatternCheck: GenericCheck {
    public static let name = "not-pattern"
    public static let parameterSummary = "a regular expression"
    let pattern: RulePattern

    public var parameter: RuleValue { .string(pattern.source) }

    public init(parameter: RuleValue) throws(RuleParameterError) {
        pattern = try RulePattern(parameter, check: Self.name)
    }

    public func violations(at match: KeyPathQuery.Match) -> [CheckViolation] {
        guard let node = match.node, let text = patternText(node), pattern.matches(text) else { return [] }
        return [CheckViolation(node: node, "`\(node.keyPath)` matches `\(pattern.source)`, which it must not", expected: pattern.source)]
    }
}
