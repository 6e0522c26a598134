import SourceText

/// A mapping read by `StrictYAML.mapping`: the fields it may hold, and what is wrong with its keys.
public struct StrictMapping: Sendable {
    public struct Field: Sendable {
        public let name: String
        public let key: YAMLNode
        public let value: YAMLNode
        /// Where the key is among the allowed keys; nil when any key was allowed.
        public let position: Int?
    }

    /// An allowed key's first occurrence by its place among the mapping's pairs: what `fields` holds, without
    /// making the nodes (each holds its document), for a reader of every mapping of every document.
    public struct Match: Sendable {
        public let name: String
        /// Where the pair is in the mapping.
        let pair: Int
        /// Where the key is among the allowed keys; nil when any key was allowed.
        public let position: Int?
    }

    /// The first occurrence of each allowed key, in document order.
    public let matches: [Match]
    private let pairs: YAMLPairs

    /// `matches` with their keys and values.
    public var fields: [Field] {
        matches.map { Field(name: $0.name, key: pairs.key(at: $0.pair), value: value(of: $0), position: $0.position) }
    }

    public func value(of match: Match) -> YAMLNode { pairs.value(at: match.pair) }

    public func keyRange(of match: Match) -> SourceRange { pairs.keyRange(at: match.pair) }

    /// Keys that are not scalars, unknown keys and repeated keys, in document order; a repeated
    /// unknown key is reported as both.
    public let problems: [YAMLKeyProblem]

    init(_ pairs: YAMLPairs, allowedKeys: [String]?, hasRepeatedKeys: Bool) {
        self.init(pairs, allowedKeyCount: allowedKeys?.count, allowedKey: { allowedKeys![$0] }, hasRepeatedKeys: hasRepeatedKeys)
    }

    /// The allowed keys are `allowedKey(0..<allowedKeyCount)`; a nil count allows any key. Keys are matched by their bytes
    /// (as `String`s compare): a known key's `name` is the allowed key's own string, so only an unknown key's text is
    /// made. Repeats are looked for only when the mapping `hasRepeatedKeys`.
    init(_ pairs: YAMLPairs, allowedKeyCount: Int?, allowedKey: (Int) -> String, hasRepeatedKeys: Bool) {
        var matches: [Match] = []
        matches.reserveCapacity(pairs.count)
        var problems: [YAMLKeyProblem] = []
        // Holding the pairs, which retains their tree: made only for a mapping that repeats a key.
        var firstPairs = hasRepeatedKeys ? FirstKeyPairs(pairs) : nil
        var searchFrom = 0
        let tree = pairs.children.tree
        for index in pairs.indices {
            // The key's record, read in place: a pair made for every key would retain the document twice.
            let key = pairs.keyRecord(at: index)
            let position = allowedKeyCount.flatMap { Self.position(ofKey: key, in: tree, amongFirst: $0, allowedKey, from: searchFrom) }
            if let position { searchFrom = position + 1 }
            let name: String
            if let position {
                name = allowedKey(position)
            } else {
                let pair = pairs[index]
                guard let text = pair.keyText else {
                    problems.append(YAMLKeyProblem(kind: .notScalar(kindName: pair.key.kindName), range: pair.key.range))
                    continue
                }
                name = text
                if let allowedKeyCount {
                    let suggestion = Suggestions.suggestion(for: name, among: (0..<allowedKeyCount).map(allowedKey))
                    problems.append(YAMLKeyProblem(kind: .unknown(key: name, suggestion: suggestion), range: pair.key.range))
                }
            }
            if let first = firstPairs?.earlierPair(of: name, at: index) {
                problems.append(YAMLKeyProblem(kind: .duplicate(key: name, firstLine: pairs.keyRange(at: first).start.line),
                                               range: pairs.keyRange(at: index)))
            } else if allowedKeyCount == nil || position != nil {
                matches.append(Match(name: name, pair: index, position: position))
            }
        }
        self.matches = matches
        self.pairs = pairs
        self.problems = problems
    }

    /// Where the pair's key is among the allowed keys. Keys are mostly written in the order the format lists them, so
    /// the search starts after the previous key's place and wraps around: one comparison a key, not half the list.
    static func position(ofKey key: Int, in tree: YAMLTree, amongFirst count: Int, _ allowedKey: (Int) -> String, from start: Int) -> Int? {
        guard count > 0 else { return nil }
        let start = start < count ? start : 0
        for offset in 0..<count {
            let candidate = start + offset < count ? start + offset : start + offset - count
            if tree.text(of: key, is: allowedKey(candidate)) { return candidate }
        }
        return nil
    }

    /// The keys behind `init`'s repeated-key problems, in document order.
    static func repeatedKeys(in pairs: YAMLPairs) -> [RepeatedKey] {
        var repeated: [RepeatedKey] = []
        var firstPairs = FirstKeyPairs(pairs)
        for (index, pair) in pairs.enumerated() {
            guard let name = pair.keyText, let first = firstPairs.earlierPair(of: name, at: index) else { continue }
            repeated.append(RepeatedKey(name: name, pair: index, firstPair: first))
        }
        return repeated
    }

    /// The value of the field `name`, when it is there.
    public subscript(name: String) -> YAMLNode? {
        matches.first { $0.name == name }.map(value(of:))
    }
}

/// A key written again in one mapping: the pair that repeats it, and the pair that wrote it first.
public struct RepeatedKey: Sendable, Equatable {
    public let name: String
    public let pair: Int
    public let firstPair: Int
}

/// The pair each key of one mapping was first written in. A mapping holds a few keys: an earlier one is found
/// by looking back through them, with nothing to allocate; past sixteen keys (a hostile file), they are hashed.
struct FirstKeyPairs {
    private static let scannedAtMost = 16
    private let pairs: YAMLPairs
    private var hashed: [String: Int] = [:]

    init(_ pairs: YAMLPairs) {
        self.pairs = pairs
    }

    /// The pair the key `name` of `pairs[index]` was first written in; nil when this is its first time.
    mutating func earlierPair(of name: String, at index: Int) -> Int? {
        if index < Self.scannedAtMost {
            return pairs[..<index].firstIndex { $0.keyIs(name) }
        }
        if hashed.isEmpty {
            // Latest first, so that each key keeps its first pair.
            for first in (0..<Self.scannedAtMost).reversed() {
                if let key = pairs[first].keyText { hashed[key] = first }
            }
        }
        if let earlier = hashed[name] { return earlier }
        hashed[name] = index
        return nil
    }
}
