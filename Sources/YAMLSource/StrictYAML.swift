/// Reads a YAML node tree strictly, the same way for setups, `.connectlint.yml` and rule files.
///
/// A scalar is read as null, a boolean or an integer only when it is plain and untagged, or tagged
/// with that type (`!!int "1"`); a quoted `"true"` or `!!str 1` stays a string. Aliases are followed.
public enum StrictYAML {
    static let nullTag = "tag:yaml.org,2002:null"
    static let booleanTag = "tag:yaml.org,2002:bool"
    static let integerTag = "tag:yaml.org,2002:int"

    /// `~`, `null`, `Null`, `NULL` or nothing at all (`key:`), as YAML 1.2's core schema has it.
    public static func isNull(_ node: YAMLNode) -> Bool {
        isNull(node.resolvedRecord, in: node.tree)
    }

    /// `isNull` of a scalar's record, for readers that walk a document's records.
    static func isNull(_ record: YAMLTree.Record, in tree: YAMLTree) -> Bool {
        // Most values are longer than any spelling of null: one count, before any comparison, and no text made.
        guard record.kind == .scalar, record.count <= 4, mayBeTyped(record, in: tree, tag: nullTag) else { return false }
        return tree.isNullSpelling(record)
    }

    /// A key's text, or nil for a list or mapping written as a key.
    public static func keyText(_ key: YAMLNode) -> String? {
        key.scalar?.value
    }

    /// Any scalar but null, in whatever style it is written.
    public static func string(_ node: YAMLNode) throws(YAMLValueProblem) -> String {
        guard let scalar = node.scalar, !isNull(node) else { throw YAMLValueProblem(node) }
        return scalar.value
    }

    /// `true` or `false` in any letter case; YAML 1.1's `yes`, `no`, `on`, `off`, `y` and `n` are refused.
    public static func boolean(_ node: YAMLNode) throws(YAMLValueProblem) -> Bool {
        if let text = typedText(node, tag: booleanTag) {
            switch text.lowercased() {
            case "true": return true
            case "false": return false
            case "yes", "no", "on", "off", "y", "n":
                throw YAMLValueProblem(found: .yaml11Boolean(text), range: node.range)
            default: break
            }
        }
        throw YAMLValueProblem(node)
    }

    /// A decimal integer with an optional sign that fits in 64 bits.
    public static func integer(_ node: YAMLNode) throws(YAMLValueProblem) -> Int {
        // Measured before parsing: a hostile value may be megabytes of digits.
        if let text = typedText(node, tag: integerTag), text.utf8.count <= 20, let number = Int(text) {
            return number
        }
        throw YAMLValueProblem(node)
    }

    public static func list(_ node: YAMLNode) throws(YAMLValueProblem) -> [YAMLNode] {
        guard case .sequence(let items) = node.resolved.content else { throw YAMLValueProblem(node) }
        return Array(items)
    }

    /// The mapping's keys checked against `allowedKeys` (any key when nil) and for repeats.
    public static func mapping(_ node: YAMLNode, allowedKeys: [String]? = nil) throws(YAMLValueProblem) -> StrictMapping {
        guard case .mapping(let pairs) = node.resolved.content else { throw YAMLValueProblem(node) }
        return StrictMapping(pairs, allowedKeys: allowedKeys, hasRepeatedKeys: node.resolved.hasRepeatedKeys)
    }

    /// The mapping's keys checked against `allowedKey(0..<allowedKeyCount)` (the names of fields, say, with no array
    /// made of them) and for repeats; each field says where its key is among them.
    public static func mapping(_ node: YAMLNode, allowedKeyCount: Int, allowedKey: (Int) -> String) throws(YAMLValueProblem) -> StrictMapping {
        guard case .mapping(let pairs) = node.resolved.content else { throw YAMLValueProblem(node) }
        return StrictMapping(pairs, allowedKeyCount: allowedKeyCount, allowedKey: allowedKey, hasRepeatedKeys: node.resolved.hasRepeatedKeys)
    }

    /// The value of the first `key` in a mapping, as `mapping(node)[key]` finds it, without reading every key.
    public static func firstValue(of key: String, in node: YAMLNode) -> YAMLNode? {
        guard case .mapping(let pairs) = node.resolved.content else { return nil }
        return pairs.first { $0.keyIs(key) }?.value
    }

    /// The mapping's repeated keys, which `mapping(node).problems` reports, without collecting its fields.
    public static func repeatedKeys(in pairs: YAMLPairs) -> [RepeatedKey] {
        StrictMapping.repeatedKeys(in: pairs)
    }

    /// The text of a scalar that may be read as the type `tag` names: plain and untagged, or tagged so.
    static func typedText(_ node: YAMLNode, tag: String) -> String? {
        let record = node.resolvedRecord
        guard record.kind == .scalar, mayBeTyped(record, in: node.tree, tag: tag) else { return nil }
        return node.tree.text(of: record)
    }

    /// Whether a scalar's record may be read as the type `tag` names: plain and untagged, or tagged so.
    private static func mayBeTyped(_ record: YAMLTree.Record, in tree: YAMLTree, tag: String) -> Bool {
        record.tag >= 0 ? tree.names[record.tag] == tag : record.style == .plain
    }
}
