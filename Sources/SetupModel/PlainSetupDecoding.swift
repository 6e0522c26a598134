import YAMLSource
import SourceText

/// Reading a setup that the format takes as it is written, in one pass over its document's nodes: no `YAMLNode`,
/// `StrictMapping` or closure for each value. It records exactly what the full reading records for such a setup, and
/// gives up (returns nil) at the first thing that reading would report or treat specially: an unknown key, a value of
/// the wrong type, a missing or blank required field, or a key that replaces others. The full reading then starts over.
extension SetupDecoder {
    /// The record of the root mapping, or nil when the setup needs the full reading.
    mutating func decodePlainMapping(_ document: PlainYAMLDocument, _ node: Int, fields: [FieldSpec], keyPath: String, keyRange: SourceRange,
                                     fieldName: String) -> Int? {
        guard document.kind(node) == .mapping else { return nil }
        let mark = values.childrenMark
        let pairCount = document.childCount(node) / 2
        var present = SeenPositions()
        var searchFrom = 0
        for pair in 0..<pairCount {
            let key = document.child(node, 2 * pair)
            guard document.kind(key) == .scalar, let position = document.position(ofKey: key, amongFirst: fields.count, { fields[$0].name }, from: searchFrom),
                  !fields[position].replacesSiblings, fields[position].replacesSibling == nil else { return nil }
            searchFrom = position + 1
            let field = fields[position]
            guard let value = decodePlainValue(document, document.child(node, 2 * pair + 1), kind: field.kind, keyPath: field.path(under: keyPath),
                                               keyRange: document.range(key), fieldName: field.name,
                                               placedItems: field.placedItems(under: keyPath)) else { return nil }
            if field.required {
                if values.isBlank(value) && !field.blankIsJudgedByRules { return nil }
                present.insert(position)
            }
            if field.isCredential { credentialValues.append(value) }
            values.addChild(value)
        }
        for position in fields.indices where fields[position].required && !present.contains(position) { return nil }
        return values.addCollection(.mapping, from: mark, range: document.range(node), keyPath: keyPath, keyRange: keyRange, name: fieldName,
                                    origin: origin, isShared: false)
    }

    private mutating func decodePlainValue(_ document: PlainYAMLDocument, _ node: Int, kind: FieldKind, keyPath: String, keyRange: SourceRange,
                                           fieldName: String, placedItems: [PlacedItem]) -> Int? {
        func make(_ kind: SetupTree.Kind, text: String = "", number: Int = 0) -> Int {
            values.addScalar(kind, text: text, number: number, range: document.range(node), keyPath: keyPath, keyRange: keyRange, name: fieldName,
                             origin: origin, isShared: false)
        }
        if document.isNull(node) { return make(.null) }
        switch kind {
        case .string:
            guard document.kind(node) == .scalar else { return nil }
            return make(.string, text: document.text(node))
        case .integer:
            guard let number = try? StrictYAML.integer(document.node(node)) else { return nil }
            return make(.integer, number: number)
        case .boolean:
            guard let flag = try? StrictYAML.boolean(document.node(node)) else { return nil }
            return make(.boolean, number: flag ? 1 : 0)
        case .choice(let choices):
            guard document.kind(node) == .scalar, let match = Self.choice(matching: document.text(node), among: choices) else { return nil }
            return make(.string, text: match)
        case .stringOrStringList:
            if document.kind(node) == .scalar { return make(.string, text: document.text(node)) }
            return decodePlainList(document, node, itemKind: .string, keyPath: keyPath, keyRange: keyRange, fieldName: fieldName, placedItems: placedItems)
        case .list(let itemKind):
            return decodePlainList(document, node, itemKind: itemKind, keyPath: keyPath, keyRange: keyRange, fieldName: fieldName, placedItems: placedItems)
        case .mapping(let fields):
            return decodePlainMapping(document, node, fields: fields, keyPath: keyPath, keyRange: keyRange, fieldName: fieldName)
        }
    }

    private mutating func decodePlainList(_ document: PlainYAMLDocument, _ node: Int, itemKind: FieldKind, keyPath: String, keyRange: SourceRange,
                                          fieldName: String, placedItems: [PlacedItem]) -> Int? {
        guard document.kind(node) == .sequence else { return nil }
        let mark = values.childrenMark
        for index in 0..<document.childCount(node) {
            let item = document.child(node, index)
            let placed = index < placedItems.count ? placedItems[index] : nil
            guard let value = decodePlainValue(document, item, kind: placed?.kind ?? itemKind, keyPath: placed?.path ?? KeyPaths.item(index, of: keyPath),
                                               keyRange: document.range(item), fieldName: "", placedItems: []) else { return nil }
            values.addChild(value)
        }
        return values.addCollection(.list, from: mark, range: document.range(node), keyPath: keyPath, keyRange: keyRange, name: fieldName,
                                    origin: origin, isShared: false)
    }
}
