/// A comment in a source file, YAML (`# …`) or XML (`<!-- … -->`): its text without the
/// delimiters, where the whole comment is, and the column its text starts at.
public struct SourceComment: Sendable, Equatable {
    public let text: String
    /// The whole comment, delimiters included.
    public let range: SourceRange
    /// The column of the first scalar of `text`.
    public let textColumn: Int

    public init(text: String, range: SourceRange, textColumn: Int) {
        self.text = text
        self.range = range
        self.textColumn = textColumn
    }

    /// A YAML comment: its text starts right after the `#`.
    public init(yamlText text: String, range: SourceRange) {
        self.init(text: text, range: range, textColumn: range.start.column + 1)
    }

    /// An XML comment: its text starts right after the `<!--`.
    public init(xmlText text: String, range: SourceRange) {
        self.init(text: text, range: range, textColumn: range.start.column + 4)
    }

    /// The position of the `offset`-th Unicode scalar of `text` (0-based).
    public func position(ofTextOffset offset: Int) -> SourcePosition {
        SourcePosition(line: range.start.line, column: textColumn + offset)
    }
}
