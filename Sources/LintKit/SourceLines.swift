import FoundationEssentials
#if canImport(Glibc)
import Glibc
#endif
import YAMLSource
import SourceText

/// Fetches the text of chosen lines from an input, with secret values masked, so that reports
/// can quote the source without holding the whole file.
public enum SourceLines {
    static func collect(_ input: SourceFile, lines wanted: Set<Int>, masking secrets: [SourceRange]) -> [Int: String] {
        guard let last = wanted.max() else { return [:] }
        let raw = rawLines(input, upTo: last, wanted: wanted)
        var result: [Int: String] = [:]
        for (number, text) in raw {
            result[number] = mask(text, line: number, secrets: secrets)
        }
        return result
    }

    /// The same from a text already read (such as the window one document of a stream takes).
    static func collect(_ text: TextIndex, lines wanted: Set<Int>, masking secrets: [SourceRange]) -> [Int: String] {
        var raw: [Int: [UInt8]] = [:]
        for number in wanted {
            let line = text.lineBytes(number)
            raw[number] = Array(text.bytes[line.lowerBound..<min(line.upperBound, line.lowerBound + maxKept)])
        }
        return collect(raw, masking: secrets)
    }

    /// The same from lines already fetched, as bytes.
    static func collect(_ raw: [Int: [UInt8]], masking secrets: [SourceRange]) -> [Int: String] {
        raw.mapValues { String(decoding: $0, as: UTF8.self) }.reduce(into: [:]) { result, line in
            result[line.key] = mask(line.value, line: line.key, secrets: secrets)
        }
    }

    /// Lines reports keep at most this many bytes of: enough to reach the findings on any line but an absurd one, since
    /// reports quote only a window of a long line around each finding (see `QuotedLine` in Reports), and findings'
    /// byte columns are counted on the kept text.
    static let maxKept = 1 << 20

    private static func rawLines(_ input: SourceFile, upTo last: Int, wanted: Set<Int>) -> [Int: String] {
        if let utf16 = utf16Text(input) {
            var result: [Int: String] = [:]
            for (index, line) in utf16.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }).enumerated()
            where wanted.contains(index + 1) {
                result[index + 1] = String(line.prefix(maxKept))
            }
            return result
        }
        var collector = LineCollector(wanted: wanted, last: last)
        input.forEachChunk { collector.consume($0) }
        return collector.finish()
    }

    /// The whole text when the input, bytes or file, starts with a UTF-16 byte order mark.
    private static func utf16Text(_ input: SourceFile) -> String? {
        switch input {
        case .bytes(let bytes):
            return SourceFile.utf16Text(bytes)
        case .file(let path):
            guard input.startsWithUTF16Mark else { return nil }
            return FileManager.default.contents(atPath: path).flatMap { SourceFile.utf16Text(Array($0)) }
        }
    }

    /// Replaces each character of a secret range on this line by `*`, and, as a second guard,
    /// any literal value written after a `clientSecret:` key.
    public static func mask(_ text: String, line: Int, secrets: [SourceRange]) -> String {
        var masked = text
        if secrets.contains(where: { $0.start.line <= line && line <= $0.end.line }) {
            var scalars = Array(text.unicodeScalars)
            for range in secrets where range.start.line <= line && line <= range.end.line {
                let from = range.start.line == line ? range.start.column - 1 : 0
                let to = range.end.line == line ? range.end.column - 1 : scalars.count
                if from < to, from >= 0 {
                    for index in from..<min(to, scalars.count) { scalars[index] = "*" }
                }
            }
            masked = ""
            masked.unicodeScalars.reserveCapacity(scalars.count)
            for scalar in scalars { masked.unicodeScalars.append(scalar) }
        }
        if let keyRange = asciiRange(of: "clientSecret", in: masked) {
            let after = masked[keyRange.upperBound...].drop(while: { $0 == " " || $0 == "\"" || $0 == "'" })
            if after.first == ":" {
                let value = after.dropFirst().drop(while: { $0 == " " || $0 == "\t" })
                let body = asciiRange(of: " #", in: value).map { value[..<$0.lowerBound] } ?? value
                let trimmed = body.trimmingTrailingSpace
                let isReference = trimmed.hasPrefix("${") || trimmed.isEmpty || trimmed == "\"\"" || trimmed == "''" || trimmed == "~" || trimmed == "null" || trimmed == "|" || trimmed == ">"
                if !isReference {
                    let start = value.startIndex
                    let end = masked.index(start, offsetBy: trimmed.count)
                    masked.replaceSubrange(start..<end, with: String(repeating: "*", count: trimmed.count))
                }
            }
        }
        return masked
    }

    /// Where ASCII `needle` first occurs in `text`, found on its bytes (Foundation's `range(of:)` bridges to NSString).
    static func asciiRange<Text: StringProtocol>(of needle: String, in text: Text) -> Range<String.Index>? {
        let bytes = text.utf8, wanted = Array(needle.utf8)
        guard let first = wanted.first else { return nil }
        var index = bytes.startIndex
        while let start = bytes[index...].firstIndex(of: first) {
            var end = start, matched = 0
            while matched < wanted.count, end != bytes.endIndex, bytes[end] == wanted[matched] {
                end = bytes.index(after: end)
                matched += 1
            }
            if matched == wanted.count { return start..<end }
            index = bytes.index(after: start)
        }
        return nil
    }
}

private extension Substring {
    var trimmingTrailingSpace: Substring {
        var text = self
        while let last = text.last, last == " " || last == "\t" { text = text.dropLast() }
        return text
    }
}

/// Splits bytes into lines (LF, CRLF or CR) and keeps only the wanted ones, scanning with memchr
/// so that even a 50 MB line costs next to nothing.
private struct LineCollector {
    let wanted: Set<Int>
    let last: Int
    private(set) var result: [Int: String] = [:]
    private var line = 1
    private var keep: Bool
    private var current: [UInt8] = []
    private var afterCR = false
    init(wanted: Set<Int>, last: Int) {
        self.wanted = wanted
        self.last = last
        keep = wanted.contains(1)
    }

    mutating func consume(_ chunk: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = chunk.baseAddress else { return true }
        var index = 0
        while index < chunk.count && line <= last {
            let lineFeed = Self.find(0x0A, base, from: index, to: chunk.count)
            let end = Self.find(0x0D, base, from: index, to: lineFeed)
            if end > index {
                afterCR = false
                if keep && current.count < SourceLines.maxKept {
                    let upTo = min(end, index + SourceLines.maxKept - current.count)
                    current.append(contentsOf: UnsafeBufferPointer(start: base + index, count: upTo - index))
                }
            }
            guard end < chunk.count else { break }
            if base[end] == 0x0A && afterCR {
                afterCR = false
            } else {
                finishLine()
                afterCR = base[end] == 0x0D
            }
            index = end + 1
        }
        return line <= last
    }

    mutating func finish() -> [Int: String] {
        if line <= last { finishLine() }
        return result
    }

    private mutating func finishLine() {
        if keep {
            if line == 1, current.starts(with: [0xEF, 0xBB, 0xBF]) { current.removeFirst(3) }
            result[line] = String(decoding: current, as: UTF8.self)
        }
        current.removeAll(keepingCapacity: true)
        line += 1
        keep = wanted.contains(line)
    }

    private static func find(_ byte: Int32, _ base: UnsafePointer<UInt8>, from start: Int, to end: Int) -> Int {
        guard start < end, let hit = memchr(base + start, byte, end - start) else { return end }
        return UnsafeRawPointer(hit) - UnsafeRawPointer(base)
    }
}
