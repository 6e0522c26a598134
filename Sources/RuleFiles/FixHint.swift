/// What to do about a rule's findings: a summary and where to do it.
public struct FixHint: Sendable, Equatable {
    public let summary: String
    /// Setup navigation in Lightning Experience, when the fix is in Salesforce.
    public let lightning: String?
    /// Setup navigation in Salesforce Classic, when the fix is in Salesforce.
    public let classic: String?
    /// The Cyclr console path, when the fix is in Cyclr.
    public let cyclr: String?

    public init(summary: String, lightning: String? = nil, classic: String? = nil, cyclr: String? = nil) {
        self.summary = summary
        self.lightning = lightning
        self.classic = classic
        self.cyclr = cyclr
    }

    /// One line for a finding: the summary, then the navigation for the setup's Salesforce UI
    /// (Lightning unless the setup says Classic) and the Cyclr console path.
    public func text(classicUI: Bool) -> String {
        var parts = [summary]
        if let navigation = classicUI ? classic ?? lightning : lightning ?? classic {
            parts.append("\(classicUI && classic != nil ? "Classic" : "Lightning"): \(navigation).")
        }
        if let cyclr { parts.append("Cyclr console: \(cyclr).") }
        return parts.joined(separator: " ")
    }
}
