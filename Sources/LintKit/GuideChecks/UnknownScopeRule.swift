import SetupModel
import SourceText
import RuleFiles

/// `unknown-scope`: every scope must be a Salesforce OAuth scope, in any of its spellings (SPEC §2).
struct UnknownScopeRule: GuideCheck {
    static let maxSuggested = 100

    func check(_ setup: Setup) -> [CheckFinding] {
        guard let selection = ScopeSelection(setup) else { return [] }
        var looked: Set<String> = []
        var suggestions: [String: String] = [:]
        lazy var help = "Write a scope as its OAuth token (`full`), Metadata API name (`Full`) or Setup label (`Full access (full)`); "
            + "see Salesforce's list in \(FixLocation.oauthSettings(setup)) › Selected OAuth Scopes."
        return selection.entries.compactMap { node, scope in
            guard scope == nil, !node.isEnvironmentReference else { return nil }
            guard let text = node.string, !node.isBlank else {
                return finding("a scope entry is empty", at: node, help: "Remove the empty entry or write a scope there.")
            }
            // Remembered per text, and looked for only among the first distinct ones, so a huge list stays fast.
            if looked.count < Self.maxSuggested, looked.insert(text).inserted { suggestions[text] = Self.suggestion(for: text) }
            let suggestion = suggestions[text].map { "; did you mean `\($0)`?" } ?? ""
            return finding("\(quoted(text)) is not a Salesforce OAuth scope\(suggestion)", at: node, help: help)
                .fixed(by: suggestions[text].map { FixPlan("Write `\($0)`", .unsafe, [.set(node, .text($0))]) })
        }
    }

    /// The closest spelling by edit distance, or else a Setup label that begins with the text (`Full access`).
    static func suggestion(for text: String) -> String? {
        if let close = Suggestions.closest(to: text, among: ScopeCatalog.allSpellings) { return close }
        let start = text.trimmingWhitespace.lowercased()
        guard start.count >= 4 else { return nil }
        return ScopeCatalog.all.flatMap(\.labels).first { $0.lowercased().hasPrefix(start) }
    }
}
