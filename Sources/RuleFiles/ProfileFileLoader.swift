import SetupModel
import SourceText
import YAMLSource

/// Reads one connector profile file (format: `Profiles/README.md`) strictly, with the rule files'
/// reader: an unknown key, a missing field, an unknown scope or value type is an error at its line.
public enum ProfileFileLoader {
    static let keys = ["name", "aliases", "summary", "connectedApp", "callbackUrl", "scopes", "values"]
    static let groupKeys = ["anyOf", "add", "missing", "restricted"]
    static let valueKeys = ["label", "type", "prefix", "choices", "required", "secret", "summary"]
    static let valueTypes = ["string", "boolean", "choice", "record-id", "instance-url", "sandbox-flag"]
    static let callbackStart = "https://{serviceDomain}/"

    public static func load(_ bytes: [UInt8], file: String) throws(RuleFileError) -> ConnectorProfile {
        let root = try RuleFileLoader.singleDocument(bytes, file: file,
                                                     what: "a profile file holds exactly one YAML document, a mapping that starts with `name:`")
        return try ProfileFileReader(reader: RuleFileReader(file: file, builtIn: true)).profile(root)
    }
}

struct ProfileFileReader {
    let reader: RuleFileReader

    func profile(_ root: YAMLNode) throws(RuleFileError) -> ConnectorProfile {
        let fields = try reader.mapping(root, allowed: ProfileFileLoader.keys, what: "a profile")
        for key in ["name", "summary", "connectedApp"] where fields[key] == nil {
            throw reader.fail(root, "the profile has no `\(key)`; a profile needs `name`, `summary` and `connectedApp`")
        }
        let name = try reader.text(fields["name"]!, "name")
        let aliases = try reader.list(fields["aliases"], "aliases").map { item throws(RuleFileError) in try reader.text(item, "aliases") }
        let usesConnectedApp = try flag(fields["connectedApp"]!, "connectedApp")
        var groups: [ScopeGroup] = []
        var callbackURL: String?
        if usesConnectedApp {
            guard let scopes = fields["scopes"] else {
                throw reader.fail(root, "a connector with `connectedApp: true` needs `scopes`: the `data-access` and `refresh` groups it requires")
            }
            groups = try scopeGroups(scopes)
            guard let callback = fields["callbackUrl"] else {
                throw reader.fail(root, "a connector with `connectedApp: true` needs `callbackUrl`, such as `\(ProfileFileLoader.callbackStart)connector/callback`")
            }
            let text = try reader.text(callback, "callbackUrl")
            guard text.hasPrefix(ProfileFileLoader.callbackStart), text.count > ProfileFileLoader.callbackStart.count else {
                throw reader.fail(callback, "`callbackUrl` must start with `\(ProfileFileLoader.callbackStart)` and name a path, such as `\(ProfileFileLoader.callbackStart)connector/callback`")
            }
            callbackURL = text
        } else {
            for key in ["scopes", "callbackUrl"] {
                if let node = fields[key] { throw reader.fail(node, "`\(key)` is for a connector with `connectedApp: true`; this one signs in without a Connected App") }
            }
        }
        return ConnectorProfile(name: name, aliases: aliases, usesConnectedApp: usesConnectedApp, scopeGroups: groups,
                                values: try values(fields["values"]), callbackURL: callbackURL,
                                summary: try reader.text(fields["summary"]!, "summary"), file: reader.file)
    }

    func scopeGroups(_ node: YAMLNode) throws(RuleFileError) -> [ScopeGroup] {
        let kinds = ScopeGroup.Kind.allCases.map(\.rawValue)
        let fields = try reader.mapping(node, allowed: kinds, what: "`scopes`")
        var groups: [ScopeGroup] = []
        for kind in ScopeGroup.Kind.allCases {
            guard let group = fields[kind.rawValue] else {
                throw reader.fail(node, "`scopes` has no `\(kind.rawValue)` group; give both " + kinds.map { "`\($0)`" }.joined(separator: " and "))
            }
            let parts = try reader.mapping(group, allowed: ProfileFileLoader.groupKeys, what: "a scope group")
            for key in ["anyOf", "add", "missing"] where parts[key] == nil {
                throw reader.fail(group, "the `\(kind.rawValue)` group has no `\(key)`; a group needs `anyOf`, `add` and `missing`")
            }
            let scopes = try reader.list(parts["anyOf"], "anyOf").map { item throws(RuleFileError) -> OAuthScope in
                let spelling = try reader.text(item, "anyOf")
                guard let scope = ScopeCatalog.scope(named: spelling) else {
                    throw reader.fail(item, "`\(spelling)` is not a Salesforce scope\(Suggestions.didYouMean(spelling, among: ScopeCatalog.allSpellings))")
                }
                return scope
            }
            guard !scopes.isEmpty else { throw reader.fail(parts["anyOf"]!, "`anyOf` lists at least one scope") }
            groups.append(ScopeGroup(kind: kind, anyOf: scopes, add: try reader.text(parts["add"]!, "add"),
                                     missing: try reader.text(parts["missing"]!, "missing"),
                                     restricted: try parts["restricted"].map { node throws(RuleFileError) in try reader.text(node, "restricted") }))
        }
        return groups
    }

