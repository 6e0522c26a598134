import YAMLSource
import SourceText

/// Maps an External Client App's files onto `salesforce.connectedApp`, as `ConnectedAppMapper` does for a
/// Connected App, each value at its element in the file that holds it:
///
/// | setup key | file | element |
/// |---|---|---|
/// | `name` | `NAME.eca-meta.xml` (ExternalClientApplication) | `label` |
/// | `apiName` | same | the file name `NAME` |
/// | `contactEmail` | same | `contactEmail` |
/// | `consumerKey` | `*.ecaGlblOauth-meta.xml` (ExtlClntAppGlobalOauthSettings) | `consumerKey` |
/// | `oauth.callbackUrls` | same | `callbackUrl`, one item per line |
/// | `oauth.requireSecretForRefreshToken` | same | `isSecretRequiredForRefreshToken` (absent means `true`) |
/// | `oauth.requireSecretForWebServerFlow` | same | `isConsumerSecretOptional`, inverted |
/// | `oauth.requirePkce` | same | `isPkceRequired` |
/// | `oauth.scopes` | `*.ecaOauth-meta.xml` (ExtlClntAppOauthSettings) | `commaSeparatedOauthScopes`, split on commas |
/// | `oauth.refreshTokenPolicy` | `*.ecaOauthPlcy-meta.xml` (ExtlClntAppOauthConfigurablePolicies) | `refreshTokenPolicyType` with `refreshTokenValidityPeriod` and `refreshTokenValidityUnit` |
/// | `oauth.permittedUsers` | same | `permittedUsersPolicyType` |
/// | `oauth.enabled` | `*.ecaPlcy-meta.xml` (ExtlClntAppConfigurablePolicies) | `isEnabled` and `isOauthPluginEnabled` (absent means `true`) |
public enum ExternalClientAppMapper {
    static let keyPath = ConnectedAppMapper.keyPath
    static let oauthPath = ConnectedAppMapper.oauthPath
    public static let scopesPath = oauthPath + ".scopes"

