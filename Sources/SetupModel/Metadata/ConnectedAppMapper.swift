import YAMLSource
import SourceText

/// What a metadata file gave for `salesforce.connectedApp`: the node (nil when the file is not a
/// Connected App at all), the reading findings, and ranges whose text must never be shown.
public struct MappedConnectedApp: Sendable {
    public let node: SetupNode?
    public let problems: [ReadingProblem]
    public let secretRanges: [SourceRange]
    /// Settings whose element holds a value of the wrong type (see `Setup.unreadableKeyPaths`).
    public var unreadableKeyPaths = Set<String>()
}

/// Maps a `ConnectedApp` metadata file onto `salesforce.connectedApp` of the setup model, every
/// value at its element, so that the guide's rules run on it unchanged:
///
/// | setup key | ConnectedApp element |
/// |---|---|
/// | `name` | `label` |
/// | `apiName` | `fullName`, else the file's base name |
/// | `contactEmail` | `contactEmail` |
/// | `consumerKey` | `oauthConfig/consumerKey` |
/// | `oauth.enabled` | `oauthConfig` is present |
/// | `oauth.callbackUrls` | `oauthConfig/callbackUrl`, one item per line |
/// | `oauth.scopes` | each `oauthConfig/scopes` that is a Metadata API scope name (case-sensitive) |
/// | `oauth.requireSecretForRefreshToken` | `oauthConfig/isSecretRequiredForRefreshToken` (absent means `true`) |
/// | `oauth.requireSecretForWebServerFlow` | `oauthConfig/isConsumerSecretOptional`, inverted |
/// | `oauth.requirePkce` | `oauthConfig/isPkceRequired` |
/// | `oauth.refreshTokenPolicy` | `oauthPolicy/refreshTokenPolicy` |
public enum ConnectedAppMapper {
    public static let keyPath = "salesforce.connectedApp"
    static let oauthPath = keyPath + ".oauth"

    /// `origin` is the file the root was read from.
    public static func map(_ root: XMLElementNode, apiName fileBaseName: String, origin: ValueOrigin) -> MappedConnectedApp {
        guard root.name == "ConnectedApp" else {
            return MappedConnectedApp(node: nil, problems: [ReadingProblem(
                kind: .unknownElement,
                message: "the root element is `<\(root.name)>`, but a Connected App file holds `<ConnectedApp>`",
                range: root.nameRange, keyPath: "",
                help: "Check that this is a Connected App (`*.connectedApp-meta.xml` or `*.connectedApp`); its root is `<ConnectedApp xmlns=\"http://soap.sforce.com/2006/04/metadata\">`.")],
                secretRanges: [])
        }
        var values = MetadataValues(origin: origin)
        values.report(contentsOf: ElementSequenceCheck(sequence: MetadataSchema.connectedApp,
                                                       repeatable: ["attributes", "ipRanges", "permissionSetName", "profileName"],
                                                       typeName: "ConnectedApp", keyPath: keyPath).problems(for: root))
        var fields: [SetupField] = []
        if let label = root.child(named: "label") {
            fields.add("name", values.string(label, keyPath: keyPath + ".name"))
        } else {
            values.missing("label", in: root, keyPath: keyPath + ".name", meaning: "the Connected App Name")
        }
        if let fullName = root.child(named: "fullName") {
            fields.add("apiName", values.string(fullName, keyPath: keyPath + ".apiName"))
        } else if !fileBaseName.isEmpty {
            fields.add("apiName", values.node(.string(fileBaseName), range: root.nameRange, keyPath: keyPath + ".apiName"))
        }
        if let email = root.child(named: "contactEmail") {
            fields.add("contactEmail", values.string(email, keyPath: keyPath + ".contactEmail"))
        } else {
            values.missing("contactEmail", in: root, keyPath: keyPath + ".contactEmail", meaning: "the Contact Email")
        }
        var secrets: [SourceRange] = []
        if let config = root.child(named: "oauthConfig") {
            if let key = config.child(named: "consumerKey") {
                fields.add("consumerKey", values.string(key, keyPath: keyPath + ".consumerKey"))
            }
            secrets += config.children(named: "consumerSecret").map(\.trimmedText.range)
            fields.add("oauth", oauth(config, policy: root.child(named: "oauthPolicy"), values: &values))
        } else {
            let disabled = values.implied(.boolean(false), at: root.nameRange, keyPath: oauthPath + ".enabled")
            fields.add("oauth", values.node(.mapping([SetupField("enabled", disabled)]), range: root.nameRange,
                                            keyPath: oauthPath, keyRange: root.nameRange))
        }
        let node = values.node(.mapping(fields), range: root.range, keyPath: keyPath, keyRange: root.nameRange)
        return MappedConnectedApp(node: node, problems: values.problems, secretRanges: secrets, unreadableKeyPaths: values.unreadableKeyPaths)
    }

