import YAMLSource
import SourceText

/// One decoded setup document. `root` holds every well-typed value; the properties below name
/// the ones the guide's rules read.
public struct Setup: Sendable {
    public let root: SetupNode
    public let documentIndex: Int
    public let documentRange: SourceRange
    /// Keys that were not read because their mapping names a file that replaces them (`connectedApp.metadata`).
    public let replacedKeys: [ReplacedKey]
    /// Key paths whose value was of the wrong type: reported while reading, and unknown to the rules, not absent.
    public let unreadableKeyPaths: Set<String>
    /// The connector profile the setup was read with; nil when it was read without profiles.
    public var profile: ConnectorProfile?
    /// Values under keys named like a credential (`clientSecret`, `password`, `…Token`), known keys or not.
    public let credentialValues: [SetupNode]
    /// Every profile the setup could have named, and whether its `connector` named one.
    public let knownConnectors: [ConnectorProfile]
    public let connectorIsKnown: Bool

    public init(root: SetupNode, documentIndex: Int, documentRange: SourceRange, replacedKeys: [ReplacedKey] = [],
                unreadableKeyPaths: Set<String> = [], profile: ConnectorProfile? = nil, credentialValues: [SetupNode] = [],
                knownConnectors: [ConnectorProfile] = [], connectorIsKnown: Bool = true) {
        self.root = root
        self.knownConnectors = knownConnectors
        self.connectorIsKnown = connectorIsKnown
        self.documentIndex = documentIndex
        self.documentRange = documentRange
        self.replacedKeys = replacedKeys
        self.unreadableKeyPaths = unreadableKeyPaths
        self.profile = profile
        self.credentialValues = credentialValues
        cyclr = root["cyclr"]
        salesforce = root["salesforce"]
        org = salesforce?["org"]
        connectedApp = salesforce?["connectedApp"]
        oauth = connectedApp?["oauth"]
        scopeEntries = oauth?["scopes"]?.items?.map { item in (item, item.string.flatMap(ScopeCatalog.scope(named:))) }
    }

    /// Whether the value at `keyPath` was there but of the wrong type (so a rule cannot say it is absent).
    public func isUnreadable(_ keyPath: String) -> Bool { unreadableKeyPaths.contains(keyPath) }

    /// Whether an item of `list` was of the wrong type (reported, and left out of `list.items`).
    public func hasUnreadableItem(in list: SetupNode) -> Bool {
        guard !unreadableKeyPaths.isEmpty else { return false }
        let item = list.keyPath + "["
        return unreadableKeyPaths.contains { $0.hasPrefix(item) }
    }

    // The sections every rule reads, looked up once for the document.
    public let cyclr: SetupNode?
    public let salesforce: SetupNode?
    public let org: SetupNode?
    public let connectedApp: SetupNode?
    public let oauth: SetupNode?
    /// The `oauth.scopes` list with each entry resolved to a Salesforce scope, for the several rules that read it.
    public let scopeEntries: [(node: SetupNode, scope: OAuthScope?)]?

    public var version: SetupNode? { root["version"] }
    public var connector: SetupNode? { root["connector"] }
    public var serviceDomain: SetupNode? { cyclr?["serviceDomain"] }
    public var clientId: SetupNode? { cyclr?["clientId"] }
    public var clientSecret: SetupNode? { cyclr?["clientSecret"] }
    public var accounts: SetupNodes { root["accounts"]?.items ?? [] }

    /// `salesforce.ui`: true when fix hints should show Salesforce Classic navigation.
    public var usesClassicUI: Bool { salesforce?["ui"]?.string == "classic" }

    /// Every callback URL with the node it came from: a string holding several URLs is split on
    /// line breaks, as Salesforce stores them, and empty lines are skipped.
    public var callbackURLs: [(url: String, node: SetupNode)] {
        guard let node = oauth?["callbackUrls"] else { return [] }
        let nodes = node.items ?? [node]
        return nodes.flatMap { item -> [(url: String, node: SetupNode)] in
            guard let text = item.string else { return [] }
            // Most entries hold one URL: no need to split them by grapheme.
            if !text.utf8.contains(where: { $0 == 0x0A || $0 == 0x0D }) {
                return text.isAllWhitespace ? [] : [(text, item)]
            }
            return text.split(omittingEmptySubsequences: true, whereSeparator: { $0 == "\n" || $0 == "\r" || $0 == "\r\n" })
                .filter { !$0.isAllWhitespace }
                .map { (String($0), item) }
        }
    }

    /// Values whose text must never be shown: a literal value under a key named like a credential.
    public var secrets: [SetupNode] {
        credentialValues.filter { $0.literal != nil }
    }
}

/// A key that was not read because its mapping names a file that replaces it.
public struct ReplacedKey: Sendable, Equatable {
    public let name: String
    public let keyRange: SourceRange
    public let keyPath: String
}
