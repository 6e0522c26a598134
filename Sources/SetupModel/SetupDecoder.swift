import YAMLSource
import SourceText

/// The result of reading one YAML document: the setup (nil when it could not be read at all)
/// and the reading findings (SPEC §3.1).
public struct DecodedDocument: Sendable {
    public let index: Int
    public let range: SourceRange
    public var setup: Setup?
    public let problems: [ReadingProblem]
}

/// Decodes YAML documents into `Setup`s against `SetupSchema`, reporting what does not fit.
public struct SetupDecoder {
    private var problems: [ReadingProblem] = []
    let origin: ValueOrigin
    /// Keys whose mapping names a file that replaces them (`connectedApp.metadata`): not read here.
    private var replacedKeys: [ReplacedKey] = []
    /// Keys whose value is of the wrong type: reported, and unknown to the rules rather than absent.
    private var unreadableKeyPaths = Set<String>()
    /// True while decoding an anchored node or an alias, and everything inside it.
    private var insideShared = false
    private let profiles: ConnectorProfiles
    /// The profile of the document being read.
    private var profile: ConnectorProfile?
    /// The records of values under keys named like a credential.
    var credentialValues: [Int] = []
    var values = SetupTreeBuilder()
    /// Whether a plain document is read in one pass (`decodePlainMapping`); off only to compare the two readings.
    private let readsPlainDocumentsInOnePass: Bool

    private init(origin: ValueOrigin, profiles: ConnectorProfiles, readsPlainDocumentsInOnePass: Bool) {
        self.origin = origin
        self.profiles = profiles
        self.readsPlainDocumentsInOnePass = readsPlainDocumentsInOnePass
    }

    /// Reads the document against the profile its `connector` names (or the fallback profile); with
    /// no profiles, against the guide's format alone.
    public static func decode(_ document: YAMLDocument, origin: ValueOrigin = .setupYAML, profiles: ConnectorProfiles = .none) -> DecodedDocument {
        decode(document, origin: origin, profiles: profiles, readsPlainDocumentsInOnePass: true)
    }

    static func decode(_ document: YAMLDocument, origin: ValueOrigin, profiles: ConnectorProfiles, readsPlainDocumentsInOnePass: Bool) -> DecodedDocument {
        var decoder = SetupDecoder(origin: origin, profiles: profiles, readsPlainDocumentsInOnePass: readsPlainDocumentsInOnePass)
        let setup = decoder.decodeDocument(document)
        return DecodedDocument(index: document.index, range: document.range, setup: setup, problems: decoder.problems)
    }

    /// The finding for a problem that ended a stream or a document early.
    public static func problem(for problem: YAMLProblem) -> ReadingProblem {
        switch problem.kind {
        case .syntax:
            var help = "Fix the YAML at this position; the rest of this document could not be checked."
            if problem.message.contains("cannot start any token") {
                help = "YAML indents with spaces, never tabs, and some characters (`@`, a backquote) cannot start a plain value: replace the tab or quote the value."
            }
            return ReadingProblem(kind: .yamlSyntax, message: problem.message, range: problem.range, keyPath: "", help: help)
        case .limit:
            return ReadingProblem(kind: .inputLimit, message: problem.message, range: problem.range, keyPath: "",
                                   help: "Split or simplify the file; a setup needs only a few dozen keys.")
        }
    }

    /// The finding for a file that holds no document at all (empty, or only comments).
    public static func emptyFileProblem() -> ReadingProblem {
        ReadingProblem(kind: .emptySetup, message: "the file holds no setup (it is empty or only comments)",
                        range: .fileStart, keyPath: "", help: "Write a setup here (`connectlint init` prints a starter) or delete the file.")
    }

