import LintKit
import SourceText

/// Columns as UTF-8 byte counts (reviewdog's unit) from connectlint's Unicode-scalar columns, using the
/// lines the linter kept for the file. A line it did not keep is taken as ASCII: the column stays as it is.
struct ByteColumns {
    private let lines: [Int: LineScalars]

    init(lines: [Int: String]) {
        self.lines = lines.mapValues(LineScalars.init)
    }

    func column(of position: SourcePosition) -> Int {
        guard let line = lines[position.line] else { return position.column }
        let before = max(0, position.column - 1)
        return line.byteOffset(ofScalar: before) + max(0, before - line.count) + 1
    }
}
