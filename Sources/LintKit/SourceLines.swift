import YAMLSource

/// Fetches the text of chosen lines from an input, with secret values masked, so that reports
/// can quote the source without holding the whole file.
enum SourceLines {
    static func collect(_ input: YAMLInput, lines wanted: Set<Int>, masking secrets: [SourceRange]) -> [Int: String] {
        guard let last = wanted.max() else { return [:] }
        let raw = rawLines(input, upTo: last, wanted: wanted)
        var result: [Int: String] = [:]
        for (number, text) in raw {
            result[number] = mask(text, line: number, secrets: secrets)
        }
        return result
    }

    private static func rawLines(_ input: YAMLInput, upTo last: Int, wanted: Set<Int>) -> [Int: String] {
        if case .bytes(let bytes) = input, let utf16 = decodeUTF16(bytes) {
            var result: [Int: String] = [:]
            for (index, line) in utf16.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }).enumerated()
            where wanted.contains(index + 1) {
                result[index + 1] = String(line)
            }
            return result
        }
        var result: [Int: String] = [:]
        var line = 1
        var current: [UInt8] = []
        var previousWasCR = false
        var offset = 0
        func finishLine() {
            if wanted.contains(line) { result[line] = String(decoding: current, as: UTF8.self) }
            current.removeAll(keepingCapacity: true)
            line += 1
        }
        input.forEachByte { byte in
            defer { offset += 1 }
            if offset < 3 && byte == [0xEF, 0xBB, 0xBF][offset] && current.count == offset && line == 1 {
                current.append(byte)
                if offset == 2 { current.removeAll() }
                return true
            }
            if byte == 0x0A {
                if previousWasCR { previousWasCR = false; return true }
                finishLine()
            } else if byte == 0x0D {
                finishLine()
                previousWasCR = true
            } else {
                previousWasCR = false
                if wanted.contains(line) && current.count < 10_000 { current.append(byte) }
            }
            return line <= last
        }
        if line <= last { finishLine() }
        return result
    }

    private static func decodeUTF16(_ bytes: [UInt8]) -> String? {
        guard bytes.count >= 2 else { return nil }
        let littleEndian: Bool
        if bytes[0] == 0xFF && bytes[1] == 0xFE { littleEndian = true }
        else if bytes[0] == 0xFE && bytes[1] == 0xFF { littleEndian = false }
        else { return nil }
        var units: [UInt16] = []
        var index = 2
        while index + 1 < bytes.count {
            let pair = littleEndian ? UInt16(bytes[index]) | UInt16(bytes[index + 1]) << 8 : UInt16(bytes[index]) << 8 | UInt16(bytes[index + 1])
            units.append(pair)
            index += 2
        }
        return String(decoding: units, as: UTF16.self)
    }

    /// Replaces each character of a secret range on this line by `*`, and, as a second guard,
    /// any literal value written after a `clientSecret:` key.
    static func mask(_ text: String, line: Int, secrets: [SourceRange]) -> String {
        var scalars = Array(text.unicodeScalars)
        for range in secrets where range.start.line <= line && line <= range.end.line {
            let from = range.start.line == line ? range.start.column - 1 : 0
            let to = range.end.line == line ? range.end.column - 1 : scalars.count
            if from < to, from >= 0 {
                for index in from..<min(to, scalars.count) { scalars[index] = "*" }
            }
        }
        var masked = String(String.UnicodeScalarView(scalars))
        if let keyRange = masked.range(of: "clientSecret") {
            let after = masked[keyRange.upperBound...].drop(while: { $0 == " " || $0 == "\"" || $0 == "'" })
            if after.first == ":" {
                let value = after.dropFirst().drop(while: { $0 == " " || $0 == "\t" })
                let body = value.range(of: " #").map { value[..<$0.lowerBound] } ?? value
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
}

private extension Substring {
    var trimmingTrailingSpace: Substring {
        var text = self
        while let last = text.last, last == " " || last == "\t" { text = text.dropLast() }
        return text
    }
}