    private mutating func decodeDocument(_ document: YAMLDocument) -> Setup? {
        if let problem = document.problem {
            problems.append(Self.problem(for: problem))
            return nil
        }
        guard let rootNode = document.root, !StrictYAML.isNull(rootNode) else {
            report(.emptySetup, "document \(document.index + 1) holds no setup (it is empty, only comments, or null)",
                   SourceRange(at: document.range.start), "",
                   help: "Remove the empty document (the stray `---`) or write a setup in it.")
            return nil
        }
        if document.hasRepeatedKeys { findDuplicateKeys(rootNode, keyPath: "") }
        guard case .mapping = rootNode.resolved.content else {
            report(.wrongType, "a setup must be a mapping with keys such as `version`, `cyclr` and `salesforce`, but this document is \(rootNode.kindName)",
                   rootNode.range, "", help: "Start the document with `version: 1` and the `cyclr` and `salesforce` mappings.")
            return nil
        }
        let connector = StrictYAML.firstValue(of: "connector", in: rootNode)?.resolved.scalar?.value
        let namedProfile = connector.flatMap(profiles.profile(named:))
        let connectorIsKnown = connector == nil || namedProfile != nil
        profile = namedProfile ?? profiles.fallback
        values = SetupTreeBuilder(capacity: document.nodeCount)
        credentialValues.reserveCapacity(4)
        let fields = profile.map(profiles.setupFormat(of:)) ?? SetupSchema.root, rootKeyRange = SourceRange(at: rootNode.range.start)
        var rootRecord: Int?
        if readsPlainDocumentsInOnePass, let plain = PlainYAMLDocument(rootNode) {
            rootRecord = decodePlainMapping(plain, plain.root, fields: fields, keyPath: "", keyRange: rootKeyRange, fieldName: "")
            if rootRecord == nil {
                // What the one pass recorded before it gave up is dropped: the full reading records it again.
                values = SetupTreeBuilder(capacity: document.nodeCount)
                credentialValues.removeAll(keepingCapacity: true)
            }
        }
        let record = rootRecord ?? decodeMapping(rootNode, fields: fields, keyPath: "", keyRange: rootKeyRange, fieldName: "", placeName: { "the setup" })
        let tree = SetupTree(taking: &values)
        let root = SetupNode(tree, record)
        if let version = root["version"], let number = version.integer, number != 1 {
            report(.unsupportedVersion, "format version \(number) is not supported; only version 1 exists",
                   version.range, "version", help: "Write `version: 1`.")
        }
        return Setup(root: root, documentIndex: document.index, documentRange: document.range, replacedKeys: replacedKeys,
                     unreadableKeyPaths: unreadableKeyPaths, profile: profile.take(),
                     credentialValues: credentialValues.map { SetupNode(tree, $0) },
                     knownConnectors: profiles.all, connectorIsKnown: connectorIsKnown)
    }

    // MARK: - Mappings

    /// A key as the mapping's key at `range` is written: in its quotes, if it has any.
    static func keyText(_ name: String, likeKeyAt range: SourceRange, in mapping: YAMLNode) -> String {
        guard case .mapping(let pairs) = mapping.resolved.content, let key = pairs.first(where: { $0.key.range == range })?.key.scalar else { return name }
        switch key.style {
        case .singleQuoted: return "'\(name)'"
        case .doubleQuoted: return "\"\(name)\""
        default: return name
        }
    }

