import YAMLSource
import SourceText

/// Maps an External Client App's OAuth settings onto `salesforce.connectedApp`, as `ConnectedAppMapper`
/// does for a Connected App. Two files hold them:
///
/// | setup key | element |
/// |---|---|
/// | `apiName` | `externalClientApplication` of `NAME.ecaGlblOauth-meta.xml` (ExtlClntAppGlobalOauthSettings) |
/// | `consumerKey` | its `consumerKey` |
/// | `oauth.enabled` | `true`: the file exists |
/// | `oauth.callbackUrls` | its `callbackUrl`, one item per line |
/// | `oauth.requireSecretForRefreshToken` | its `isSecretRequiredForRefreshToken` (absent means `true`) |
/// | `oauth.requireSecretForWebServerFlow` | its `isConsumerSecretOptional`, inverted |
/// | `oauth.requirePkce` | its `isPkceRequired` |
/// | `oauth.scopes` | `commaSeparatedOauthScopes` of `NAME.ecaOauth-meta.xml` (ExtlClntAppOauthSettings), split on commas |
///
/// The app's name and contact email live in a third file (`*.eca-meta.xml`) that is not read; the
/// refresh token policy lives in `*.ecaOauthPlcy-meta.xml`, not read either.
public enum ExternalClientAppMapper {
    public static let globalRoot = "ExtlClntAppGlobalOauthSettings"
    public static let oauthRoot = "ExtlClntAppOauthSettings"
    static let oauthPath = ConnectedAppMapper.oauthPath
    public static let scopesPath = oauthPath + ".scopes"

    /// The `externalClientApplication` an OAuth settings file belongs to (nil when it names none).
    public static func application(of root: XMLElementNode) -> String? {
        root.child(named: "externalClientApplication")?.trimmedText.text
    }

    /// Nil node when `global` is not an ExtlClntAppGlobalOauthSettings file. `scopes` is the
    /// ExtlClntAppOauthSettings root found beside it, if any.
    /// `origin` is the global settings' file, `scopesOrigin` the scopes file's.
    public static func map(global: XMLElementNode, scopes settings: XMLElementNode?, origin: ValueOrigin,
                           scopesOrigin: ValueOrigin) -> MappedConnectedApp {
        if let wrongRoot = rootProblem(global, expected: globalRoot, fileKind: "External Client App global OAuth settings file (`*.ecaGlblOauth-meta.xml`)") {
            return MappedConnectedApp(node: nil, problems: [wrongRoot], secretRanges: [])
        }
        var values = MetadataValues(origin: origin)
        var appFields: [SetupField] = []
        if let application = global.child(named: "externalClientApplication") {
            appFields.add("apiName", values.string(application, keyPath: ConnectedAppMapper.keyPath + ".apiName"))
        }
        if let key = global.child(named: "consumerKey") {
            appFields.add("consumerKey", values.string(key, keyPath: ConnectedAppMapper.keyPath + ".consumerKey"))
        }
        var oauth: [SetupField] = [SetupField("enabled", values.implied(.boolean(true), at: global.nameRange, keyPath: oauthPath + ".enabled"))]
        if let callback = global.child(named: "callbackUrl") {
            oauth.add("callbackUrls", ConnectedAppMapper.callbackURLs(callback, values: values))
        } else {
            values.missing("callbackUrl", in: global, keyPath: oauthPath + ".callbackUrls", meaning: "the Callback URL")
        }
        if let settings {
            var scopeValues = MetadataValues(origin: scopesOrigin)
            if let wrongRoot = rootProblem(settings, expected: oauthRoot, fileKind: "External Client App OAuth settings file (`*.ecaOauth-meta.xml`)",
                                           keyPath: scopesPath) {
                scopeValues.report(wrongRoot)
            } else if let list = settings.child(named: "commaSeparatedOauthScopes") {
                oauth.add("scopes", scopes(list, values: &scopeValues))
            } else {
                scopeValues.missing("commaSeparatedOauthScopes", in: settings, keyPath: scopesPath, meaning: "the OAuth scopes")
            }
            values.merge(scopeValues)
        }
        oauth += values.secretAndPkceFlags(in: global, keyPath: oauthPath)
        appFields.add("oauth", values.node(.mapping(oauth), range: global.range, keyPath: oauthPath, keyRange: global.nameRange))
        let node = values.node(.mapping(appFields), range: global.range, keyPath: ConnectedAppMapper.keyPath, keyRange: global.nameRange)
        return MappedConnectedApp(node: node, problems: values.problems,
                                  secretRanges: global.children(named: "consumerSecret").map(\.trimmedText.range),
                                  unreadableKeyPaths: values.unreadableKeyPaths)
    }

    /// The scopes of an ExtlClntAppOauthSettings file on its own, for its `unknown-scope` findings.
    public static func scopeProblems(_ settings: XMLElementNode) -> [ReadingProblem] {
        if let wrongRoot = rootProblem(settings, expected: oauthRoot, fileKind: "External Client App OAuth settings file (`*.ecaOauth-meta.xml`)") {
            return [wrongRoot]
        }
        var values = MetadataValues(origin: ValueOrigin(file: 0, format: .externalClientApp))
        if let list = settings.child(named: "commaSeparatedOauthScopes") { _ = scopes(list, values: &values) }
        return values.problems
    }

    /// One item per comma-separated scope, each at its own column. A Metadata API name is taken as it
    /// is; another spelling of a known scope is accepted too, since Salesforce documents no enum for this
    /// field; anything else is `unknown-scope` and left out.
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
                let keyPath = "\(scopesPath)[\(index)]"
                index += 1
                if ScopeCatalog.scope(metadataName: name) != nil || ScopeCatalog.scope(named: name) != nil {
                    items.append(values.node(.string(name), range: range, keyPath: keyPath))
                } else {
                    values.report(ScopeNames.unknownScopeProblem(name, range: range, keyPath: keyPath))
                }
            }
        }
        return values.node(.list(items), range: element.range, keyPath: scopesPath, keyRange: element.nameRange)
    }

    /// `keyPath` says which file the finding is in when two are read together (the scopes file's is `scopesPath`).
    private static func rootProblem(_ root: XMLElementNode, expected: String, fileKind: String, keyPath: String = "") -> ReadingProblem? {
        guard root.name != expected else { return nil }
        return ReadingProblem(kind: .unknownElement,
                               message: "the root element is `<\(root.name)>`, but an \(fileKind) holds `<\(expected)>`",
                               range: root.nameRange, keyPath: keyPath,
                               help: "Check the file's name and contents; its root is `<\(expected) xmlns=\"http://soap.sforce.com/2006/04/metadata\">`.")
    }
}
