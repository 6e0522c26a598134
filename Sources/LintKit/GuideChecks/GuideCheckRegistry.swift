/// The guide-specific checks written in Swift, by the check name that `Rules/*.yaml` uses.
public enum GuideCheckRegistry {
    public static let checks: [String: DocumentRule] = [:]
}