    /// The record of the mapping `node` (null when it is not one). `placeName` (how messages name the mapping) is built only
    /// for a message.
    private mutating func decodeMapping(_ node: YAMLNode, fields: [FieldSpec], keyPath: String, keyRange: SourceRange,
                                        fieldName: String, placeName: () -> String) -> Int {
        guard let mapping = try? StrictYAML.mapping(node, allowedKeyCount: fields.count, allowedKey: { fields[$0].name }) else {
            return values.addScalar(.null, range: node.range, keyPath: keyPath, keyRange: keyRange, name: fieldName, origin: origin,
                                  isShared: insideShared)
        }
        var hasUnknownKeys = false
        for problem in mapping.problems {
            switch problem.kind {
            case .notScalar(let kindName):
                report(.wrongType, "keys must be plain scalars, but this key is \(kindName)",
                       problem.range, keyPath, help: "Write the key as a plain word such as `name`.")
            case .unknown(let key, let suggestion):
                hasUnknownKeys = true
                let message = connectorNote(unknownKey: key, in: keyPath)
                    .map { "unknown key `\(key)` in \(placeName()): \($0)" } ?? "unknown key `\(key)` in \(placeName())\(Suggestions.didYouMean(suggestion))"
                report(.unknownKey, message, problem.range, KeyPaths.child(key, of: keyPath),
                       help: "Keys are case-sensitive camelCase; the keys allowed here are " + fields.map { "`\($0.name)`" }.joined(separator: ", ") + ".",
                       repair: suggestion.map { Repair("Rename `\(key)` to `\($0)`", .replace(problem.range, with: Self.keyText($0, likeKeyAt: problem.range, in: node))) })
            case .duplicate:
                break  // findDuplicateKeys reports them, also in the mappings not decoded here
            }
        }
        // Every key that is not known was reported as unknown: without one, there is nothing to collect.
        if hasUnknownKeys { collectUnknownCredentials(node.resolved, known: fields.map(\.name), keyPath: keyPath) }
        let mark = values.childrenMark
        let seen = SeenPositions(mapping.matches)
        // The required fields that were read, and those of them that are blank: told by position, with no names compared.
        var present = SeenPositions(), blank = SeenPositions()
        let replacing = fields.indices.first { fields[$0].replacesSiblings && seen.contains($0) }.map { fields[$0] }
        let replaced = fields.indices.compactMap { fields[$0].replacesSibling != nil && seen.contains($0) ? fields[$0].replacesSibling : nil }
        // Read in place: a match taken out of the array is copied, and `fields[position]` is read where it is used rather
        // than bound to a name, which the compiler retains and releases around every use.
        mapping.matches.withUnsafeBufferPointer { found in
            for index in found.indices {
                guard let position = found[index].position else { continue }
                let name = found[index].name, keyRange = mapping.keyRange(of: found[index])
                let childPath = fields[position].path(under: keyPath)
                if replaced.contains(name) || (replacing.map { $0.name != name } ?? false) {
                    replacedKeys.append(ReplacedKey(name: name, keyRange: keyRange, keyPath: childPath))
                    continue
                }
                if let value = decodeValue(mapping.value(of: found[index]), kind: fields[position].kind, keyPath: childPath, keyRange: keyRange,
                                           fieldName: name, placedItems: fields[position].placedItems(under: keyPath), name: { name }) {
                    if fields[position].required {
                        present.insert(position)
                        if values.isBlank(value) { blank.insert(position) }
                    }
                    if fields[position].isCredential { credentialValues.append(value) }
                    values.addChild(value)
                } else {
                    unreadableKeyPaths.insert(childPath)
                }
            }
        }
        for (position, spec) in fields.enumerated() where spec.required && replacing == nil && !replaced.contains(spec.name) {
            let wasWrongType = !present.contains(position) && seen.contains(position)
            if wasWrongType { continue }
            lazy var fieldPath = KeyPaths.child(spec.name, of: keyPath)
            if present.contains(position) {
                if !spec.blankIsJudgedByRules, blank.contains(position), let match = mapping.matches.first(where: { $0.position == position }) {
                    report(.missingField, "`\(spec.name)` is empty; it must hold \(spec.summary)",
                           mapping.keyRange(of: match), fieldPath, help: "Give `\(spec.name)` a value: \(spec.summary).")
                }
            } else {
                report(.missingField, "\(placeName()) is missing `\(spec.name)` (\(spec.summary))",
                       keyRange, fieldPath, help: "Add `\(spec.name):` to \(placeName()).")
            }
        }
        return values.addCollection(.mapping, from: mark, range: node.range, keyPath: keyPath, keyRange: keyRange, name: fieldName,
                                  origin: origin, isShared: insideShared)
    }

    /// Why a key is unknown when the setup's connector explains it: a value of another connector, or
    /// the Salesforce side of a connector that uses no Connected App.
    private func connectorNote(unknownKey key: String, in keyPath: String) -> String? {
        guard let profile else { return nil }
        if keyPath.isEmpty, key == "salesforce", !profile.usesConnectedApp {
            return "the `\(profile.name)` connector signs in without a Connected App, so its setup has no Salesforce side"
        }
        guard keyPath == "cyclr" else { return nil }
        if !profile.usesConnectedApp, SetupSchema.cyclr.contains(where: { $0.name == key }) {
            return "the `\(profile.name)` connector signs in without a Connected App, so it has no `\(key)`"
        }
        let owners = profiles.others(having: key, than: profile).map { "`\($0.name)`" }
        guard !owners.isEmpty else { return nil }
        return "the `\(profile.name)` connector has no such value (" + owners.joined(separator: ", ") + (owners.count > 1 ? " have it)" : " has it)")
    }

