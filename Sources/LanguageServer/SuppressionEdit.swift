import LintKit
import SetupModel

/// The "Disable RULE for this line" edit: a `connectlint-disable-next-line` comment above the finding's line,
/// at its indentation, in the file's comment syntax and line ending.
enum SuppressionEdit {
    static func edit(for finding: Finding, path: String, lines: LineTable) -> LSPTextEdit? {
        let index = finding.range.start.line - 1
        guard (0..<lines.lineCount).contains(index) else { return nil }
        let line = lines.scalars(ofLine: index)
        let indentation = String(String.UnicodeScalarView(line.prefix { $0 == " " || $0 == "\t" }))
        let comment: String
        if MetadataFileKind(fileName: path) != nil {
            // Nothing may come before the XML declaration.
            if index == 0, line.starts(with: Array("<?xml".unicodeScalars)) { return nil }
            comment = "<!-- connectlint-disable-next-line \(finding.ruleId) -->"
        } else {
            comment = "# connectlint-disable-next-line \(finding.ruleId)"
        }
        let position = Position(line: index, character: 0)
        return LSPTextEdit(range: LSPRange(start: position, end: position), newText: indentation + comment + lineEnding(lines))
    }

    static func lineEnding(_ lines: LineTable) -> String {
        guard lines.lineStarts.count > 1 else { return "\n" }
        let firstBreak = lines.lineStarts[1] - lines.byteLength(ofLine: 0) - lines.lineStarts[0]
        return firstBreak == 2 ? "\r\n" : "\n"
    }
}
