import SourceText
public enum ScalarStyle: Sendable {
    case plain, singleQuoted, doubleQuoted, literal, folded
}

public struct YAMLScalar: Sendable {
    public let value: String
    public let style: ScalarStyle

    public init(value: String, style: ScalarStyle) {
        self.value = value
        self.style = style
    }
}

public struct YAMLPair: Sendable {
    public let key: YAMLNode
    public let value: YAMLNode
    /// The key's text (`StrictYAML.keyText`), read once: mappings are searched by it again and again.
    public let keyText: String?

    public init(key: YAMLNode, value: YAMLNode) {
        self.key = key
        self.value = value
        keyText = key.scalar?.value
    }

    /// Whether two of the pairs have the same key text: compared pair by pair in a small mapping, hashed in a big one.
    static func `repeat`(in pairs: [YAMLPair]) -> Bool {
        if pairs.count > 16 {
            var seen = Set<String>()
            return pairs.contains { pair in pair.keyText.map { !seen.insert($0).inserted } ?? false }
        }
        for later in pairs.indices.dropFirst() {
            guard let key = pairs[later].keyText else { continue }
            for earlier in 0..<later where pairs[earlier].keyText == key { return true }
        }
        return false
    }
}

/// One node of a YAML document with its source range. Aliases point at the anchored node
/// instead of copying it, so an alias bomb costs one reference per alias.
public final class YAMLNode: Sendable {
    public enum Content: Sendable {
        case scalar(YAMLScalar)
        case sequence([YAMLNode])
        case mapping([YAMLPair])
        case alias(name: String, target: YAMLNode)
    }

    public let content: Content
    public let range: SourceRange
    public let anchor: String?
    /// The explicit tag, as libyaml resolved it (`tag:yaml.org,2002:str` for `!!str`), or nil.
    public let tag: String?
    /// The number of nodes this node stands for once every alias inside it is expanded (saturating).
    public let expandedSize: Int
    /// A mapping whose keys are not all different: known once, so that readers skip looking for repeats in the rest.
    public let hasRepeatedKeys: Bool

    public init(content: Content, range: SourceRange, anchor: String? = nil, tag: String? = nil) {
        self.content = content
        self.range = range
        self.anchor = anchor
        self.tag = tag
        hasRepeatedKeys = if case .mapping(let pairs) = content { YAMLPair.repeat(in: pairs) } else { false }
        switch content {
        case .scalar:
            expandedSize = 1
        case .sequence(let items):
            expandedSize = items.reduce(1) { $0.addingSaturating($1.expandedSize) }
        case .mapping(let pairs):
            expandedSize = pairs.reduce(1) { $0.addingSaturating($1.key.expandedSize).addingSaturating($1.value.expandedSize) }
        case .alias(_, let target):
            expandedSize = target.expandedSize
        }
    }

    /// The node an alias stands for (itself for anything else).
    public var resolved: YAMLNode {
        if case .alias(_, let target) = content { return target.resolved }
        return self
    }

    public var scalar: YAMLScalar? {
        switch content {
        case .scalar(let scalar): return scalar
        case .alias(_, let target): return target.scalar
        case .sequence, .mapping: return nil
        }
    }

    /// A mapping or a list written here (not an alias to one).
    public var holdsCollection: Bool {
        switch content {
        case .mapping, .sequence: return true
        case .scalar, .alias: return false
        }
    }

    public var kindName: String {
        switch resolved.content {
        case .scalar: return "a scalar"
        case .sequence: return "a list"
        case .mapping: return "a mapping"
        case .alias: return "an alias"
        }
    }
}

extension Int {
    func addingSaturating(_ other: Int) -> Int {
        let (sum, overflow) = addingReportingOverflow(other)
        return overflow ? Int.max : sum
    }
}
