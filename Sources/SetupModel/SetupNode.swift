import YAMLSource
import SourceText

/// A decoded, schema-checked value with its source range and key path. Values of the wrong
/// type and unknown keys are left out (they were reported), so rules see only well-typed data.
/// A node is a place in its document's `SetupTree`: copying it retains the tree alone.
public struct SetupNode: Sendable {
    public enum Value: Sendable {
        case null
        case string(String)
        case integer(Int)
        case boolean(Bool)
        case list(SetupNodes)
        case mapping(SetupFields)
    }

    /// A value to make a node of, with the nodes it holds (which are copied into the new node's tree).
    public enum Content: Sendable {
        case null
        case string(String)
        case integer(Int)
        case boolean(Bool)
        case list([SetupNode])
        case mapping([SetupField])
    }

    let tree: SetupTree
    let index: Int

    init(_ tree: SetupTree, _ index: Int) {
        self.tree = tree
        self.index = index
    }

    /// A node on its own, for values made outside the decoder (metadata files, a service domain given on the command line).
    public init(value: Content, range: SourceRange, keyPath: String, keyRange: SourceRange? = nil, origin: ValueOrigin,
                isShared: Bool = false) {
        var builder = SetupTreeBuilder()
        let keyRange = keyRange ?? range, mark = builder.childrenMark
        func scalar(_ kind: SetupTree.Kind, text: String = "", number: Int = 0) -> Int {
            builder.addScalar(kind, text: text, number: number, range: range, keyPath: keyPath, keyRange: keyRange, origin: origin, isShared: isShared)
        }
        func collection(_ kind: SetupTree.Kind) -> Int {
            builder.addCollection(kind, from: mark, range: range, keyPath: keyPath, keyRange: keyRange, origin: origin, isShared: isShared)
        }
        let index: Int
        switch value {
        case .null: index = scalar(.null)
        case .string(let text): index = scalar(.string, text: text)
        case .integer(let number): index = scalar(.integer, number: number)
        case .boolean(let flag): index = scalar(.boolean, number: flag ? 1 : 0)
        case .list(let items):
            for item in items { builder.addChild(builder.add(copyOf: item)) }
            index = collection(.list)
        case .mapping(let fields):
            for field in fields { builder.addChild(builder.add(copyOf: field.node, name: field.name)) }
            index = collection(.mapping)
        }
        self.init(SetupTree(taking: &builder), index)
    }

    private var kind: SetupTree.Kind { tree.records[index].kind }

    public var value: Value {
        switch kind {
        case .null: return .null
        case .string: return .string(tree.records[index].text)
        case .integer: return .integer(tree.records[index].number)
        case .boolean: return .boolean(tree.records[index].number != 0)
        case .list: return .list(SetupNodes(tree, index))
        case .mapping: return .mapping(SetupFields(tree, index))
        }
    }

    public var range: SourceRange { tree.records[index].range }
    /// Like `salesforce.connectedApp.oauth.callbackUrls[0]`.
    public var keyPath: String { tree.records[index].keyPath }
    /// The range of the key that holds this value (the value's own range for list items and the root).
    public var keyRange: SourceRange { tree.records[index].keyRange }
    /// The file the value was read from, and its format, which says how messages name the value.
    public var origin: ValueOrigin { tree.records[index].origin }
    /// The value is, or is inside, an anchored node or an alias: its text stands for more than this place,
    /// so it is not edited here.
    public var isShared: Bool { tree.records[index].isShared }

    /// How the value's file names a setup key (see `SetupFormat.name(of:)`).
    public func name(of key: String) -> String { origin.format.name(of: key) }

    /// How the value's file writes a key set to a value (see `SetupFormat.assignment(of:to:)`).
    public func assignment(of key: String, to value: String) -> String { origin.format.assignment(of: key, to: value) }

    public subscript(name: String) -> SetupNode? {
        tree.field(name, of: index).map { SetupNode(tree, $0) }
    }

    /// Follows a dotted path of keys, e.g. `node(at: "connectedApp.oauth.scopes")`.
    public func node(at path: String) -> SetupNode? {
        var node: SetupNode? = self
        for name in path.utf8.split(separator: UInt8(ascii: ".")) { node = node?[String(Substring(name))] }
        return node
    }

    public var string: String? { kind == .string ? tree.records[index].text : nil }

