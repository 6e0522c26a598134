import SourceText

/// The nodes of one document in a few arrays: built once, read by `YAMLNode`s that point into it, and freed at once.
final class YAMLTree: Sendable {
    struct Record: Sendable {
        let kind: YAMLNode.Kind
        let style: ScalarStyle
        let hasRepeatedKeys: Bool
        /// A scalar's text in `texts`; a collection's first child in `children`; an alias's target record.
        let payload: Int
        /// A collection's children (two a pair); an alias's name in `names`.
        let count: Int
        /// In `names`, or -1.
        let anchor: Int
        let tag: Int
        let expandedSize: Int
        let range: SourceRange
    }

    let records: [Record]
    /// The records of every collection's children, each collection's together and in order.
    let children: [Int]
    let texts: [String]
    /// Anchors, tags and alias names.
    let names: [String]
    /// Some mapping of the document repeats a key.
    let hasRepeatedKeys: Bool

    private init(_ builder: Builder) {
        records = builder.records
        children = builder.children
        texts = builder.texts
        names = builder.names
        hasRepeatedKeys = builder.hasRepeatedKeys
    }

    func name(_ index: Int) -> String? { index < 0 ? nil : names[index] }

    /// The record an alias stands for (the record itself for anything else).
    func resolved(_ index: Int) -> Int { Self.resolved(index, in: records) }

    /// The text of a scalar, or of the scalar an alias stands for; nil for a collection.
    func text(of index: Int) -> String? { Self.text(of: index, in: records, texts: texts) }

    private static func resolved(_ index: Int, in records: [Record]) -> Int {
        var index = index
        while records[index].kind == .alias { index = records[index].payload }
        return index
    }

    private static func text(of index: Int, in records: [Record], texts: [String]) -> String? {
        let record = records[resolved(index, in: records)]
        return record.kind == .scalar ? texts[record.payload] : nil
    }

    /// How many records, children and texts a tree holds.
    struct Size {
        let records: Int
        let children: Int
        let texts: Int
    }

    /// Appends records in the order their nodes end: children before the collection that holds them.
    struct Builder {
        fileprivate var records: [Record] = []
        fileprivate var children: [Int] = []
        fileprivate var texts: [String] = []
        fileprivate var names: [String] = []
        fileprivate var hasRepeatedKeys = false

        func expandedSize(of index: Int) -> Int { records[index].expandedSize }

        var size: Size { Size(records: records.count, children: children.count, texts: texts.count) }

        mutating func reserve(_ size: Size) {
            records.reserveCapacity(size.records)
            children.reserveCapacity(size.children)
            texts.reserveCapacity(size.texts)
        }

        @discardableResult
        mutating func addScalar(_ text: String, style: ScalarStyle, range: SourceRange, anchor: String?, tag: String?) -> Int {
            texts.append(text)
            return add(Record(kind: .scalar, style: style, hasRepeatedKeys: false, payload: texts.count - 1, count: 1,
                              anchor: name(anchor), tag: name(tag), expandedSize: 1, range: range))
        }

        mutating func addCollection(isMapping: Bool, children items: ArraySlice<Int>, range: SourceRange, anchor: String?, tag: String?) -> Int {
            let first = children.count
            children.append(contentsOf: items)
            let size = items.reduce(1) { $0.addingSaturating(records[$1].expandedSize) }
            let repeatsKeys = isMapping && repeatsKeys(pairsFrom: first, count: items.count / 2)
            hasRepeatedKeys = hasRepeatedKeys || repeatsKeys
            return add(Record(kind: isMapping ? .mapping : .sequence, style: .plain, hasRepeatedKeys: repeatsKeys,
                              payload: first, count: items.count, anchor: name(anchor), tag: name(tag), expandedSize: size, range: range))
        }

        mutating func addAlias(_ aliasName: String, target: Int, range: SourceRange) -> Int {
            add(Record(kind: .alias, style: .plain, hasRepeatedKeys: false, payload: target, count: name(aliasName),
                       anchor: -1, tag: -1, expandedSize: records[target].expandedSize, range: range))
        }

        func finish() -> YAMLTree { YAMLTree(self) }

        private mutating func add(_ record: Record) -> Int {
            records.append(record)
            return records.count - 1
        }

        private mutating func name(_ name: String?) -> Int {
            guard let name else { return -1 }
            names.append(name)
            return names.count - 1
        }

        /// Whether two of a mapping's keys have the same text: compared pair by pair in a small mapping, hashed in a big one.
        private func repeatsKeys(pairsFrom first: Int, count: Int) -> Bool {
            func key(_ pair: Int) -> String? { YAMLTree.text(of: children[first + 2 * pair], in: records, texts: texts) }
            if count > 16 {
                var seen = Set<String>()
                return (0..<count).contains { key($0).map { !seen.insert($0).inserted } ?? false }
            }
            for later in 1..<max(count, 1) {
                guard let name = key(later) else { continue }
                for earlier in 0..<later where key(earlier) == name { return true }
            }
            return false
        }
    }
}
