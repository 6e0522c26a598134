import SourceText

/// A source line as a report quotes it under a finding: the whole line when it is short, else a window of it around
/// the finding's start, with `…` where it was cut. A long line (a flow list of thousands of scopes, say) can hold a
/// finding per item, and quoting all of it under each made the report grow with their product. A line is indexed once
/// for all the findings on it.
struct QuotedLine {
    let text: String
    /// The scalars of a line too long to quote whole; nil for a shorter one, which is not indexed.
    private let scalars: LineScalars?

    /// Lines up to this many columns (Unicode scalars) are quoted whole.
    static let maxColumns = 160
    /// A window starts this many columns before the finding, when the line has them.
    static let columnsBefore = 40

    init(_ text: String) {
        self.text = text
        scalars = text.utf8.count > Self.maxColumns ? LineScalars(text) : nil
    }

    /// What is shown of the line for a finding at `range`, and the range with its columns counted in what is shown.
    func shown(for range: SourceRange) -> (text: String, range: SourceRange) {
        guard let scalars, scalars.count > Self.maxColumns else { return (text, range) }
        let scalarCount = scalars.count
        let startColumn = min(max(range.start.column - 1, 0), scalarCount)
        let windowStart = max(0, min(startColumn - Self.columnsBefore, scalarCount - Self.maxColumns))
        let windowEnd = windowStart + Self.maxColumns
        let endColumn = range.end.line == range.start.line ? min(max(range.end.column - 1, startColumn), windowEnd) : windowEnd
        let utf8 = text.utf8
        func index(ofScalar scalar: Int) -> String.Index { utf8.index(utf8.startIndex, offsetBy: scalars.byteOffset(ofScalar: scalar)) }
        let lead = windowStart > 0 ? "…" : ""
        let shown = lead + text[index(ofScalar: windowStart)..<index(ofScalar: windowEnd)] + (windowEnd < scalarCount ? "…" : "")
        let shift = windowStart - (lead.isEmpty ? 0 : 1)
        let line = range.start.line
        return (shown, SourceRange(start: SourcePosition(line: line, column: startColumn + 1 - shift),
                                   end: SourcePosition(line: line, column: endColumn + 1 - shift)))
    }
}