    public var boolean: Bool? { kind == .boolean ? tree.records[index].number != 0 : nil }

    public var integer: Int? { kind == .integer ? tree.records[index].number : nil }

    public var items: SetupNodes? { kind == .list ? SetupNodes(tree, index) : nil }

    public var fields: SetupFields? { kind == .mapping ? SetupFields(tree, index) : nil }

    /// Absent-like: null, or a string that is empty or only white space (SPEC §1).
    public var isBlank: Bool { tree.records[index].isBlank }

    /// The NAME of a value that is exactly `${NAME}`, supplied at deploy time.
    public var environmentReference: String? {
        guard let text = string else { return nil }
        return EnvironmentReference.name(in: text)
    }

    /// Whether the value is exactly `${NAME}`, told without making the name.
    public var isEnvironmentReference: Bool {
        guard let text = string else { return false }
        return EnvironmentReference.isReference(text)
    }

    /// A non-blank string that is not an environment reference.
    public var literal: String? {
        guard let text = string, !isBlank, !EnvironmentReference.isReference(text) else { return nil }
        return text
    }
}

/// A list's items, read from their tree; or nodes gathered from anywhere (`[node]`, `[]`).
public struct SetupNodes: RandomAccessCollection, ExpressibleByArrayLiteral, Sendable {
    private enum Storage: Sendable {
        case tree(SetupTree, start: Int, count: Int)
        case nodes([SetupNode])
    }

    private let storage: Storage

    init(_ tree: SetupTree, _ list: Int) {
        storage = .tree(tree, start: tree.records[list].number, count: tree.records[list].count)
    }

    public init(arrayLiteral nodes: SetupNode...) {
        storage = .nodes(nodes)
    }

    public var startIndex: Int { 0 }

    public var endIndex: Int {
        switch storage {
        case .tree(_, _, let count): return count
        case .nodes(let nodes): return nodes.count
        }
    }

    public subscript(position: Int) -> SetupNode {
        switch storage {
        case .tree(let tree, let start, let count):
            precondition(position >= 0 && position < count, "index out of range")
            return SetupNode(tree, Int(tree.children[start + position]))
        case .nodes(let nodes):
            return nodes[position]
        }
    }
}

/// A mapping's fields in the order they are written, read from their tree.
public struct SetupFields: RandomAccessCollection, Sendable {
    private let tree: SetupTree
    private let start: Int
    public let endIndex: Int

    init(_ tree: SetupTree, _ mapping: Int) {
        self.tree = tree
        start = tree.records[mapping].number
        endIndex = tree.records[mapping].count
    }

    public var startIndex: Int { 0 }

    public subscript(position: Int) -> SetupField {
        precondition(position >= 0 && position < endIndex, "index out of range")
        let child = Int(tree.children[start + position])
        let node = SetupNode(tree, child)
        return SetupField(name: tree.records[child].name, keyRange: node.keyRange, node: node)
    }
}

public struct SetupField: Sendable {
    public let name: String
    public let keyRange: SourceRange
    public let node: SetupNode
}

public enum EnvironmentReference {
    /// NAME when `text` is exactly `${NAME}` with NAME = `[A-Za-z_][A-Za-z0-9_]*`.
    public static func name(in text: String) -> String? {
        guard isReference(text) else { return nil }
        return String(decoding: text.utf8.dropFirst(2).dropLast(), as: UTF8.self)
    }

    /// Whether `text` is exactly `${NAME}`, read on its UTF-8 bytes in place: rules ask of every value, NAME is
    /// ASCII, and a hostile value may be megabytes long.
    public static func isReference(_ text: String) -> Bool {
        text.utf8.withContiguousStorageIfAvailable(isReference) ?? Array(text.utf8).withUnsafeBufferPointer(isReference)
    }

    private static func isReference(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard bytes.count > 3, bytes[0] == UInt8(ascii: "$"), bytes[1] == UInt8(ascii: "{"), bytes[bytes.count - 1] == UInt8(ascii: "}"),
              bytes[2] == UInt8(ascii: "_") || isASCIILetter(bytes[2]) else { return false }
        return bytes[3..<(bytes.count - 1)].allSatisfy {
            $0 == UInt8(ascii: "_") || isASCIILetter($0) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0)
        }
    }

    private static func isASCIILetter(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
    }
}
