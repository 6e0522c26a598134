import SourceText

/// A mapping read by `StrictYAML.mapping`: the fields it may hold, and what is wrong with its keys.
public struct StrictMapping: Sendable {
    public struct Field: Sendable {
        public let name: String
        public let key: YAMLNode
        public let value: YAMLNode
    }

    /// The first occurrence of each allowed key, in document order.
    public let fields: [Field]
    /// Keys that are not scalars, unknown keys and repeated keys, in document order; a repeated
    /// unknown key is reported as both.
    public let problems: [YAMLKeyProblem]

    init(_ pairs: YAMLPairs, allowedKeys: [String]?, hasRepeatedKeys: Bool) {
        if let allowedKeys {
            self.init(pairs, isAllowed: allowedKeys.contains, allowedKeys: { allowedKeys }, hasRepeatedKeys: hasRepeatedKeys)
        } else {
            self.init(pairs, isAllowed: { _ in true }, allowedKeys: { [] }, hasRepeatedKeys: hasRepeatedKeys)
        }
    }

    /// `allowedKeys` is asked for only when a key is unknown, to suggest one of them; repeats are looked for only when
    /// the mapping `hasRepeatedKeys`.
    init(_ pairs: YAMLPairs, isAllowed: (String) -> Bool, allowedKeys: () -> [String], hasRepeatedKeys: Bool) {
        var fields: [Field] = []
        fields.reserveCapacity(pairs.count)
        var problems: [YAMLKeyProblem] = []
        var firstLines = FirstKeyLines(pairs)
        for (index, pair) in pairs.enumerated() {
            guard let name = pair.keyText else {
                problems.append(YAMLKeyProblem(kind: .notScalar(kindName: pair.key.kindName), range: pair.key.range))
                continue
            }
            let isAllowed = isAllowed(name)
            if !isAllowed {
                let suggestion = Suggestions.suggestion(for: name, among: allowedKeys())
                problems.append(YAMLKeyProblem(kind: .unknown(key: name, suggestion: suggestion), range: pair.key.range))
            }
            if hasRepeatedKeys, let firstLine = firstLines.earlierLine(of: name, at: index) {
                problems.append(YAMLKeyProblem(kind: .duplicate(key: name, firstLine: firstLine), range: pair.key.range))
            } else if isAllowed {
                fields.append(Field(name: name, key: pair.key, value: pair.value))
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
            return pairs[..<index].first { $0.keyText == name }?.key.range.start.line
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