    /// Values under unknown keys named like a credential, at any depth below an unknown key: not read,
    /// but masked like known ones.
    private mutating func collectUnknownCredentials(_ node: YAMLNode, known: [String], keyPath: String) {
        guard case .mapping(let pairs) = node.content else { return }
        for pair in pairs {
            guard let key = pair.keyText, !known.contains(key) else { continue }
            let childPath = KeyPaths.child(key, of: keyPath)
            if let scalar = pair.value.scalar, CredentialName.isCredential(key), !StrictYAML.isNull(pair.value) {
                credentialValues.append(values.addScalar(.string, text: scalar.value, range: pair.value.range, keyPath: childPath,
                                                       keyRange: pair.key.range, origin: origin, isShared: false))
            } else {
                collectUnknownCredentials(pair.value, known: [], keyPath: childPath)
            }
        }
    }

    // MARK: - Values

    /// `name` (how messages name the value) is built only for a message.
    /// `placedItems`: a list's first items, placed by the format (see `FieldPlacement`).
    /// `fieldName`: the value's key in the mapping that holds it ("" for a list's item).
    private mutating func decodeValue(_ node: YAMLNode, kind: FieldKind, keyPath: String, keyRange: SourceRange, fieldName: String = "",
                                      placedItems: @autoclosure () -> [PlacedItem] = [],
                                      name nameOfValue: () -> String) -> Int? {
        let range = node.range
        let wasShared = insideShared
        if node.kind == .alias || node.hasAnchor { insideShared = true }
        defer { insideShared = wasShared }
        func make(_ kind: SetupTree.Kind, text: String = "", number: Int = 0) -> Int {
            values.addScalar(kind, text: text, number: number, range: range, keyPath: keyPath, keyRange: keyRange, name: fieldName,
                           origin: origin, isShared: insideShared)
        }
        if StrictYAML.isNull(node) {
            return make(.null)
        }
        var name: String { nameOfValue() }
        switch kind {
        case .string:
            guard let scalar = node.scalar else { return wrongType(node, "`\(name)` must be a string, but it is \(node.kindName)", keyPath) }
            return make(.string, text: scalar.value)
        case .integer:
            do {
                return make(.integer, number: try StrictYAML.integer(node))
            } catch {
                let form: String
                switch error.found {
                case .plain(let text): form = "`\(text)`"
                case .quoted(let text): form = "the quoted string \"\(text)\""
                default: return wrongType(node, "`\(name)` must be an integer, but it is \(node.kindName)", keyPath)
                }
                var unquoted: Repair?
                // Unquoting is the repair only when the number is one the format takes (`version` has one, 1).
                if case .quoted(let text) = error.found, let number = try? StrictYAML.integer(YAMLNode(scalar: text, range: node.range)),
                   keyPath != "version" || number == 1 {
                    unquoted = Repair("Write `\(name): \(number)`", .replace(node.range, with: String(number)))
                }
                return wrongType(node, "`\(name)` must be an integer, but it is \(form)", keyPath,
                                 help: "Write the number without quotes, e.g. `\(name): 1`.", repair: unquoted)
            }
        case .boolean:
            do {
                return make(.boolean, number: try StrictYAML.boolean(node) ? 1 : 0)
            } catch {
                let form: String
                switch error.found {
                case .yaml11Boolean(let text):
                    let flag = ["yes", "on", "y"].contains(text.lowercased())
                    return wrongType(node, "`\(name)` is `\(text)`, a YAML 1.1 spelling this format does not read as a boolean", keyPath,
                                     help: "Write `\(name): true` or `\(name): false`.",
                                     repair: Repair("Write `\(name): \(flag)`", .replace(node.range, with: String(flag))))
                case .plain(let text): form = "`\(text)`"
                case .quoted(let text):
                    if ["true", "false"].contains(text.lowercased()) {
                        return wrongType(node, "`\(name)` must be `true` or `false`, but it is a quoted string", keyPath,
                                         help: "Write `\(name): true` or `\(name): false` without quotes.",
                                         repair: Repair("Write `\(name): \(text.lowercased())`", .replace(node.range, with: text.lowercased())))
                    }
                    form = "a quoted string"
                default: return wrongType(node, "`\(name)` must be `true` or `false`, but it is \(node.kindName)", keyPath)
                }
                return wrongType(node, "`\(name)` must be `true` or `false`, but it is \(form)", keyPath,
                                 help: "Write `\(name): true` or `\(name): false` without quotes.")
            }
        case .choice(let values):
            guard let scalar = node.scalar else { return wrongType(node, "`\(name)` must be \(kind.description), but it is \(node.kindName)", keyPath) }
            if let match = Self.choice(matching: scalar.value, among: values) {
                return make(.string, text: match)
            }
            return wrongType(node, "`\(name)` must be \(kind.description), but it is `\(scalar.value)`\(Suggestions.didYouMean(scalar.value, among: values))",
                             keyPath, help: "Write one of " + values.joined(separator: ", ") + ".")
        case .stringOrStringList:
            if let scalar = node.scalar { return make(.string, text: scalar.value) }
            return decodeList(node, itemKind: .string, keyPath: keyPath, keyRange: keyRange, fieldName: fieldName, placedItems: placedItems(),
                              name: nameOfValue)
        case .list(let itemKind):
            return decodeList(node, itemKind: itemKind, keyPath: keyPath, keyRange: keyRange, fieldName: fieldName, placedItems: placedItems(),
                              name: nameOfValue)
        case .mapping(let fields):
            guard node.resolvedKind == .mapping else {
                return wrongType(node, "`\(name)` must be a mapping, but it is \(node.kindName)", keyPath,
                                 help: "Indent its keys under `\(name):`; the keys allowed are " + fields.map { "`\($0.name)`" }.joined(separator: ", ") + ".")
            }
            return decodeMapping(node, fields: fields, keyPath: keyPath, keyRange: keyRange, fieldName: fieldName, placeName: { "`\(keyPath)`" })
        }
    }

