import SetupModel

/// `includes: VALUE` — a present list (or single value) must hold VALUE; reported at its key.
public struct IncludesCheck: GenericCheck {
    public static let name = "includes"
    public static let parameterSummary = "a string, integer or boolean"
    let wanted: RuleValue

    public var parameter: RuleValue { wanted }

    public init(parameter: RuleValue) throws(RuleParameterError) {
        guard parameter.isScalar else { throw RuleParameterError("`includes` takes \(Self.parameterSummary), not \(parameter)") }
        wanted = parameter
    }

    public func violations(at match: KeyPathQuery.Match) -> [CheckViolation] {
        guard let node = match.node, node.fields == nil, !node.asItems.contains(where: { wanted.matches($0) }) else { return [] }
        return [CheckViolation(node: node, atKey: true, "`\(node.keyPath)` does not include \(wanted)", expected: wanted.description)]
    }
}

/// `excludes: VALUE` — no item of a present list (or the single value) may be VALUE; reported at each such item.
public struct ExcludesCheck: GenericCheck {
    public static let name = "excludes"
    public static let parameterSummary = "a string, integer or boolean"
    let unwanted: RuleValue

    public var parameter: RuleValue { unwanted }

    public init(parameter: RuleValue) throws(RuleParameterError) {
        guard parameter.isScalar else { throw RuleParameterError("`excludes` takes \(Self.parameterSummary), not \(parameter)") }
        unwanted = parameter
    }

    public func violations(at match: KeyPathQuery.Match) -> [CheckViolation] {
        guard let node = match.node else { return [] }
        return node.asItems.filter { unwanted.matches($0) }.map {
            CheckViolation(node: $0, "`\(node.keyPath)` includes \(unwanted), which it must not", expected: unwanted.description)
        }
    }
}

/// `max-items: N` — a present list may hold at most N items; reported at its key.
public struct MaxItemsCheck: GenericCheck {
    public static let name = "max-items"
    public static let parameterSummary = "a whole number"
    let limit: Int

    public var parameter: RuleValue { .integer(limit) }

    public init(parameter: RuleValue) throws(RuleParameterError) {
        guard case .integer(let number) = parameter, number >= 0 else {
            throw RuleParameterError("`max-items` takes \(Self.parameterSummary), not \(parameter)")
        }
        limit = number
    }

    public func violations(at match: KeyPathQuery.Match) -> [CheckViolation] {
        guard let node = match.node, node.fields == nil, node.asItems.count > limit else { return [] }
        let count = node.asItems.count
        return [CheckViolation(node: node, atKey: true, "`\(node.keyPath)` has \(count) items, over the limit of \(limit)",
                               count: count, expected: String(limit))]
    }
}
