/// The children of every open collection of a tree being built, innermost last: one buffer for the tree, not one per
/// collection. A collection notes `mark` when it opens and takes its children when it closes. Inlinable: the YAML
/// document builder and the setup decoder use it for every node.
public struct OpenChildren<Element> {
    @usableFromInline var elements: [Element] = []

    public init() {}

    @inlinable public mutating func reserveCapacity(_ count: Int) { elements.reserveCapacity(count) }

    /// Where the children of a collection opened now start.
    @inlinable public var mark: Int { elements.count }

    @inlinable public mutating func add(_ child: Element) { elements.append(child) }

    /// Hands the children added since `mark` to `body`, read in place (a slice of the buffer would retain it), then drops them.
    @inlinable public mutating func close<Result>(from mark: Int, _ body: (UnsafeBufferPointer<Element>) -> Result) -> Result {
        let result = elements.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[mark...])) }
        elements.removeSubrange(mark...)
        return result
    }

    @inlinable public mutating func removeAll(keepingCapacity keep: Bool = false) { elements.removeAll(keepingCapacity: keep) }
}
