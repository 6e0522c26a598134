import RuleFiles

/// `--fail-on`: the lowest severity that makes the run fail, or never.
public enum FailLevel: String, Sendable, CaseIterable {
    case error, warning, info, never

    public func fails(on severity: Severity) -> Bool {
        switch self {
        case .never: return false
        case .error: return severity >= .error
        case .warning: return severity >= .warning
        case .info: return true
        }
    }
}
