#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A text's bytes with the offset of each line, to turn lines and columns (Unicode scalars, as readers
/// report them) into byte offsets for edits. Lines end at LF, CRLF or CR, as libyaml counts them; a
/// leading UTF-8 byte order mark is not part of line 1's columns. It may hold a window of a file's lines
/// (see `init(window:startingAt:firstLine:)`): lines and offsets are still the file's.
public struct TextIndex: Sendable {
    public let bytes: TextBytes
    /// The number of the first line held: 1, unless this is a window.
    public let firstLine: Int
    /// The byte offset where each line starts (index 0 is `firstLine`).
    private let lineStarts: [Int]
    public let hasByteOrderMark: Bool
    /// The file's own line break (that of its first line), LF when it has none.
    public let lineBreak: String

    public init(_ bytes: [UInt8]) {
        self.init(window: bytes, startingAt: 0, firstLine: 1)
    }

    /// The whole lines from `firstLine` on, which start at byte `offset` of their file; `fileLineBreak` is the
    /// file's own (that of its first line), which edits use.
    public init(window: [UInt8], startingAt offset: Int, firstLine: Int, fileLineBreak: String? = nil) {
        let bytes = TextBytes(window, startingAt: offset)
        self.bytes = bytes
        self.firstLine = firstLine
        hasByteOrderMark = offset == 0 && window.starts(with: [0xEF, 0xBB, 0xBF])
        let (starts, firstBreak) = Self.lineStarts(of: window, from: hasByteOrderMark ? 3 : 0, offset: offset)
        lineStarts = starts
        lineBreak = fileLineBreak ?? firstBreak ?? "\n"
    }

    /// Where each line of `window` starts from `first` on, as file offsets, and the first line break. A window without a
    /// CR (nearly every one) is split with memchr; one with CRs is read byte by byte.
    private static func lineStarts(of window: [UInt8], from first: Int, offset: Int) -> ([Int], String?) {
        var starts = [offset + first]
        var firstBreak: String?
        window.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            var index = first
            if index >= buffer.count || memchr(base + index, 0x0D, buffer.count - index) == nil {
                while index < buffer.count, let hit = memchr(base + index, 0x0A, buffer.count - index) {
                    index = UnsafeRawPointer(base).distance(to: UnsafeRawPointer(hit)) + 1
                    firstBreak = firstBreak ?? "\n"
                    starts.append(offset + index)
                }
                return
            }
            while index < buffer.count {
                let byte = buffer[index]
                if byte == 0x0A || byte == 0x0D {
                    let crlf = byte == 0x0D && index + 1 < buffer.count && buffer[index + 1] == 0x0A
                    firstBreak = firstBreak ?? (crlf ? "\r\n" : byte == 0x0D ? "\r" : "\n")
                    index += crlf ? 2 : 1
                    starts.append(offset + index)
                } else {
                    index += 1
                }
            }
        }
        return (starts, firstBreak)
    }

    /// The number of the last line.
    public var lineCount: Int { firstLine - 1 + lineStarts.count }

    /// The bytes of a line without its line break.
    public func lineBytes(_ line: Int) -> Range<Int> {
        guard line >= firstLine, line <= lineCount else { return bytes.endIndex..<bytes.endIndex }
        let start = lineStarts[line - firstLine]
        var end = line < lineCount ? lineStarts[line - firstLine + 1] : bytes.endIndex
        while end > start, bytes[end - 1] == 0x0A || bytes[end - 1] == 0x0D { end -= 1 }
        return start..<end
    }

    /// Where the next line starts (the end of the text after the last line).
    public func endOfLineWithBreak(_ line: Int) -> Int {
        line < lineCount ? lineStarts[max(0, line - firstLine + 1)] : bytes.endIndex
    }

    /// The byte offset of a position; a column past the line's end is the line's end.
    public func offset(of position: SourcePosition) -> Int {
        guard position.line >= firstLine else { return lineStarts[0] }
        guard position.line <= lineCount else { return bytes.endIndex }
        let line = lineBytes(position.line)
        var offset = line.lowerBound
        var column = 1
        while column < position.column, offset < line.upperBound {
            offset += 1
            while offset < line.upperBound, bytes[offset] & 0xC0 == 0x80 { offset += 1 }
            column += 1
        }
        return offset
    }

    /// The position of a byte offset.
    public func position(ofOffset offset: Int) -> SourcePosition {
        let low = max(0, lineStarts.partitionPoint { $0 > offset } - 1)
        var column = 1
        var index = lineStarts[low]
        while index < min(offset, bytes.endIndex) {
            if bytes[index] & 0xC0 != 0x80 { column += 1 }
            index += 1
        }
        return SourcePosition(line: low + firstLine, column: column)
    }

    /// The white space a line starts with.
    public func indentation(ofLine line: Int) -> String {
        let range = lineBytes(line)
        let end = bytes[range].firstIndex { $0 != 0x20 && $0 != 0x09 } ?? range.upperBound
        return String(decoding: bytes[range.lowerBound..<end], as: UTF8.self)
    }

    /// Whether a line holds only white space.
    public func isBlank(_ line: Int) -> Bool { bytes[lineBytes(line)].allSatisfy { $0 == 0x20 || $0 == 0x09 } }

    public func text(_ range: Range<Int>) -> String { String(decoding: bytes[range], as: UTF8.self) }

    /// An edit that inserts a line after `line`, in the file's own line breaks.
    public func insertLine(_ content: String, after line: Int) -> TextEdit {
        let at = endOfLineWithBreak(line)
        let endsWithBreak = at > bytes.startIndex && (bytes[at - 1] == 0x0A || bytes[at - 1] == 0x0D)
        return edit(at..<at, (endsWithBreak ? "" : lineBreak) + content + (endsWithBreak ? lineBreak : ""))
    }

    /// An edit that removes the lines from `first` to `last`, line breaks included.
    public func removeLines(_ first: Int, through last: Int) -> TextEdit {
        edit(lineBytes(first).lowerBound..<endOfLineWithBreak(last), "")
    }

    /// An edit replacing `range` (byte offsets) with `text`.
    public func edit(_ range: Range<Int>, _ text: String) -> TextEdit {
        TextEdit(bytes: range, range: SourceRange(start: position(ofOffset: range.lowerBound), end: position(ofOffset: range.upperBound)),
                 replacement: text)
    }

    /// An edit replacing the text of `range` with `text`.
    public func edit(_ range: SourceRange, _ text: String) -> TextEdit {
        edit(offset(of: range.start)..<offset(of: range.end), text)
    }
}