    /// Nil node when none of the files could be read as its type.
    public static func map(_ files: ExternalClientAppFiles) -> MappedConnectedApp {
        var problems: [ReadingProblem] = []
        var unreadable = Set<String>()
        var secrets: [SourceRange] = []
        var appFields: [SetupField] = []
        var oauth: [SetupField] = []
        var enabled: SetupNode?
        var read: [MetadataFileKind: ExternalClientAppFiles.File] = [:]
        for kind in MetadataFileKind.externalClientAppKinds {
            guard let file = files[kind], let type = ExternalClientAppType.of(kind) else { continue }
            var values = MetadataValues(origin: ValueOrigin(file: file.index, format: .externalClientApp))
            let root = file.root
            if root.name != type.root {
                values.report(ReadingProblem(kind: .unknownElement,
                                             message: "the root element is `<\(root.name)>`, but an \(type.fileDescription) holds `<\(type.root)>`",
                                             range: root.nameRange,
                                             help: "Check the file's name and contents; its root is `<\(type.root) xmlns=\"http://soap.sforce.com/2006/04/metadata\">`."))
                problems += values.problems
                continue
            }
            read[kind] = file
            values.report(contentsOf: ExternalClientAppElementCheck(type: type).problems(for: root))
            if kind != .externalClientApp, root.child(named: "externalClientApplication") == nil {
                values.missing("externalClientApplication", in: root, keyPath: "", meaning: "the API name of the app it belongs to")
            }
            switch kind {
            case .externalClientApp:
                appFields.add("name", root.child(named: "label").map { values.string($0, keyPath: keyPath + ".name") })
                appFields.add("apiName", values.node(.string(file.baseName), range: root.nameRange, keyPath: keyPath + ".apiName"))
                appFields.add("contactEmail", root.child(named: "contactEmail").map { values.string($0, keyPath: keyPath + ".contactEmail") })
            case .externalClientAppGlobalOauth:
                appFields.add("consumerKey", root.child(named: "consumerKey").map { values.string($0, keyPath: keyPath + ".consumerKey") })
                if let callback = root.child(named: "callbackUrl") {
                    oauth.add("callbackUrls", ConnectedAppMapper.callbackURLs(callback, values: values))
                } else {
                    values.missing("callbackUrl", in: root, keyPath: oauthPath + ".callbackUrls", meaning: "the Callback URL")
                }
                oauth += values.secretAndPkceFlags(in: root, keyPath: oauthPath)
                secrets += root.children(named: "consumerSecret").map(\.trimmedText.range)
            case .externalClientAppOauth:
                if let list = root.child(named: "commaSeparatedOauthScopes") {
                    oauth.add("scopes", scopes(list, values: &values))
                } else {
                    values.missing("commaSeparatedOauthScopes", in: root, keyPath: scopesPath, meaning: "the OAuth scopes")
                }
            case .externalClientAppOauthPolicies:
                oauth.add("refreshTokenPolicy", ExternalClientAppPolicies.refreshTokenPolicy(in: root, values: &values))
                oauth.add("permittedUsers", root.child(named: "permittedUsersPolicyType").flatMap { element in
                    type.documentedValue(of: element.name, element.trimmedText.text).map {
                        values.node(.string($0), range: element.trimmedText.range, keyPath: oauthPath + ".permittedUsers", keyRange: element.nameRange)
                    }
                })
            case .externalClientAppPolicies:
                enabled = ExternalClientAppPolicies.oauthEnabled(in: root, values: &values)
            case .connectedApp:
                break
            }
            problems += values.problems
            unreadable.formUnion(values.unreadableKeyPaths)
        }
        let oauthFile = [.externalClientAppGlobalOauth, .externalClientAppOauth, .externalClientAppOauthPolicies, .externalClientAppPolicies]
            .lazy.compactMap { read[$0] }.first
        guard let appFile = read[.externalClientApp] ?? oauthFile else {
            return MappedConnectedApp(node: nil, problems: problems, secretRanges: secrets)
        }
        if let oauthFile {
            let values = MetadataValues(origin: ValueOrigin(file: oauthFile.index, format: .externalClientApp))
            let root = oauthFile.root
            oauth.insert(SetupField("enabled", enabled ?? values.implied(.boolean(true), at: root.nameRange, keyPath: oauthPath + ".enabled")), at: 0)
            appFields.add("oauth", values.node(.mapping(oauth), range: root.range, keyPath: oauthPath, keyRange: root.nameRange))
        }
        let values = MetadataValues(origin: ValueOrigin(file: appFile.index, format: .externalClientApp))
        let node = values.node(.mapping(appFields), range: appFile.root.range, keyPath: keyPath, keyRange: appFile.root.nameRange)
        return MappedConnectedApp(node: node, problems: problems, secretRanges: secrets, unreadableKeyPaths: unreadable)
    }

    /// One item per comma-separated scope, each at its own column. A value Salesforce takes is kept as it is;
    /// another spelling of a scope (`refresh_token`, `full`) is kept too, so that the scope rules do not
    /// report it missing, but gets an `unknown-scope` with the value to write; anything else is left out.
    static func scopes(_ element: XMLElementNode, values: inout MetadataValues) -> SetupNode {
        var items: [SetupNode] = []
        var index = 0
        for line in element.textLines() {
            var column = line.range.start.column
            for part in line.text.split(separator: ",", omittingEmptySubsequences: false) {
                let text = String(part)
                defer { column += text.unicodeScalars.count + 1 }
                let name = text.trimmingXMLSpace
                guard !name.isEmpty else { continue }
                let start = SourcePosition(line: line.range.start.line, column: column + text.leadingSpaceCount)
                let range = SourceRange(start: start, end: start.advanced(by: name.unicodeScalars.count))
                let keyPath = KeyPaths.item(index, of: scopesPath)
                index += 1
                if ExternalClientAppScopes.isKnown(name) {
                    items.append(values.node(.string(name), range: range, keyPath: keyPath))
                    continue
                }
                let (problem, known) = ExternalClientAppScopes.problem(name, range: range, keyPath: keyPath)
                values.report(problem)
                if known { items.append(values.node(.string(name), range: range, keyPath: keyPath)) }
            }
        }
        return values.node(.list(items), range: element.range, keyPath: scopesPath, keyRange: element.nameRange)
    }
}
