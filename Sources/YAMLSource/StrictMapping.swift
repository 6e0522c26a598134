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

    init(_ pairs: [YAMLPair], allowedKeys: [String]?) {
        var fields: [Field] = []
        var problems: [YAMLKeyProblem] = []
        var firstLines = FirstKeyLines()
        for pair in pairs {
            guard let name = StrictYAML.keyText(pair.key) else {
                problems.append(YAMLKeyProblem(kind: .notScalar(kindName: pair.key.kindName), range: pair.key.range))
                continue
            }
            let isAllowed = allowedKeys?.contains(name) ?? true
            if let allowedKeys, !isAllowed {
                let suggestion = Suggestions.suggestion(for: name, among: allowedKeys)
                problems.append(YAMLKeyProblem(kind: .unknown(key: name, suggestion: suggestion), range: pair.key.range))
            }
            if let firstLine = firstLines.earlierLine(of: name, recording: pair.key.range.start.line) {
                problems.append(YAMLKeyProblem(kind: .duplicate(key: name, firstLine: firstLine), range: pair.key.range))
            } else if isAllowed {
                fields.append(Field(name: name, key: pair.key, value: pair.value))
            }
        }
        self.fields = fields
        self.problems = problems
    }

    /// Only the repeated keys of `init`'s problems, in document order.
    static func repeatedKeys(in pairs: [YAMLPair]) -> [YAMLKeyProblem] {
        var repeated: [YAMLKeyProblem] = []
        var firstLines = FirstKeyLines()
        for pair in pairs {
            guard let name = StrictYAML.keyText(pair.key),
                  let firstLine = firstLines.earlierLine(of: name, recording: pair.key.range.start.line) else { continue }
            repeated.append(YAMLKeyProblem(kind: .duplicate(key: name, firstLine: firstLine), range: pair.key.range))
        }
        return repeated
    }

    /// The value of the field `name`, when it is there.
    public subscript(name: String) -> YAMLNode? {
        fields.first { $0.name == name }?.value
    }
}

/// The line each key of one mapping was first written on. A mapping holds a few keys, found faster by
/// looking through them than by hashing; past a dozen or so (a hostile file), they are hashed.
struct FirstKeyLines {
    private static let scannedAtMost = 16
    private var few: [(name: String, line: Int)] = []
    private var many: [String: Int] = [:]

    /// The line `name` was first written on; nil when this is its first time, and `line` is remembered.
    mutating func earlierLine(of name: String, recording line: Int) -> Int? {
        if many.isEmpty {
            if let earlier = few.first(where: { $0.name == name }) { return earlier.line }
            guard few.count == Self.scannedAtMost else {
                few.append((name, line))
                return nil
            }
            many = Dictionary(uniqueKeysWithValues: few)
        }
        if let earlier = many[name] { return earlier }
        many[name] = line
        return nil
    }
}
