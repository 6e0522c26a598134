import SourceText

/// The nodes of one document in a few arrays: built once, read by `YAMLNode`s that point into it, and freed at once.
/// Scalars' texts are bytes in one buffer (`ScalarTexts`), made into a `String` only when a reader asks for one.
final class YAMLTree: Sendable {
    struct Record: Sendable {
        let kind: YAMLNode.Kind
        let style: ScalarStyle
        let hasRepeatedKeys: Bool
        /// A scalar's text is ASCII: then different bytes are a different text, told without `String`.
        let isASCII: Bool
        /// A scalar's text is kept as a `String` (see `ScalarTexts`).
        let isLong: Bool
        /// Where a scalar's text is in `texts`; a collection's first child in `children`; an alias's target record.
        let payload: Int
        /// A scalar's text's length in bytes; a collection's children (two a pair); an alias's name in `names`.
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
    let texts: ScalarTexts
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
    func text(of index: Int) -> String? {
        let record = records[resolved(index)]
        return record.kind == .scalar ? text(of: record) : nil
    }

    /// The text of a scalar's record.
    func text(of record: Record) -> String { texts.text(of: record) }

    /// Whether a node is a scalar (or an alias to one) whose text is `other`, compared as `String`s compare.
    @inline(__always)
    func text(of index: Int, is other: String) -> Bool {
        let record = records[resolved(index)]
        return record.kind == .scalar && texts.text(of: record, is: other)
    }

    /// Whether a scalar's record holds `other`, told without making a `String` of it.
    func text(of record: Record, is other: String) -> Bool { texts.text(of: record, is: other) }

    /// Whether a scalar's record holds one of YAML's spellings of null: the empty text, `~`, `null`, `Null` or `NULL`.
    func isNullSpelling(_ record: Record) -> Bool { texts.isNullSpelling(record) }

    private static func resolved(_ index: Int, in records: [Record]) -> Int {
        var index = index
        while records[index].kind == .alias { index = records[index].payload }
        return index
    }

    /// How many records, children, scalars and bytes of scalar text a tree holds.
    struct Size {
        let records: Int
        let children: Int
        let scalars: Int
        let textBytes: Int

        /// About what a setup of `bytes` bytes holds (a key and a value a line, some 35 bytes a line, half of them text),
        /// for its first document: at most a thousand nodes, so that a large stream is not sized as one document.
        static func estimated(forBytes bytes: Int) -> Size {
            let records = min(max(bytes, 0) / 18, 1024)
            return Size(records: records, children: records, scalars: records, textBytes: min(max(bytes, 0) / 2, 16 * 1024))
        }
    }

    /// Appends records in the order their nodes end: children before the collection that holds them.
    struct Builder {
        fileprivate var records: [Record] = []
        fileprivate var children: [Int] = []
        fileprivate var texts = ScalarTexts()
        private(set) var scalars = 0
        fileprivate var names: [String] = []
        fileprivate var hasRepeatedKeys = false

        func expandedSize(of index: Int) -> Int { records[index].expandedSize }

        var size: Size { Size(records: records.count, children: children.count, scalars: scalars, textBytes: texts.byteCount) }

        /// Room for a document a little larger than `size`: the documents of a stream vary, and one that outgrows its arrays
        /// copies them.
        mutating func reserve(_ size: Size) {
            records.reserveCapacity(Self.withRoom(size.records))
            children.reserveCapacity(Self.withRoom(size.children))
            texts.reserve(bytes: Self.withRoom(size.textBytes))
        }

        private static func withRoom(_ count: Int) -> Int { count + count / 4 + 8 }

        @discardableResult
        mutating func addScalar(_ text: UnsafeBufferPointer<UInt8>, style: ScalarStyle, range: SourceRange, anchor: String?, tag: String?) -> Int {
            let (payload, isLong) = texts.add(text)
            scalars += 1
            return add(Record(kind: .scalar, style: style, hasRepeatedKeys: false, isASCII: !isLong && text.isAllASCII, isLong: isLong,
                              payload: payload, count: text.count,
                              anchor: name(anchor), tag: name(tag), expandedSize: 1, range: range))
        }

        mutating func addCollection(isMapping: Bool, children items: UnsafeBufferPointer<Int>, range: SourceRange, anchor: String?, tag: String?) -> Int {
            let first = children.count
            children.append(contentsOf: items)
            let size = items.reduce(1) { $0.addingSaturating(records[$1].expandedSize) }
            let repeatsKeys = isMapping && repeatsKeys(pairsFrom: first, count: items.count / 2)
            hasRepeatedKeys = hasRepeatedKeys || repeatsKeys
            return add(Record(kind: isMapping ? .mapping : .sequence, style: .plain, hasRepeatedKeys: repeatsKeys, isASCII: true, isLong: false,
                              payload: first, count: items.count, anchor: name(anchor), tag: name(tag), expandedSize: size, range: range))
        }

        mutating func addAlias(_ aliasName: String, target: Int, range: SourceRange) -> Int {
            add(Record(kind: .alias, style: .plain, hasRepeatedKeys: false, isASCII: true, isLong: false, payload: target, count: name(aliasName),
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
            func key(_ pair: Int) -> Record? {
                let record = records[YAMLTree.resolved(children[first + 2 * pair], in: records)]
                return record.kind == .scalar ? record : nil
            }
            if count > 16 {
                var seen = Set<String>()
                return (0..<count).contains { key($0).map { !seen.insert(texts.text(of: $0)).inserted } ?? false }
            }
            // Each key looked up once, onto the stack; texts of different lengths are told apart there (ASCII ones, by
            // their bytes; others may still be canonically equal).
            return withUnsafeTemporaryAllocation(of: Record?.self, capacity: count) { keys in
                for pair in 0..<count { keys.initializeElement(at: pair, to: key(pair)) }
                defer { keys.deinitialize() }
                for later in 1..<max(count, 1) {
                    guard let name = keys[later] else { continue }
                    for earlier in 0..<later {
                        guard let other = keys[earlier], other.count == name.count || !(other.isASCII && name.isASCII) else { continue }
                        if texts.sameText(other, name) { return true }
                    }
                }
                return false
            }
        }
    }
}
