import SourceText

/// The values of one setup as records in two arrays: a `SetupNode` is this tree and a record's place, so that copying
/// a node retains one object, and a document's values are freed together.
final class SetupTree: Sendable {
    enum Kind: UInt8 {
        case null, string, integer, boolean, list, mapping
    }

    struct Record {
        let kind: Kind
        let isShared: Bool
        /// Null, or a string that is empty or only white space (`SetupNode.isBlank`).
        let isBlank: Bool
        let origin: ValueOrigin
        /// An integer's value, a boolean's (0 or 1), or where a list's or mapping's children start in `children`.
        let number: Int
        /// How many children a list or mapping has.
        let count: Int
        let range: SourceRange
        let keyRange: SourceRange
        /// A string's text ("" for other kinds).
        let text: String
        let keyPath: String
        /// The key a mapping holds the value under ("" for none).
        let name: String
    }

    /// Read field by field (`records[index].kind`): a whole record copied out would retain its three strings.
    let records: ContiguousArray<Record>
    /// The records of each list's items and mapping's fields, each list's and mapping's together.
    let children: ContiguousArray<Int32>

    /// Takes the builder's arrays, leaving it empty: swapped out, they are not retained and released again.
    init(taking builder: inout SetupTreeBuilder) {
        var records = ContiguousArray<Record>(), children = ContiguousArray<Int32>()
        swap(&records, &builder.records)
        swap(&children, &builder.children)
        self.records = records
        self.children = children
    }

    /// The record of the mapping `record`'s field `name`.
    func field(_ name: String, of record: Int) -> Int? {
        guard records[record].kind == .mapping else { return nil }
        let start = records[record].number, length = name.utf8.count
        for place in start..<(start + records[record].count) {
            let child = Int(children[place])
            // Lengths first: most keys are told apart by them, without comparing strings.
            if records[child].name.utf8.count == length, records[child].name == name { return child }
        }
        return nil
    }
}

/// Collects a tree's records: a value's children are added before it, and a list or mapping is added once they are all
/// there, with their places gathered on a stack it shares with the collections around it.
struct SetupTreeBuilder {
    fileprivate var records: ContiguousArray<SetupTree.Record> = []
    fileprivate var children: ContiguousArray<Int32> = []
    private var pending = OpenChildren<Int32>()

    /// `capacity`: how many records the tree will likely hold (its stack of open children, at most as many, gets room for
    /// a few dozen: setups nest a few levels deep, with a few dozen keys on the way).
    init(capacity: Int = 0) {
        records.reserveCapacity(capacity)
        children.reserveCapacity(capacity)
        if capacity > 0 { pending.reserveCapacity(min(capacity, 32)) }
    }

    /// The place of a scalar value; `name` is its key in the mapping that holds it.
    mutating func addScalar(_ kind: SetupTree.Kind, text: consuming String = "", number: Int = 0, range: SourceRange, keyPath: String,
                            keyRange: SourceRange, name: String = "", origin: ValueOrigin, isShared: Bool) -> Int {
        let isBlank = kind == .null || (kind == .string && text.isAllWhitespace)
        records.append(SetupTree.Record(kind: kind, isShared: isShared, isBlank: isBlank, origin: origin, number: number, count: 0, range: range,
                                        keyRange: keyRange, text: text, keyPath: keyPath, name: name))
        return records.count - 1
    }

    /// Where the children of a list or mapping about to be read start on the stack.
    var childrenMark: Int { pending.mark }

    /// Adds a value read into the list or mapping being read.
    mutating func addChild(_ record: Int) {
        pending.add(Int32(record))
    }

    /// The place of the list or mapping whose children were added since `mark`.
    mutating func addCollection(_ kind: SetupTree.Kind, from mark: Int, range: SourceRange, keyPath: String, keyRange: SourceRange,
                                name: String = "", origin: ValueOrigin, isShared: Bool) -> Int {
        let start = children.count
        pending.close(from: mark) { children.append(contentsOf: $0) }
        records.append(SetupTree.Record(kind: kind, isShared: isShared, isBlank: false, origin: origin, number: start, count: children.count - start,
                                        range: range, keyRange: keyRange, text: "", keyPath: keyPath, name: name))
        return records.count - 1
    }

    func isBlank(_ record: Int) -> Bool { records[record].isBlank }

    /// A copy of `node` and everything under it, from its own tree, under the key `name`.
    mutating func add(copyOf node: SetupNode, name: String = "") -> Int {
        let record = node.tree.records[node.index]
        switch record.kind {
        case .list, .mapping:
            let mark = childrenMark
            for offset in 0..<record.count {
                let child = Int(node.tree.children[record.number + offset])
                addChild(add(copyOf: SetupNode(node.tree, child), name: node.tree.records[child].name))
            }
            return addCollection(record.kind, from: mark, range: record.range, keyPath: record.keyPath, keyRange: record.keyRange,
                                 name: name, origin: record.origin, isShared: record.isShared)
        default:
            return addScalar(record.kind, text: record.text, number: record.number, range: record.range, keyPath: record.keyPath,
                             keyRange: record.keyRange, name: name, origin: record.origin, isShared: record.isShared)
        }
    }
}