    /// The choice `text` names, in the format's spelling: choices are matched ignoring letter case.
    static func choice(matching text: String, among choices: [String]) -> String? {
        choices.first { $0.equalsLowercased(text) }
    }

    private mutating func decodeList(_ node: YAMLNode, itemKind: FieldKind, keyPath: String, keyRange: SourceRange, fieldName: String,
                                     placedItems: [PlacedItem],
                                     name: () -> String) -> Int? {
        guard case .sequence(let items) = node.resolved.content else {
            return wrongType(node, "`\(name())` must be a list, but it is \(node.kindName)", keyPath,
                             help: "Write it as a list, e.g. `\(name()): [a, b]` or one `- item` a line.")
        }
        let mark = values.childrenMark
        for (index, item) in items.enumerated() {
            let placed = index < placedItems.count ? placedItems[index] : nil
            let itemPath = placed?.path ?? KeyPaths.item(index, of: keyPath)
            if let value = decodeValue(item, kind: placed?.kind ?? itemKind, keyPath: itemPath, keyRange: item.range, name: { "\(name())[\(index)]" }) {
                values.addChild(value)
            } else {
                unreadableKeyPaths.insert(itemPath)
            }
        }
        return values.addCollection(.list, from: mark, range: node.range, keyPath: keyPath, keyRange: keyRange, name: fieldName,
                                  origin: origin, isShared: insideShared)
    }

    /// `repair` is dropped for a shared node (an anchor or an alias): its text stands for more than this place.
    private mutating func wrongType(_ node: YAMLNode, _ message: String, _ keyPath: String, help: String? = nil, repair: Repair? = nil) -> Int? {
        report(.wrongType, message, node.range, keyPath, help: help ?? "Change the value to the type the setup format expects (see `connectlint schema`).",
               repair: insideShared ? nil : repair)
        return nil
    }

    // MARK: - Duplicate keys

