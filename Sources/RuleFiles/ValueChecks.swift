import SetupModel

/// `equals: VALUE` — a present value must be VALUE (a string, integer or boolean).
public struct EqualsCheck: GenericCheck {
    public static let name = "equals"
    public static let parameterSummary = "a string, integer or boolean"
    let expected: RuleValue

    public var parameter: RuleValue { expected }

    public init(parameter: RuleValue) throws(RuleParameterError) {
        guard parameter.isScalar else { throw RuleParameterError("`equals` takes \(Self.parameterSummary), not \(parameter)") }
        expected = parameter
    }

    public func violations(at match: KeyPathQuery.Match) -> [CheckViolation] {
        guard let node = match.node, node.fields == nil, node.items == nil, !expected.matches(node) else { return [] }
        var violation = CheckViolation(node: node, "`\(node.keyPath)` is `\(node.shownValue)`; it should be \(expected)",
                                       expected: expected.description)
        violation.repair = expected.setupValue.map { (node, $0) }
        return [violation]
    }
}

/// `one-of: [A, B]` — a present value must be one of the listed ones.
public struct OneOfCheck: GenericCheck {
    public static let name = "one-of"
    public static let parameterSummary = "a non-empty list of strings, integers or booleans"
    let allowed: [RuleValue]

    public var parameter: RuleValue { .list(allowed) }

    public init(parameter: RuleValue) throws(RuleParameterError) {
        guard case .list(let items) = parameter, !items.isEmpty, items.allSatisfy(\.isScalar) else {
            throw RuleParameterError("`one-of` takes \(Self.parameterSummary), not \(parameter)")
        }
        allowed = items
    }

    public func violations(at match: KeyPathQuery.Match) -> [CheckViolation] {
        guard let node = match.node, !node.isBlank, node.fields == nil, node.items == nil,
              !allowed.contains(where: { $0.matches(node) }) else { return [] }
        let list = RuleValue.list(allowed).description
        return [CheckViolation(node: node, "`\(node.keyPath)` is `\(node.shownValue)`; it should be one of \(list)", expected: list)]
    }
}

/// `max-length: N` — a present string must be at most N characters long.
public struct MaxLengthCheck: GenericCheck {
    public static let name = "max-length"
    public static let parameterSummary = "a whole number"
    let limit: Int

    public var parameter: RuleValue { .integer(limit) }

    public init(parameter: RuleValue) throws(RuleParameterError) {
        guard case .integer(let number) = parameter, number >= 0 else {
            throw RuleParameterError("`max-length` takes \(Self.parameterSummary), not \(parameter)")
        }
        limit = number
    }

    public func violations(at match: KeyPathQuery.Match) -> [CheckViolation] {
        // A text has no more characters than bytes: most are told short by their byte count, without counting characters.
        guard let node = match.node, let text = node.string, text.utf8.count > limit, text.count > limit else { return [] }
        return [CheckViolation(node: node, "`\(node.keyPath)` is \(text.count) characters long, over the limit of \(limit)",
                               count: text.count, expected: String(limit))]
    }
}
