import SourceText
/// Finds the comments whose text holds a marker, without building a second parser.
///
/// A `#` starts a comment only at the start of a line or after a space or tab, and only outside
/// every scalar: a `#` inside a quoted or block scalar is text. The scanner first collects the lines
/// that hold the marker after such a `#` (one pass over the bytes), then drops each `#` that a
/// document's `scalarRanges` cover, so memory follows the number of marked lines.
public struct CommentScanner: Sendable {
    struct MarkedLine: Sendable {
        let number: Int
        let scalars: [Unicode.Scalar]
        /// 1-based columns of every `#` that could start a comment.
        var hashColumns: [Int]
    }

    /// Lines longer than this are not searched: no one writes a directive after 64 KiB of text.
    static let maxLineBytes = 64 * 1024

    private var lines: [MarkedLine]

    public init(_ input: SourceFile, marker: String) {
        let bytes = Array(marker.utf8)
        let utf16 = input.startsWithUTF16Mark
        lines = utf16 || input.contains(bytes) ? Self.markedLines(input, marker: bytes) : []
    }

    /// Drops every `#` that lies inside one of these scalars (pass each document's `scalarRanges`).
    public mutating func exclude(scalarRanges: [SourceRange]) {
        guard !lines.isEmpty else { return }
        for range in scalarRanges {
            var index = firstLine(atOrAfter: range.start.line)
            while index < lines.count, lines[index].number <= range.end.line {
                let number = lines[index].number
                lines[index].hashColumns.removeAll { range.contains(SourcePosition(line: number, column: $0)) }
                index += 1
            }
        }
    }

    /// The comments left, in line order: on each line the first `#` no scalar covers starts the comment.
    public func comments(containing marker: String) -> [SourceComment] {
        lines.compactMap { line in
            guard let column = line.hashColumns.first else { return nil }
            let text = String(String.UnicodeScalarView(line.scalars[column...]))
            guard text.contains(marker) else { return nil }
            let start = SourcePosition(line: line.number, column: column)
            let end = SourcePosition(line: line.number, column: line.scalars.count + 1)
            return SourceComment(yamlText: text, range: SourceRange(start: start, end: end))
        }
    }

    private func firstLine(atOrAfter number: Int) -> Int { lines.partitionPoint { $0.number >= number } }

    // MARK: - Reading lines

    private static func markedLines(_ input: SourceFile, marker: [UInt8]) -> [MarkedLine] {
        if case .bytes(let bytes) = input, let text = SourceFile.utf16Text(bytes) {
            return markedLines(.bytes(Array(text.utf8)), marker: marker)
        }
        if case .file = input, input.startsWithUTF16Mark {
            var bytes: [UInt8] = []
            input.forEachByte { bytes.append($0); return true }
            return markedLines(.bytes(bytes), marker: marker)
        }
        var found: [MarkedLine] = []
        input.forEachLine(containing: marker, maxBytes: maxLineBytes) { number, bytes in
            if let line = markedLine(bytes, number: number) { found.append(line) }
        }
        return found
    }

    private static func markedLine(_ bytes: [UInt8], number: Int) -> MarkedLine? {
        guard bytes.contains(UInt8(ascii: "#")) else { return nil }
        let scalars = Array(String(decoding: bytes, as: UTF8.self).unicodeScalars)
        var columns: [Int] = []
        for (index, scalar) in scalars.enumerated() where scalar == "#" {
            if index == 0 || scalars[index - 1] == " " || scalars[index - 1] == "\t" { columns.append(index + 1) }
        }
        return columns.isEmpty ? nil : MarkedLine(number: number, scalars: scalars, hashColumns: columns)
    }
}
