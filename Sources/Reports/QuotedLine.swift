import SourceText

/// A source line as a report quotes it under a finding: the whole line when it is short, else a window of it around
/// the finding's start, with `…` where it was cut. A long line (a flow list of thousands of scopes, say) can hold a
/// finding per item, and quoting all of it under each made the report grow with their product. A line is indexed once
/// for all the findings on it.
struct QuotedLine {
    let text: String
    /// Unicode scalars in `text`; 0 for a line short enough to quote whole, which is not counted.
    private let scalarCount: Int
    /// Where each Unicode scalar of a long line that is not ASCII starts in `text.utf8`; nil for any other line.
    private let scalarStarts: [Int]?

    /// Lines up to this many columns (Unicode scalars) are quoted whole.
    static let maxColumns = 160
    /// A window starts this many columns before the finding, when the line has them.
    static let columnsBefore = 40

    init(_ text: String) {
        self.text = text
        guard text.utf8.count > Self.maxColumns else {
            scalarCount = 0
            scalarStarts = nil
            return
        }
        if text.isAllASCII {
            scalarCount = text.utf8.count
            scalarStarts = nil
        } else {
            var starts: [Int] = []
            for (offset, byte) in text.utf8.enumerated() where byte & 0xC0 != 0x80 { starts.append(offset) }
            scalarCount = starts.count
            scalarStarts = starts
        }
    }

    /// What is shown of the line for a finding at `range`, and the range with its columns counted in what is shown.
    func shown(for range: SourceRange) -> (text: String, range: SourceRange) {
        guard scalarCount > Self.maxColumns else { return (text, range) }
        let startColumn = min(max(range.start.column - 1, 0), scalarCount)
        let windowStart = max(0, min(startColumn - Self.columnsBefore, scalarCount - Self.maxColumns))
        let windowEnd = windowStart + Self.maxColumns
        let endColumn = range.end.line == range.start.line ? min(max(range.end.column - 1, startColumn), windowEnd) : windowEnd
        let utf8 = text.utf8
        func index(ofScalar scalar: Int) -> String.Index {
            let offset = scalar == scalarCount ? utf8.count : scalarStarts?[scalar] ?? scalar
            return utf8.index(utf8.startIndex, offsetBy: offset)
        }
        let lead = windowStart > 0 ? "…" : ""
        let shown = lead + text[index(ofScalar: windowStart)..<index(ofScalar: windowEnd)] + (windowEnd < scalarCount ? "…" : "")
        let shift = windowStart - (lead.isEmpty ? 0 : 1)
        let line = range.start.line
        return (shown, SourceRange(start: SourcePosition(line: line, column: startColumn + 1 - shift),
                                   end: SourcePosition(line: line, column: endColumn + 1 - shift)))
    }
}
