import LintKit
import SourceText

/// Columns as UTF-8 byte counts (reviewdog's unit) from connectlint's Unicode-scalar columns, using the
/// lines the linter kept for the file. A line it did not keep is taken as ASCII: the column stays as it is.
struct ByteColumns {
    /// For each kept line that is not ASCII, where each of its scalars starts in its UTF-8 bytes, and the line's byte
    /// count last; an ASCII line's columns are its byte counts already. Indexed once: a long line can hold thousands of
    /// findings, and counting bytes from the line's start for each was quadratic.
    private let scalarStarts: [Int: [Int]]
    private let kept: Set<Int>

    init(lines: [Int: String]) {
        kept = Set(lines.keys)
        var starts: [Int: [Int]] = [:]
        for (number, line) in lines where !line.isAllASCII {
            var offsets: [Int] = []
            var offset = 0
            for scalar in line.unicodeScalars {
                offsets.append(offset)
                offset += UTF8.width(scalar)
            }
            offsets.append(offset)
            starts[number] = offsets
        }
        scalarStarts = starts
    }

    func column(of position: SourcePosition) -> Int {
        guard kept.contains(position.line) else { return position.column }
        let before = max(0, position.column - 1)
        guard let starts = scalarStarts[position.line] else { return before + 1 }
        let scalars = starts.count - 1
        return starts[min(before, scalars)] + max(0, before - scalars) + 1
    }
}
