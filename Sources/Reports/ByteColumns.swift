import LintKit
import SourceText

/// Columns as UTF-8 byte counts (reviewdog's unit) from connectlint's Unicode-scalar columns, using the
/// lines the linter kept for the file. A line it did not keep is taken as ASCII: the column stays as it is.
struct ByteColumns {
    let lines: [Int: String]

    func column(of position: SourcePosition) -> Int {
        guard let line = lines[position.line] else { return position.column }
        let scalars = line.unicodeScalars
        let before = max(0, position.column - 1)
        let inLine = scalars.prefix(before).reduce(0) { $0 + String($1).utf8.count }
        return inLine + max(0, before - scalars.count) + 1
    }
}
