import SetupModel

/// `present: true` — the key must be there with a value that is not blank. A required key that is
/// absent is left to `missing-field`, which the reader already reports.
public struct PresentCheck: GenericCheck {
    public static let name = "present"
    public static let parameterSummary = "`true`"

    public var parameter: RuleValue { .boolean(true) }

    public init(parameter: RuleValue) throws(RuleParameterError) {
        guard parameter == .boolean(true) else { throw RuleParameterError("`present` takes `true`, not \(parameter)") }
    }

    public func violations(at match: KeyPathQuery.Match) -> [CheckViolation] {
        switch match {
        case .missing(let holder, _, let keyPath, let isRequired):
            if isRequired { return [] }
            let key = keyPath.split(separator: ".").last.map(String.init) ?? keyPath
            return [CheckViolation(missing: keyPath, key: key, holder: holder, "`\(keyPath)` is missing")]
        case .found(let node):
            return node.isBlank ? [CheckViolation(node: node, atKey: true, "`\(node.keyPath)` is blank")] : []
        }
    }
}

/// `absent: true` — the key must not be there at all.
public struct AbsentCheck: GenericCheck {
    public static let name = "absent"
    public static let parameterSummary = "`true`"

    public var parameter: RuleValue { .boolean(true) }

    public init(parameter: RuleValue) throws(RuleParameterError) {
        guard parameter == .boolean(true) else { throw RuleParameterError("`absent` takes `true`, not \(parameter)") }
    }

    public func violations(at match: KeyPathQuery.Match) -> [CheckViolation] {
        guard let node = match.node else { return [] }
        return [CheckViolation(node: node, atKey: true, "`\(node.keyPath)` should not be set")]
    }
}
