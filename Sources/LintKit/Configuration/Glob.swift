/// A path pattern of `include` / `exclude`: `*` and `?` within one folder or file name, `[abc]` / `[!abc]`
/// character sets, `\` to escape, and `**` as a whole segment for any number of folders.
/// A pattern without `/` matches a file name in any folder (like `.gitignore`); one ending in `/`
/// matches everything below that folder.
public struct Glob: Sendable, Equatable, CustomStringConvertible {
    public let pattern: String
    private let segments: [Segment]

    enum Segment: Sendable, Equatable {
        case anyFolders
        case name([Unicode.Scalar])
    }

    public struct Problem: Error, Sendable, Equatable {
        public let message: String
    }

    public init(_ pattern: String) throws {
        self.pattern = pattern
        var text = pattern
        guard !text.trimmingSpaces.isEmpty else { throw Problem(message: "the pattern is empty") }
        while text.hasPrefix("./") { text.removeFirst(2) }
        if text.hasPrefix("/") { text.removeFirst() }
        guard !text.isEmpty else { throw Problem(message: "the pattern names no file") }
        if !text.contains("/") { text = "**/" + text }
        if text.hasSuffix("/") { text += "**" }
        var parsed: [Segment] = []
        for part in text.split(separator: "/", omittingEmptySubsequences: true) {
            if part == "**" {
                if parsed.last != .anyFolders { parsed.append(.anyFolders) }
                continue
            }
            if part.contains("**") {
                throw Problem(message: "`**` must be a whole path segment (`fixtures/**`, `**/*.cyclr.yaml`), not part of `\(part)`")
            }
            let scalars = Array(part.unicodeScalars)
            try Self.validate(scalars)
            parsed.append(.name(scalars))
        }
        guard !parsed.isEmpty else { throw Problem(message: "the pattern names no file") }
        segments = parsed
    }

    public var description: String { pattern }

    /// Whether a `/`-separated relative path matches.
    public func matches(_ path: String) -> Bool {
        let parts = path.split(separator: "/", omittingEmptySubsequences: true)
            .filter { $0 != "." }
            .map { Array($0.unicodeScalars) }
        return Self.match(segments[...], parts[...])
    }

    /// Whether the segments match the path's parts, by whether each tail of the pattern matches each tail of the
    /// path, from the ends back: trying each way a `**` can split the path in turn, as a search, takes exponential time
    /// on a pattern with many of them and a deep path.
    private static func match(_ pattern: ArraySlice<Segment>, _ parts: ArraySlice<[Unicode.Scalar]>) -> Bool {
        let segments = Array(pattern), parts = Array(parts)
        // `tails[j]`: whether the segments from the one being looked at on match `parts[j...]`.
        var tails = [Bool](repeating: false, count: parts.count + 1)
        tails[parts.count] = true
        for segment in segments.reversed() {
            var next = [Bool](repeating: false, count: parts.count + 1)
            switch segment {
            case .anyFolders:
                // Any number of parts, none included: `next[j]` is `tails[j]` or `next[j + 1]`.
                for start in stride(from: parts.count, through: 0, by: -1) {
                    next[start] = tails[start] || (start < parts.count && next[start + 1])
                }
            case .name(let name):
                for start in 0..<parts.count where tails[start + 1] {
                    next[start] = matchName(name[...], parts[start][...])
                }
            }
            tails = next
        }
        return tails[0]
    }

    private static func matchName(_ pattern: ArraySlice<Unicode.Scalar>, _ name: ArraySlice<Unicode.Scalar>) -> Bool {
        var p = pattern.startIndex, n = name.startIndex
        var starP: Int?, starN = 0
        while n < name.endIndex {
            if p < pattern.endIndex {
                switch pattern[p] {
                case "*":
                    starP = p; starN = n; p += 1
                    continue
                case "?":
                    p += 1; n += 1
                    continue
                case "[":
                    if let (matched, next) = matchSet(pattern, at: p, name[n]), matched {
                        p = next; n += 1
                        continue
                    }
                case "\\" where p + 1 < pattern.endIndex:
                    if pattern[p + 1] == name[n] { p += 2; n += 1; continue }
                default:
                    if pattern[p] == name[n] { p += 1; n += 1; continue }
                }
            }
            guard let star = starP else { return false }
            p = star + 1; starN += 1; n = starN
        }
        while p < pattern.endIndex, pattern[p] == "*" { p += 1 }
        return p == pattern.endIndex
    }

    /// Matches `[...]` at `start`; returns whether `scalar` is in the set and the index after `]`.
    private static func matchSet(_ pattern: ArraySlice<Unicode.Scalar>, at start: Int, _ scalar: Unicode.Scalar) -> (Bool, Int)? {
        var index = start + 1
        var negate = false
        if index < pattern.endIndex, pattern[index] == "!" || pattern[index] == "^" { negate = true; index += 1 }
        var matched = false
        var first = true
        while index < pattern.endIndex, pattern[index] != "]" || first {
            first = false
            var low = pattern[index]
            if low == "\\", index + 1 < pattern.endIndex { index += 1; low = pattern[index] }
            if index + 2 < pattern.endIndex, pattern[index + 1] == "-", pattern[index + 2] != "]" {
                let high = pattern[index + 2]
                if low.value <= scalar.value && scalar.value <= high.value { matched = true }
                index += 3
            } else {
                if low == scalar { matched = true }
                index += 1
            }
        }
        guard index < pattern.endIndex else { return nil }
        return (matched != negate, index + 1)
    }

    private static func validate(_ scalars: [Unicode.Scalar]) throws {
        var index = 0
        while index < scalars.count {
            switch scalars[index] {
            case "\\":
                guard index + 1 < scalars.count else { throw Problem(message: "the pattern ends in a lone `\\`; write `\\\\` for a backslash") }
                index += 2
            case "[":
                guard matchSet(scalars[...], at: index, "a") != nil else {
                    throw Problem(message: "`[` opens a character set that is never closed; close it with `]` or write `\\[`")
                }
                var close = index + 1
                if close < scalars.count, scalars[close] == "!" || scalars[close] == "^" { close += 1 }
                close += 1
                while close < scalars.count, scalars[close] != "]" { close += scalars[close] == "\\" ? 2 : 1 }
                index = close + 1
            default:
                index += 1
            }
        }
    }
}

extension String {
    var trimmingSpaces: Substring {
        var text = self[...]
        while let first = text.first, first == " " || first == "\t" { text = text.dropFirst() }
        while let last = text.last, last == " " || last == "\t" { text = text.dropLast() }
        return text
    }
}
