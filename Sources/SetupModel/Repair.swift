import SourceText

/// What would repair a reading problem, in the terms of its file: LintKit decides whether that is safe to
/// make unasked, and turns it into text edits.
public struct Repair: Sendable, Equatable {
    public enum Change: Sendable, Equatable {
        /// Replace the text at a range (`yes` with `true`, `"1"` with `1`, a misspelt key with the right one).
        case replace(SourceRange, with: String)
        /// Remove whole lines (a repeated `key: value` that says what the first one says).
        case removeLines(first: Int, last: Int)
        /// Put the children of the element whose name is at this range in this sequence.
        case reorderChildren(ofElementNamedAt: SourceRange, sequence: [String])
    }

    public let title: String
    public let change: Change

    public init(_ title: String, _ change: Change) {
        self.title = title
        self.change = change
    }
}
