import SourceText

/// A document with no anchors, aliases or tags and no repeated keys, read by its nodes' places: for a reader that walks
/// it in one pass without making a `YAMLNode` (which holds the document) for every value. Most setups are such documents;
/// any other is read through `YAMLNode`.
public struct PlainYAMLDocument {
    private let tree: YAMLTree
    public let root: Int

    /// Nil when the document has an anchor, an alias, a tag or a repeated key.
    public init?(_ root: YAMLNode) {
        guard root.tree.names.isEmpty, !root.tree.hasRepeatedKeys else { return nil }
        tree = root.tree
        self.root = root.index
    }

    public func kind(_ node: Int) -> YAMLNode.Kind { tree.records[node].kind }

    /// A list's items, or a mapping's keys and values (a pair's key at `2 * pair`, its value after it).
    public func childCount(_ node: Int) -> Int { tree.records[node].count }

    public func child(_ node: Int, _ position: Int) -> Int { tree.children[tree.records[node].payload + position] }

    public func range(_ node: Int) -> SourceRange { tree.records[node].range }

    /// Null as `StrictYAML.isNull` reads it.
    public func isNull(_ node: Int) -> Bool { StrictYAML.isNull(tree.records[node], in: tree) }

    /// The node as a `YAMLNode`, for the few values read by `StrictYAML`'s typed readers (integers and booleans).
    public func node(_ node: Int) -> YAMLNode { YAMLNode(tree: tree, index: node) }

    /// A scalar's text.
    public func text(_ node: Int) -> String { tree.text(of: tree.records[node]) }

    /// Where a key is among `allowedKey(0..<count)`, searched as `StrictMapping` searches: from `start`, wrapping around.
    public func position(ofKey key: Int, amongFirst count: Int, _ allowedKey: (Int) -> String, from start: Int) -> Int? {
        StrictMapping.position(ofKey: key, in: tree, amongFirst: count, allowedKey, from: start)
    }
}
