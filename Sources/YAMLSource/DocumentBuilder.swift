import SourceText
/// Turns the events of one document into positioned nodes, enforcing the nesting and
/// alias-expansion limits. Once a limit is passed it stops building and only counts depth. A struct the reader
/// keeps in place: its state is touched for every event, without the runtime's exclusivity checks a class pays.
struct DocumentBuilder {
    private struct Frame {
        let isMapping: Bool
        let start: SourcePosition
        let anchor: String?
        let tag: String?
        /// Where this collection's children start in `children`.
        let firstChild: Int
    }

    let start: SourcePosition
    private let limits: ParseLimits
    private var stack: [Frame] = []
    private var children = OpenChildren<Int>()
    private var tree = YAMLTree.Builder()
    private var anchors: [String: Int] = [:]
    private var openAnchors: [String: Int] = [:]
    private var root: Int?
    private var expandedNodes = 0
    private var depth = 0
    private var problem: YAMLProblem?
    /// True once nesting passed the limit: libyaml slows down quadratically on deep flow
    /// nesting, so the reader stops parsing the document here rather than at its end.
    private(set) var passedDepthLimit = false
    private var scalarRanges: [SourceRange] = []
    private let keepsScalarRanges: Bool

    /// The size of a document before any was read (see `startNextDocument`).
    private let firstSize: YAMLTree.Size

    /// `inputBytes`: how long the input is from here, when known, which tells how large its first document likely is.
    init(start: SourcePosition, limits: ParseLimits, keepsScalarRanges: Bool = true, inputBytes: Int? = nil) {
        self.init(start: start, limits: limits, keepsScalarRanges: keepsScalarRanges, firstSize: .estimated(forBytes: inputBytes ?? 0))
        stack.reserveCapacity(8)
        children.reserveCapacity(32)
    }

    private init(start: SourcePosition, limits: ParseLimits, keepsScalarRanges: Bool, firstSize: YAMLTree.Size) {
        self.start = start
        self.limits = limits
        self.keepsScalarRanges = keepsScalarRanges
        self.firstSize = firstSize
    }

    /// Makes this builder the next document's, starting at `start`: a new builder whose tree is sized like the last
    /// document's (the first like the input), handed this one's stacks of open collections, which are empty between
    /// documents and keep their room, so that a stream's small documents do not grow them again one by one.
    mutating func startNextDocument(at start: SourcePosition, keepsScalarRanges: Bool) {
        let size = tree.size.records > 0 ? tree.size : firstSize
        var next = DocumentBuilder(start: start, limits: limits, keepsScalarRanges: keepsScalarRanges, firstSize: firstSize)
        next.tree.reserve(size)
        if keepsScalarRanges { next.scalarRanges.reserveCapacity(size.scalars) }
        stack.removeAll(keepingCapacity: true)
        children.removeAll(keepingCapacity: true)
        swap(&next.stack, &stack)
        swap(&next.children, &children)
        self = next
    }

    mutating func addScalar(_ text: UnsafeBufferPointer<UInt8>, style: ScalarStyle, range: SourceRange, anchor: String?, tag: String?) {
        if keepsScalarRanges { scalarRanges.append(range) }
        guard problem == nil, countNode(at: range) else { return }
        let node = tree.addScalar(text, style: style, range: range, anchor: anchor, tag: tag)
        if let anchor { anchors[anchor] = node }
        attach(node)
    }

    mutating func startCollection(isMapping: Bool, at position: SourcePosition, anchor: String?, tag: String?) {
        depth += 1
        guard problem == nil else { return }
        if depth > limits.maxDepth {
            passedDepthLimit = true
            fail(.limit, "the document nests deeper than \(limits.maxDepth) levels; nothing in it was checked",
                 SourceRange(at: position))
            return
        }
        guard countNode(at: SourceRange(at: position)) else { return }
        if let anchor { openAnchors[anchor, default: 0] += 1 }
        stack.append(Frame(isMapping: isMapping, start: position, anchor: anchor, tag: tag, firstChild: children.mark))
    }

    mutating func endCollection(at end: SourcePosition) {
        depth -= 1
        guard problem == nil, let frame = stack.popLast() else { return }
        let node = children.close(from: frame.firstChild) { items in
            tree.addCollection(isMapping: frame.isMapping, children: items, range: SourceRange(start: frame.start, end: end),
                               anchor: frame.anchor, tag: frame.tag)
        }
        if let anchor = frame.anchor {
            openAnchors[anchor, default: 1] -= 1
            if openAnchors[anchor] == 0 { openAnchors[anchor] = nil }
            anchors[anchor] = node
        }
        attach(node)
    }

    mutating func addAlias(_ name: String, range: SourceRange) {
        guard problem == nil else { return }
        guard let target = anchors[name] else {
            if openAnchors[name] != nil {
                fail(.syntax, "alias *\(name) refers to a node that contains it (a recursive alias)", range)
            } else {
                fail(.syntax, "found undefined alias *\(name)", range)
            }
            return
        }
        expandedNodes = expandedNodes.addingSaturating(tree.expandedSize(of: target))
        if expandedNodes > limits.maxExpandedNodes {
            fail(.limit, "aliases expand this document beyond \(limits.maxExpandedNodes) nodes; nothing in it was checked", range)
            return
        }
        attach(tree.addAlias(name, target: target, range: range))
    }

    func finish(index: Int, end: SourcePosition) -> YAMLDocument {
        let root = problem == nil ? root.map { YAMLNode(tree: tree.finish(), index: $0) } : nil
        return YAMLDocument(index: index, root: root,
                     range: SourceRange(start: start, end: end), problem: problem, scalarRanges: scalarRanges)
    }

    /// Counts a node written out (not an alias), and fails the document when that passes the node limit: without it a
    /// document of a million plain nodes (a 16 MB list of accounts) took half a gigabyte, thirty times its size.
    /// Inlined, with the failure out of line: it runs for every node.
    @inline(__always)
    private mutating func countNode(at range: SourceRange) -> Bool {
        expandedNodes = expandedNodes.addingSaturating(1)
        guard expandedNodes > limits.maxExpandedNodes else { return true }
        failNodeLimit(at: range)
        return false
    }

    @inline(never)
    private mutating func failNodeLimit(at range: SourceRange) {
        fail(.limit, "the document holds more than \(limits.maxExpandedNodes) nodes; nothing in it was checked", range)
    }

    private mutating func attach(_ node: Int) {
        if stack.isEmpty {
            root = node
        } else {
            children.add(node)
        }
    }

    private mutating func fail(_ kind: YAMLProblem.Kind, _ message: String, _ range: SourceRange) {
        problem = YAMLProblem(kind: kind, message: message, range: range)
        stack.removeAll()
        children.removeAll()
        anchors.removeAll()
        tree = YAMLTree.Builder()
        root = nil
    }
}
