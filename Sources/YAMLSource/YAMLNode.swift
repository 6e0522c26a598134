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

    /// The key's text (`StrictYAML.keyText`): nil for a list or mapping written as a key.
    public var keyText: String? { key.tree.text(of: key.index) }

    /// Whether the key is the scalar `name` (as `keyText == name` tells), without making the key's text.
    public func keyIs(_ name: String) -> Bool { key.tree.text(of: key.index, is: name) }
}

/// One node of a YAML document with its source range: a place in its document's `YAMLTree`, so a document is a
/// few arrays rather than an object for every node and an array for every collection. Aliases point at the
/// anchored node instead of copying it, so an alias bomb costs one node per alias.
public struct YAMLNode: Sendable {
    public enum Content: Sendable {
        case scalar(YAMLScalar)
        case sequence(YAMLNodes)
        case mapping(YAMLPairs)
        case alias(name: String, target: YAMLNode)
    }

    let tree: YAMLTree
    let index: Int

    init(tree: YAMLTree, index: Int) {
        self.tree = tree
        self.index = index
    }

    /// A scalar on its own, outside any document.
    public init(scalar value: String, style: ScalarStyle = .plain, range: SourceRange) {
        var builder = YAMLTree.Builder()
        var value = value
        value.withUTF8 { _ = builder.addScalar($0, style: style, range: range, anchor: nil, tag: nil) }
        self.init(tree: builder.finish(), index: 0)
    }

    private var record: YAMLTree.Record { tree.records[index] }
    /// The record of the node an alias stands for (this node's own for anything else).
    var resolvedRecord: YAMLTree.Record { tree.records[tree.resolved(index)] }

    public var content: Content {
        let record = record
        switch record.kind {
        case .scalar: return .scalar(YAMLScalar(value: tree.text(of: record), style: record.style))
        case .sequence: return .sequence(YAMLNodes(tree: tree, first: record.payload, count: record.count))
        case .mapping: return .mapping(YAMLPairs(children: YAMLNodes(tree: tree, first: record.payload, count: record.count)))
        case .alias: return .alias(name: tree.names[record.count], target: YAMLNode(tree: tree, index: record.payload))
        }
    }

    public var range: SourceRange { record.range }
    public var anchor: String? { tree.name(record.anchor) }
    /// The explicit tag, as libyaml resolved it (`tag:yaml.org,2002:str` for `!!str`), or nil.
    public var tag: String? { tree.name(record.tag) }
    /// The number of nodes this node stands for once every alias inside it is expanded (saturating).
    public var expandedSize: Int { record.expandedSize }
    /// A mapping whose keys are not all different: known once, so that readers skip looking for repeats in the rest.
    public var hasRepeatedKeys: Bool { record.hasRepeatedKeys }

    /// What `content` tells, without making its values: for readers that only ask which kind a node is.
    public enum Kind: Sendable { case scalar, sequence, mapping, alias }

    public var kind: Kind { record.kind }

    /// The kind of the node an alias stands for (the node's own for anything else).
    public var resolvedKind: Kind { resolvedRecord.kind }

    public var hasAnchor: Bool { record.anchor >= 0 }

    /// Whether both stand for the same node of the same document (an alias's target is its anchored node).
    public func isSameNode(as other: YAMLNode) -> Bool { tree === other.tree && index == other.index }

    /// The node an alias stands for (itself for anything else).
    public var resolved: YAMLNode { YAMLNode(tree: tree, index: tree.resolved(index)) }

    public var scalar: YAMLScalar? {
        let record = resolvedRecord
        guard record.kind == .scalar else { return nil }
        return YAMLScalar(value: tree.text(of: record), style: record.style)
    }

    /// A mapping or a list written here (not an alias to one).
    public var holdsCollection: Bool {
        switch record.kind {
        case .mapping, .sequence: return true
        case .scalar, .alias: return false
        }
    }

    public var kindName: String {
        switch resolvedRecord.kind {
        case .scalar: return "a scalar"
        case .sequence: return "a list"
        case .mapping: return "a mapping"
        case .alias: return "an alias"
        }
    }
}

/// The items of a list, in order.
public struct YAMLNodes: RandomAccessCollection, Sendable {
    let tree: YAMLTree
    let first: Int
    public let count: Int

    public var startIndex: Int { 0 }
    public var endIndex: Int { count }

    public subscript(position: Int) -> YAMLNode { YAMLNode(tree: tree, index: recordIndex(of: position)) }

    /// `self[position].range`, read without making the node.
    func range(of position: Int) -> SourceRange { tree.records[recordIndex(of: position)].range }

    /// The record of `self[position]` in `tree`.
    func recordIndex(of position: Int) -> Int {
        precondition(position >= 0 && position < count, "list item out of range")
        return tree.children[first + position]
    }
}

/// The key-value pairs of a mapping, in order: its children taken two at a time.
public struct YAMLPairs: RandomAccessCollection, Sendable {
    let children: YAMLNodes

    public var startIndex: Int { 0 }
    public var endIndex: Int { children.count / 2 }

    public subscript(position: Int) -> YAMLPair { YAMLPair(key: key(at: position), value: value(at: position)) }

    // A pair's key and value are children `2 * position` and `2 * position + 1`.
    func key(at position: Int) -> YAMLNode { children[2 * position] }
    func value(at position: Int) -> YAMLNode { children[2 * position + 1] }
    public func keyRange(at position: Int) -> SourceRange { children.range(of: 2 * position) }
    /// The record of the pair's key in the document's tree.
    func keyRecord(at position: Int) -> Int { children.recordIndex(of: 2 * position) }
}

extension Int {
    func addingSaturating(_ other: Int) -> Int {
        let (sum, overflow) = addingReportingOverflow(other)
        return overflow ? Int.max : sum
    }
}
