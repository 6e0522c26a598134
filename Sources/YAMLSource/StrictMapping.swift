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
        var firstLines: [String: Int] = [:]
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
            if let firstLine = firstLines[name] {
                problems.append(YAMLKeyProblem(kind: .duplicate(key: name, firstLine: firstLine), range: pair.key.range))
            } else {
                firstLines[name] = pair.key.range.start.line
                if isAllowed { fields.append(Field(name: name, key: pair.key, value: pair.value)) }
            }
        }
        self.fields = fields
        self.problems = problems
    }

    /// Only the repeated keys of `init`'s problems, in document order.
    static func repeatedKeys(in pairs: [YAMLPair]) -> [YAMLKeyProblem] {
        var repeated: [YAMLKeyProblem] = []
        var firstLines: [String: Int] = [:]
        for pair in pairs {
            guard let name = StrictYAML.keyText(pair.key) else { continue }
            if let firstLine = firstLines[name] {
                repeated.append(YAMLKeyProblem(kind: .duplicate(key: name, firstLine: firstLine), range: pair.key.range))
            } else {
                firstLines[name] = pair.key.range.start.line
            }
        }
        return repeated
    }

    /// The value of the field `name`, when it is there.
    public subscript(name: String) -> YAMLNode? {
        fields.first { $0.name == name }?.value
    }
}
