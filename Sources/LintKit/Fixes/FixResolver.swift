import SetupModel
import SourceText
import YAMLSource
import RuleFiles

/// Turns fix plans into text edits in one file, in the file's own style: a setup YAML through
/// `YAMLEditBuilder`, a metadata file through `XMLEditBuilder` and its element tree.
struct FixResolver {
    let text: TextIndex
    /// The metadata file's root element; nil for a setup YAML.
    let xmlRoot: XMLElementNode?
    let file: Int

    /// The resolver of one file of a unit, reading its text; nil when the file cannot be read, or is a metadata
    /// file whose XML could not be read.
    init?(_ unitFile: LintUnit.File, index: Int) {
        guard let bytes = unitFile.input.readAll() else { return nil }
        if let xml = unitFile.xml {
            guard let root = xml.root else { return nil }
            xmlRoot = root
        } else {
            xmlRoot = nil
        }
        text = TextIndex(bytes)
        file = index
    }

    /// The resolver of a setup YAML's text, or of the window of it one document of a stream takes.
    init(yaml text: TextIndex, index: Int) {
        self.text = text
        xmlRoot = nil
        file = index
    }

    /// Whether a plan changes a value that a YAML anchor or alias shares with other places (it is then not offered).
    func touchesSharedValue(_ plan: FixPlan) -> Bool {
        plan.changes.contains { change in
            switch change {
            case .set(let node, _), .addKey(_, _, let node), .addItem(_, let node): return node.isShared
            default: return false
            }
        }
    }

    /// The plan's edits, or nil when one of its changes cannot be made here (a shared YAML node, a value of
    /// another file, a layout the builders do not rewrite).
    func fix(_ plan: FixPlan) -> Fix? {
        var edits: [TextEdit] = []
        for change in plan.changes {
            guard let edit = edit(change) else { return nil }
            edits.append(edit)
        }
        return edits.isEmpty ? nil : Fix(title: plan.title, applicability: plan.applicability, edits: edits)
    }

    private func edit(_ change: SetupChange) -> TextEdit? {
        switch change {
        case .set(let node, _), .addKey(_, _, let node), .addItem(_, let node):
            guard node.origin.file == file, !node.isShared else { return nil }
        default:
            break
        }
        if let xmlRoot { return xmlEdit(change, root: xmlRoot) }
        return yamlEdit(change)
    }

    // MARK: - Setup YAML

    private func yamlEdit(_ change: SetupChange) -> TextEdit? {
        let builder = YAMLEditBuilder(text)
        switch change {
        case .set(let node, let value):
            guard node.items == nil, node.fields == nil else { return nil }
            return builder.replaceScalar(node.range, with: Self.yaml(value))
        case .addKey(let key, let value, let mapping):
            if let fields = mapping.fields, !fields.isEmpty {
                return builder.addKey(key, value: Self.yaml(value), toMapping: mapping.range, firstKey: fields.first?.keyRange,
                                      lastLine: lastContentLine(of: mapping))
            }
            if mapping.fields != nil, builder.isFlow(mapping.range) {
                return builder.addKey(key, value: Self.yaml(value), toMapping: mapping.range, firstKey: nil, lastLine: mapping.range.end.line)
            }
            guard case .null = mapping.value, mapping.keyRange != mapping.range else { return nil }
            return builder.addKey(key, value: Self.yaml(value), belowEmptyKey: mapping.keyRange)
        case .addItem(let value, let list):
            if let items = list.items {
                return builder.addItem(Self.yaml(value), toSequence: list.range, firstItem: items.first?.range, lastLine: lastContentLine(of: list))
            }
            guard list.string != nil, case .text(let line) = Self.yaml(value) else { return nil }
            return builder.addLine(line, toString: list.range)
        case .repair(let repair):
            switch repair {
            case .replace(let range, let replacement): return text.edit(range, replacement)
            case .removeLines(let first, let last):
                // Safe only while no comment goes with the lines.
                let removed = text.removeLines(first, through: last)
                return text.text(removed.bytes).contains("#") ? nil : removed
            case .reorderChildren: return nil
            }
        case .removeComment(let range):
            return builder.removeComment(range)
        case .replace(let range, let replacement):
            return text.edit(range, replacement)
        }
    }

    static func yaml(_ value: SetupValue) -> YAMLValue {
        switch value {
        case .boolean, .reference: return .plain(value.spelled(in: .setupYAML))
        case .text, .scope: return .text(value.spelled(in: .setupYAML))
        }
    }

    /// The last line of a block collection's content, values the model left out (of the wrong type) included: the
    /// line before the collection's end when that end is the next key's place, less the blank and comment lines
    /// above it, which belong to what follows.
    func lastContentLine(of node: SetupNode) -> Int {
        let decoded = lastLine(of: node)
        var line = lineBeforeEnd(of: node.range)
        while line > decoded, text.isBlank(line) || text.text(text.lineBytes(line)).trimmingSpaces().hasPrefix("#") {
            line -= 1
        }
        return max(line, decoded)
    }

