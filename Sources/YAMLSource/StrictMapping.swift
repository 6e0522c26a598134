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

    /// The first occurrence of each allowed key, in document order.
    public let fields: [Field]
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
        var fields: [Field] = []
        fields.reserveCapacity(pairs.count)
        var problems: [YAMLKeyProblem] = []
        var firstLines = FirstKeyLines(pairs)
        for (index, pair) in pairs.enumerated() {
            let position = allowedKeyCount.flatMap { count in (0..<count).first { pair.keyIs(allowedKey($0)) } }
            let name: String
            if let position {
                name = allowedKey(position)
            } else {
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
            if hasRepeatedKeys, let firstLine = firstLines.earlierLine(of: name, at: index) {
                problems.append(YAMLKeyProblem(kind: .duplicate(key: name, firstLine: firstLine), range: pair.key.range))
            } else if allowedKeyCount == nil || position != nil {
                fields.append(Field(name: name, key: pair.key, value: pair.value, position: position))
            }
        }
        self.fields = fields
        self.problems = problems
    }

    /// Only the repeated keys of `init`'s problems, in document order.
    static func repeatedKeys(in pairs: YAMLPairs) -> [YAMLKeyProblem] {
        var repeated: [YAMLKeyProblem] = []
        var firstLines = FirstKeyLines(pairs)
        for (index, pair) in pairs.enumerated() {
            guard let name = pair.keyText, let firstLine = firstLines.earlierLine(of: name, at: index) else { continue }
            repeated.append(YAMLKeyProblem(kind: .duplicate(key: name, firstLine: firstLine), range: pair.key.range))
        }
        return repeated
    }

    /// The value of the field `name`, when it is there.
    public subscript(name: String) -> YAMLNode? {
        fields.first { $0.name == name }?.value
    }
}

/// The line each key of one mapping was first written on. A mapping holds a few keys: an earlier one is found
/// by looking back through them, with nothing to allocate; past sixteen keys (a hostile file), they are hashed.
struct FirstKeyLines {
    private static let scannedAtMost = 16
    private let pairs: YAMLPairs
    private var hashed: [String: Int] = [:]

    init(_ pairs: YAMLPairs) {
        self.pairs = pairs
    }

    /// The line the key `name` of `pairs[index]` was first written on; nil when this is its first time.
    mutating func earlierLine(of name: String, at index: Int) -> Int? {
        if index < Self.scannedAtMost {
            return pairs[..<index].first { $0.keyIs(name) }?.key.range.start.line
        }
        if hashed.isEmpty {
            // Latest first, so that each key keeps its first line.
            for pair in pairs[..<Self.scannedAtMost].reversed() {
                if let key = pair.keyText { hashed[key] = pair.key.range.start.line }
            }
        }
        if let earlier = hashed[name] { return earlier }
        hashed[name] = pairs[index].key.range.start.line
        return nil
    }
}
