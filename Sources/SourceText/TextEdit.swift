/// A replacement of part of a source file's text: the bytes it replaces, the same place as lines and
/// columns (for reports and editors), and the new text.
public struct TextEdit: Sendable, Hashable {
    /// Byte offsets into the file as it was read, a byte order mark included.
    public let bytes: Range<Int>
    public let range: SourceRange
    public let replacement: String

    public init(bytes: Range<Int>, range: SourceRange, replacement: String) {
        self.bytes = bytes
        self.range = range
        self.replacement = replacement
    }

    /// Whether two edits touch the same bytes (two insertions at one place overlap too: their order would be a guess).
    public func overlaps(_ other: TextEdit) -> Bool {
        if bytes.isEmpty || other.bytes.isEmpty {
            return bytes.lowerBound == other.bytes.lowerBound
                || bytes.contains(other.bytes.lowerBound) || other.bytes.contains(bytes.lowerBound)
        }
        return bytes.overlaps(other.bytes)
    }
}

extension Array where Element == TextEdit {
    /// `text` with every edit applied; the edits must not overlap.
    public func applied(to text: [UInt8]) -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(text.count)
        var offset = 0
        for edit in sorted(by: { $0.bytes.lowerBound < $1.bytes.lowerBound }) {
            result += text[offset..<edit.bytes.lowerBound]
            result += [UInt8](edit.replacement.utf8)
            offset = edit.bytes.upperBound
        }
        result += text[offset...]
        return result
    }
}