    /// The last line a value's text takes: a flow collection's closing bracket, a block collection's last child's, a
    /// scalar's last line that is not blank (a block scalar's range runs over the blank lines after it to the start of
    /// the next line; with the keep indicator `+` those lines are part of its value).
    func lastLine(of node: SetupNode) -> Int {
        let children = node.fields?.map(\.node) ?? node.items.map(Array.init) ?? []
        if !children.isEmpty, !YAMLEditBuilder(text).isFlow(node.range) { return children.map(lastLine(of:)).max() ?? node.range.end.line }
        let range = node.range
        var line = lineBeforeEnd(of: range)
        let header = text.text(text.offset(of: range.start)..<text.lineBytes(range.start.line).upperBound).prefix { $0 != " " && $0 != "#" }
        guard !(header.first == "|" || header.first == ">") || !header.contains("+") else { return line }
        while line > range.start.line, text.isBlank(line) { line -= 1 }
        return line
    }

    /// The last line a range covers text on: the line before its end when only indentation precedes the end there
    /// (a block collection or block scalar ends where the next token starts).
    func lineBeforeEnd(of range: SourceRange) -> Int {
        let end = range.end
        guard end.line > range.start.line else { return end.line }
        let endLine = text.lineBytes(end.line)
        let beforeEnd = text.bytes[endLine.lowerBound..<max(endLine.lowerBound, min(text.offset(of: end), endLine.upperBound))]
        return beforeEnd.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) ? end.line - 1 : end.line
    }

    // MARK: - Metadata

    private func xmlEdit(_ change: SetupChange, root: XMLElementNode) -> TextEdit? {
        let builder = XMLEditBuilder(text)
        switch change {
        case .set(let node, let value):
            // Only an element that holds text: a value derived from an element with children (or the file name) is not set here.
            if let element = Self.element(namedAt: node.keyRange, in: root) {
                return element.children.isEmpty ? builder.replaceText(of: element, with: Self.xml(value)) : nil
            }
            guard node.range != node.keyRange else { return nil }
            return text.edit(node.range, XMLEditBuilder.escaped(Self.xml(value)))
        case .addKey(let key, let value, let mapping):
            guard let parent = Self.element(namedAt: mapping.keyRange, in: root), let name = mapping.origin.format.elementName(for: key) else { return nil }
            return builder.insertChild(name, value: Self.xml(value), in: parent, sequence: Self.sequence(of: parent, format: mapping.origin.format))
        case .addItem(let value, let list):
            if let last = list.items?.last, let element = Self.element(namedAt: last.keyRange, in: root) {
                return builder.insertSibling(element.qualifiedName, value: Self.xml(value), after: element)
            }
            guard let element = Self.element(namedAt: list.keyRange, in: root) else { return nil }
            switch element.name {
            case "callbackUrl": return builder.addLine(Self.xml(value), to: element)
            case "commaSeparatedOauthScopes": return builder.append(Self.xml(value), separator: ",", to: element)
            default:
                return builder.insertChild("scopes", value: Self.xml(value), in: element, sequence: Self.sequence(of: element, format: list.origin.format))
            }
        case .repair(let repair):
            switch repair {
            case .replace(let range, let replacement): return text.edit(range, replacement)
            case .removeLines(let first, let last): return text.removeLines(first, through: last)
            case .reorderChildren(let nameRange, let sequence):
                return Self.element(namedAt: nameRange, in: root).flatMap { builder.reorderChildren(of: $0, sequence: sequence) }
            }
        case .removeComment(let range):
            return builder.removeComment(range)
        case .replace(let range, let replacement):
            return text.edit(range, replacement)
        }
    }

    static func xml(_ value: SetupValue) -> String { value.spelled(in: .connectedApp) }

    /// The Metadata API sequence of an element's children, when its type documents one.
    static func sequence(of element: XMLElementNode, format: SetupFormat) -> [String]? {
        guard format == .connectedApp else { return nil }
        switch element.name {
        case "ConnectedApp": return MetadataSchema.connectedApp
        case "oauthConfig": return MetadataSchema.oauthConfig
        case "oauthPolicy": return MetadataSchema.oauthPolicy
        default: return nil
        }
    }

    /// The element whose name is at `range` (a setup node's key range in metadata is its element's name).
    static func element(namedAt range: SourceRange, in root: XMLElementNode) -> XMLElementNode? {
        var pending = [root]
        while let element = pending.popLast() {
            if element.nameRange == range { return element }
            if element.range.start <= range.start, range.start < element.range.end { pending += element.children }
        }
        return nil
    }
}