    func values(_ node: YAMLNode?) throws(RuleFileError) -> [ProfileValue] {
        guard let node else { return [] }
        guard let mapping = try? StrictYAML.mapping(node) else { throw reader.fail(node, "`values` must be a mapping of value names") }
        let taken = SetupSchema.cyclr.map(\.name)
        var values: [ProfileValue] = []
        for problem in mapping.problems {
            throw RuleFileError(file: reader.file, position: problem.range.start, message: "each value name is a plain word, written once")
        }
        for field in mapping.fields {
            guard field.name.first?.isLowercase == true, field.name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }) else {
                throw reader.fail(field.key, "a value name is Cyclr's label in camelCase (`businessUnitId`), not `\(field.name)`")
            }
            if taken.contains(field.name) { throw reader.fail(field.key, "`\(field.name)` is one of the guide's own `cyclr` keys; give the value another name") }
            values.append(try value(field.name, field.value))
        }
        return values
    }

    func value(_ name: String, _ node: YAMLNode) throws(RuleFileError) -> ProfileValue {
        let parts = try reader.mapping(node, allowed: ProfileFileLoader.valueKeys, what: "value `\(name)`")
        for key in ["label", "type", "summary"] where parts[key] == nil {
            throw reader.fail(node, "value `\(name)` has no `\(key)`; a value needs `label`, `type` and `summary`")
        }
        let typeNode = parts["type"]!
        let typeName = try reader.text(typeNode, "type")
        let type: ProfileValue.ValueType
        switch typeName {
        case "string": type = .string
        case "boolean": type = .boolean
        case "instance-url": type = .instanceURL
        case "sandbox-flag": type = .sandboxFlag
        case "choice":
            guard let choicesNode = parts["choices"] else { throw reader.fail(typeNode, "a `choice` value needs `choices`, the list of its values") }
            let choices = try reader.list(choicesNode, "choices").map { item throws(RuleFileError) in try reader.text(item, "choices") }
            guard !choices.isEmpty else { throw reader.fail(choicesNode, "`choices` lists at least one value") }
            type = .choice(choices)
        case "record-id":
            guard let prefixNode = parts["prefix"] else { throw reader.fail(typeNode, "a `record-id` value needs `prefix`, the object's 3-character key prefix") }
            let prefix = try reader.text(prefixNode, "prefix")
            guard prefix.count == 3, prefix.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }) else {
                throw reader.fail(prefixNode, "`prefix` is a key prefix: 3 letters or digits, such as `0Uv`")
            }
            type = .recordId(prefix: prefix)
        default:
            throw reader.fail(typeNode, "`type` is `\(typeName)`, which is none of " + ProfileFileLoader.valueTypes.map { "`\($0)`" }.joined(separator: ", ")
                                  + Suggestions.didYouMean(typeName, among: ProfileFileLoader.valueTypes))
        }
        for (key, applies) in [("prefix", typeName == "record-id"), ("choices", typeName == "choice")] where !applies {
            if let extra = parts[key] { throw reader.fail(extra, "`\(key)` is for a `\(key == "prefix" ? "record-id" : "choice")` value, not a `\(typeName)` one") }
        }
        return ProfileValue(name: name, label: try reader.text(parts["label"]!, "label"), type: type,
                            required: try parts["required"].map { node throws(RuleFileError) in try flag(node, "required") } ?? false,
                            secret: try parts["secret"].map { node throws(RuleFileError) in try flag(node, "secret") } ?? false,
                            summary: try reader.text(parts["summary"]!, "summary"))
    }

    func flag(_ node: YAMLNode, _ key: String) throws(RuleFileError) -> Bool {
        do {
            return try StrictYAML.boolean(node)
        } catch {
            throw reader.fail(node, "`\(key)` must be `true` or `false`")
        }
    }
}
