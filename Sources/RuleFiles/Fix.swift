import SourceText

/// What a finding's rule knows how to change: a title for menus and reports, whether the change is safe to
/// make unasked, and the text edits in the finding's own file.
public struct Fix: Sendable, Hashable {
    public enum Applicability: String, Sendable, Hashable {
        /// Does only what the guide or Salesforce requires, and keeps meaning and comments: `--fix` applies it.
        case safe
        /// A choice the user must confirm: applied only with `--unsafe-fixes`.
        case unsafe
    }

    public let title: String
    public let applicability: Applicability
    public let edits: [TextEdit]

    public init(title: String, applicability: Applicability, edits: [TextEdit]) {
        self.title = title
        self.applicability = applicability
        self.edits = edits
    }
}
