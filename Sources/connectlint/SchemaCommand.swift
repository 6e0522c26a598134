import LintKit
import Reports
import SetupModel

struct SchemaCommand: ParsedCommand {
    /// Also `init`'s: both read only the configuration's connector profiles.
    static let configPath: Declared<String?> = .option("--config", valueName: "file",
        help: "Configuration file whose `profiles` add connectors (default: the nearest .connectlint.yml).")
    static let spec = CommandSpec(Self.self, name: "schema",
        abstract: "Print the JSON Schema of the setup format, for editors (yaml-language-server) and other tools.",
        discussion: "Generated from the same definitions the decoder reads, so it accepts exactly the keys connectlint knows: save it (connectlint schema > connectlint.schema.json) and start setup files with # yaml-language-server: $schema=connectlint.schema.json",
        groups: [ParameterGroup(configPath.parameter)])

    let configPath: String?

    init(_ parsed: ParsedValues) throws {
        configPath = try parsed[Self.configPath]
    }

    func run() throws {
        print(SetupJSONSchema.document(profiles: try LintOptions.configured(configPath: configPath).0.profiles).rendered())
    }
}

/// The setup format (`SetupSchema`) as JSON Schema draft-07: unknown keys are rejected
/// (`additionalProperties: false`), and optional keys may be null, as the decoder allows.
enum SetupJSONSchema {
    /// The format of every connector at once: `cyclr` takes any connector's keys, and one `if`/`then` per
    /// connector narrows them (and requires or forbids `salesforce`) by what `connector` names.
    static func document(profiles: ConnectorProfiles = .none) -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("$schema", .string("http://json-schema.org/draft-07/schema#")),
            ("title", .string("connectlint setup, format version 1")),
            ("description", .string("A Salesforce Connected App + Cyclr connector setup, checked by connectlint. A file may hold several YAML documents; each is one setup.")),
        ]
        guard !profiles.all.isEmpty else {
            if case .object(let root) = object(SetupSchema.root) { members += root }
            return .object(members)
        }
        var cyclrFields: [FieldSpec] = []
        for profile in profiles.all {
            for field in SetupSchema.cyclr(for: profile) where !cyclrFields.contains(where: { $0.name == field.name }) { cyclrFields.append(field.optional) }
        }
        let root = SetupSchema.root.map { field in
            field.name == "cyclr" ? FieldSpec("cyclr", .mapping(cyclrFields), required: true, field.summary) : field
        }
        // `salesforce` keeps the shape of a required key (no null), but whether it is required depends on the connector.
        if case .object(let rootMembers) = object(root) {
            members += rootMembers.map { key, value in
                key == "required" ? (key, .array(root.filter { $0.required && $0.name != "salesforce" }.map { .string($0.name) })) : (key, value)
            }
        }
        let byConnector = profiles.all.map { profile in
            JSONValue.object([
                ("if", .object([("properties", .object([("connector", .object([("enum", .array(profile.names.map(JSONValue.string)))]))])),
                                ("required", .array([.string("connector")]))])),
                ("then", narrowing(to: profile)),
            ])
        }
        let fallback = profiles.fallback.map { profile in
            JSONValue.object([("if", .object([("not", .object([("required", .array([.string("connector")]))]))])), ("then", narrowing(to: profile))])
        }
        members.append(("allOf", .array(byConnector + (fallback.map { [$0] } ?? []))))
        return .object(members)
    }

    /// What one connector's setup must hold: its `cyclr` keys only, and `salesforce` exactly when it uses a Connected App.
    static func narrowing(to profile: ConnectorProfile) -> JSONValue {
        let fields = SetupSchema.cyclr(for: profile)
        let cyclr = JSONValue.object([
            ("propertyNames", .object([("enum", .array(fields.map { .string($0.name) }))])),
            ("required", .array(fields.filter(\.required).map { .string($0.name) })),
        ])
        let salesforce: (String, JSONValue) = profile.usesConnectedApp
            ? ("required", .array([.string("salesforce")]))
            : ("not", .object([("required", .array([.string("salesforce")]))]))
        return .object([("properties", .object([("cyclr", cyclr)])), salesforce])
    }

    static func object(_ fields: [FieldSpec]) -> JSONValue {
        let required = JSONValue.array(fields.filter(\.required).map { .string($0.name) })
        // A key such as `connectedApp.metadata` stands in for the mapping's required keys.
        var replacing = fields.filter(\.replacesSiblings).map { JSONValue.object([("required", .array([.string($0.name)]))]) }
        for field in fields {
            guard let sibling = field.replacesSibling else { continue }
            let names = fields.filter { $0.required && $0.name != sibling }.map(\.name) + [field.name]
            replacing.append(.object([("required", .array(names.map(JSONValue.string)))]))
        }
        return .object([
            ("type", .string("object")),
            ("properties", .object(fields.map { ($0.name, property($0)) })),
            replacing.isEmpty ? ("required", required) : ("anyOf", .array([.object([("required", required)])] + replacing)),
            ("additionalProperties", .bool(false)),
        ])
    }

    static func property(_ field: FieldSpec) -> JSONValue {
        let described = [("description", JSONValue.string(field.summary))]
        let shape = schema(for: field.kind)
        guard !field.required else { return merge(described, shape) }
        return .object(described + [("anyOf", .array([shape, .object([("type", .string("null"))])]))])
    }

    static func schema(for kind: FieldKind) -> JSONValue {
        switch kind {
        case .string: return .object([("type", .string("string"))])
        case .integer: return .object([("type", .string("integer"))])
        case .boolean: return .object([("type", .string("boolean"))])
        case .choice(let values):
            // The decoder matches these ignoring letter case; the enum gives editors their completions.
            return .object([("anyOf", .array([
                .object([("enum", .array(values.map(JSONValue.string)))]),
                .object([("type", .string("string")), ("pattern", .string(caseInsensitivePattern(values)))]),
            ]))])
        case .stringOrStringList:
            return .object([("anyOf", .array([
                .object([("type", .string("string"))]),
                .object([("type", .string("array")), ("items", .object([("type", .string("string"))]))]),
            ]))])
        case .list(let item):
            return .object([("type", .string("array")), ("items", schema(for: item))])
        case .mapping(let fields):
            return object(fields)
        }
    }

    /// `^(?:[pP][rR]…|…)$`: JSON Schema patterns have no flags.
    static func caseInsensitivePattern(_ values: [String]) -> String {
        let alternatives = values.map { value in
            value.map { character -> String in
                let lower = character.lowercased(), upper = character.uppercased()
                if lower != upper { return "[\(lower)\(upper)]" }
                return "\\^$.|?*+()[]{}/".contains(character) ? "\\\(character)" : String(character)
            }.joined()
        }
        return "^(?:" + alternatives.joined(separator: "|") + ")$"
    }

    private static func merge(_ first: [(String, JSONValue)], _ second: JSONValue) -> JSONValue {
        guard case .object(let members) = second else { return second }
        return .object(first + members)
    }
}