    /// Reports every repeated key in every mapping of the document, not following aliases. A mapping's key
    /// path is built only when it has a repeated key: most documents have none.
    private mutating func findDuplicateKeys(_ root: YAMLNode, keyPath: String) {
        var steps: [KeyPathStep] = [KeyPathStep(parent: -1, kind: .root(keyPath))]
        var pending: [(node: YAMLNode, step: Int)] = [(root, 0)]
        while let (node, step) = pending.popLast() {
            switch node.content {
            case .mapping(let pairs):
                let repeated = node.hasRepeatedKeys ? StrictYAML.repeatedKeys(in: pairs) : []
                if !repeated.isEmpty {
                    let path = KeyPathStep.path(of: step, in: steps)
                    for key in repeated {
                        report(.duplicateKey, "`\(key.name)` is repeated; it is already set on line \(pairs.keyRange(at: key.firstPair).start.line)",
                               pairs.keyRange(at: key.pair), KeyPaths.child(key.name, of: path), help: "Keep one `\(key.name)` and delete the other.",
                               repair: Self.removalOfEqualRepeat(key, in: pairs))
                    }
                }
                for pair in pairs where pair.value.holdsCollection {
                    steps.append(KeyPathStep(parent: step, kind: pair.keyText.map { .key($0) } ?? .same))
                    pending.append((pair.value, steps.count - 1))
                }
            case .sequence(let items):
                for (index, item) in items.enumerated() where item.holdsCollection {
                    steps.append(KeyPathStep(parent: step, kind: .index(index)))
                    pending.append((item, steps.count - 1))
                }
            case .scalar, .alias:
                break
            }
        }
    }

    /// Removing a repeated `key: value` whose value is the first one's, when the pair has its lines to itself.
    static func removalOfEqualRepeat(_ key: RepeatedKey, in pairs: YAMLPairs) -> Repair? {
        let index = key.pair
        guard index > 0, case .scalar(let repeated) = pairs[index].value.content, case .scalar(let original) = pairs[key.firstPair].value.content,
              repeated.value == original.value, pairs[index].value.anchor == nil else { return nil }
        let pair = pairs[index]
        let lastLine = pair.value.range.end.line
        let previousEnd = pairs[index - 1].value.range.end.line
        let nextStart = index + 1 < pairs.count ? pairs[index + 1].key.range.start.line : Int.max
        guard previousEnd < pair.key.range.start.line, lastLine < nextStart else { return nil }
        return Repair("Remove the repeated `\(key.name)`", .removeLines(first: pair.key.range.start.line, last: lastLine))
    }

    private mutating func report(_ kind: ReadingProblem.Kind, _ message: String, _ range: SourceRange, _ keyPath: String, help: String?,
                                 repair: Repair? = nil) {
        var problem = ReadingProblem(kind: kind, message: message, range: range, keyPath: keyPath, help: help)
        problem.repair = repair
        problems.append(problem)
    }
}

/// Which of a format's keys a mapping holds, by their positions among the allowed keys: bits for the few dozen
/// keys a mapping of the format has, a set past 64 (a profile may add any number of values).
struct SeenPositions {
    private var bits: UInt64 = 0
    private var beyond: Set<Int> = []

    init() {}

    init(_ matches: [StrictMapping.Match]) {
        for match in matches {
            if let position = match.position { insert(position) }
        }
    }

    mutating func insert(_ position: Int) {
        if position < 64 { bits |= 1 << UInt64(position) } else { beyond.insert(position) }
    }

    func contains(_ position: Int) -> Bool {
        position < 64 ? bits & (1 << UInt64(position)) != 0 : beyond.contains(position)
    }
}

/// One step of a key path, kept until the path is needed.
private struct KeyPathStep {
    enum Kind {
        case root(String)
        case key(String)
        case index(Int)
        /// Under a key that is not a scalar: the parent's path.
        case same
    }

    let parent: Int
    let kind: Kind

    static func path(of step: Int, in steps: [KeyPathStep]) -> String {
        var chain: [Kind] = []
        var current = step
        while current >= 0 {
            chain.append(steps[current].kind)
            current = steps[current].parent
        }
        var path = ""
        for kind in chain.reversed() {
            switch kind {
            case .root(let root): path = root
            case .key(let key): path = KeyPaths.child(key, of: path)
            case .index(let index): path = KeyPaths.item(index, of: path)
            case .same: break
            }
        }
        return path
    }
}