    private static func oauth(_ config: XMLElementNode, policy: XMLElementNode?, values: inout MetadataValues) -> SetupNode {
        values.report(contentsOf: ElementSequenceCheck(sequence: MetadataSchema.oauthConfig, repeatable: ["scopes"],
                                                       typeName: "ConnectedAppOauthConfig", keyPath: oauthPath).problems(for: config))
        var fields: [SetupField] = [SetupField("enabled", values.implied(.boolean(true), at: config.nameRange, keyPath: oauthPath + ".enabled"))]
        if let callback = config.child(named: "callbackUrl") {
            fields.add("callbackUrls", callbackURLs(callback, values: values))
        } else {
            values.missing("callbackUrl", in: config, keyPath: oauthPath + ".callbackUrls", meaning: "the Callback URL")
        }
        fields.add("scopes", scopes(config.children(named: "scopes"), in: config, values: &values))
        fields += values.secretAndPkceFlags(in: config, keyPath: oauthPath)
        if let policy {
            values.report(contentsOf: ElementSequenceCheck(sequence: MetadataSchema.oauthPolicy, repeatable: [],
                                                           typeName: "ConnectedAppOauthPolicy", keyPath: oauthPath).problems(for: policy))
            if let refresh = policy.child(named: "refreshTokenPolicy") {
                fields.add("refreshTokenPolicy", values.string(refresh, keyPath: oauthPath + ".refreshTokenPolicy"))
            }
        }
        return values.node(.mapping(fields), range: config.range, keyPath: oauthPath, keyRange: config.nameRange)
    }

    /// One list item per line of `<callbackUrl>`, as Salesforce splits it, each at its own line.
    static func callbackURLs(_ element: XMLElementNode, values: MetadataValues) -> SetupNode {
        let path = oauthPath + ".callbackUrls"
        let lines = element.textLines()
        let items = lines.enumerated().map { index, line in
            values.node(.string(line.text), range: line.range, keyPath: KeyPaths.item(index, of: path))
        }
        return values.node(.list(items), range: element.range, keyPath: path, keyRange: element.nameRange)
    }

    /// The scopes that are Metadata API names; every other one is an `unknown-scope` here and left
    /// out, so that no guide rule counts a scope the deploy would reject.
    static func scopes(_ elements: [XMLElementNode], in config: XMLElementNode, values: inout MetadataValues) -> SetupNode {
        let path = oauthPath + ".scopes"
        var items: [SetupNode] = []
        for (index, element) in elements.enumerated() {
            let node = values.string(element, keyPath: KeyPaths.item(index, of: path))
            let name = node.string ?? ""
            if ScopeCatalog.scope(metadataName: name) != nil {
                items.append(node)
            } else {
                values.report(ScopeNames.unknownScopeProblem(name, range: node.range, keyPath: node.keyPath))
            }
        }
        let range = elements.isEmpty ? config.nameRange : SourceRange(start: elements[0].range.start, end: elements[elements.count - 1].range.end)
        return values.node(.list(items), range: range, keyPath: path, keyRange: elements.first?.nameRange ?? config.nameRange)
    }
}

/// How metadata files name scopes: the `ConnectedAppOauthAccessScope` enum, case-sensitively.
enum ScopeNames {
    /// Spellings seen in real files, with the name the enum has.
    static let knownMistakes = ["ID": "Basic", "ChatbotApi": "Chatbot", "SfapApi": "SFAP"]

    static func unknownScopeProblem(_ name: String, range: SourceRange, keyPath: String) -> ReadingProblem {
        let allNames = ScopeCatalog.all.flatMap(\.metadataNames)
        let suggestion = knownMistakes[name]
            ?? ScopeCatalog.scope(named: name)?.metadataNames.first
            ?? Suggestions.closest(to: name, among: allNames)
        let hint = suggestion.map { "; did you mean `\($0)`?" } ?? ""
        let shown = name.isEmpty ? "an empty scope" : "`\(name)`"
        var problem = ReadingProblem(
            kind: .unknownScope,
            message: "\(shown) is not a Metadata API scope name (they are case-sensitive)\(hint)",
            range: range, keyPath: keyPath,
            help: "Write one of the ConnectedAppOauthAccessScope names: " + allNames.joined(separator: ", ") + ".")
        problem.repair = name.isEmpty ? nil : suggestion.map { Repair("Write `\($0)`", .replace(range, with: $0)) }
        return problem
    }
}
