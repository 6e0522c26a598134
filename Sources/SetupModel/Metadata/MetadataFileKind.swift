import SourceText
/// The Salesforce metadata files connectlint reads, told apart by file name.
public enum MetadataFileKind: Sendable, CaseIterable {
    /// `NAME.connectedApp-meta.xml` (source format) or `NAME.connectedApp` (mdapi format).
    case connectedApp
    /// `NAME.eca-meta.xml` (mdapi `NAME.eca`): an External Client App's header (ExternalClientApplication).
    case externalClientApp
    /// `NAME.ecaGlblOauth-meta.xml`: an External Client App's global OAuth settings.
    case externalClientAppGlobalOauth
    /// `NAME.ecaOauth-meta.xml`: an External Client App's OAuth settings (its scopes).
    case externalClientAppOauth
    /// `NAME.ecaOauthPlcy-meta.xml`: an External Client App's OAuth policies (refresh token policy, permitted users).
    case externalClientAppOauthPolicies
    /// `NAME.ecaPlcy-meta.xml`: an External Client App's plugin policies.
    case externalClientAppPolicies

    var suffixes: [String] {
        switch self {
        case .connectedApp: return [".connectedApp-meta.xml", ".connectedApp"]
        case .externalClientApp: return [".eca-meta.xml", ".eca"]
        case .externalClientAppGlobalOauth: return [".ecaGlblOauth-meta.xml"]
        case .externalClientAppOauth: return [".ecaOauth-meta.xml"]
        case .externalClientAppOauthPolicies: return [".ecaOauthPlcy-meta.xml"]
        case .externalClientAppPolicies: return [".ecaPlcy-meta.xml"]
        }
    }

    /// The External Client App file kinds, in the order their files are reported as a unit's own.
    public static let externalClientAppKinds: [MetadataFileKind] = [
        .externalClientApp, .externalClientAppGlobalOauth, .externalClientAppOauth, .externalClientAppOauthPolicies, .externalClientAppPolicies,
    ]

    public var isExternalClientApp: Bool { self != .connectedApp }

    /// The folder of an SFDX project that holds files of this kind.
    public var sfdxFolder: String {
        switch self {
        case .connectedApp: return "connectedApps"
        case .externalClientApp: return "externalClientApps"
        case .externalClientAppGlobalOauth: return "extlClntAppGlobalOauthSets"
        case .externalClientAppOauth: return "extlClntAppOauthSettings"
        case .externalClientAppOauthPolicies: return "extlClntAppOauthPolicies"
        case .externalClientAppPolicies: return "extlClntAppPolicies"
        }
    }

    public init?(fileName: String) {
        // Every file of a walk is asked about, one after another before any is linted: an ASCII name (nearly
        // all of them) is told by its bytes; any other by characters, as before.
        let byBytes = Self.kind(ofASCIIFileName: fileName)
        guard let kind = byBytes.isASCII ? byBytes.kind : Self.kind(byCharactersOf: fileName) else { return nil }
        self = kind
    }

    /// The kind an ASCII file name's bytes tell; `isASCII` is false for any other name, which they cannot tell.
    static func kind(ofASCIIFileName fileName: String) -> (isASCII: Bool, kind: MetadataFileKind?) {
        fileName.withASCIIFileName { name in
            (true, Self.suffixBytes.first { name.count > $0.suffix.count && name.suffix($0.suffix.count).elementsEqual($0.suffix) }.map(\.kind))
        } ?? (false, nil)
    }

    private static func kind(byCharactersOf fileName: String) -> MetadataFileKind? {
        let text = fileName.split(separator: "/").last.map(String.init) ?? fileName
        return Self.allCases.first { kind in kind.suffixes.contains { text.hasSuffix($0) && text.count > $0.count } }
    }

    /// Every kind's suffixes as bytes, in the order `init(fileName:)` tries them.
    private static let suffixBytes: [(kind: MetadataFileKind, suffix: [UInt8])] = allCases.flatMap { kind in
        kind.suffixes.map { (kind, Array($0.utf8)) }
    }

    /// The file's name without folder and suffix: the component's API name.
    public func baseName(of path: String) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        for suffix in suffixes where name.hasSuffix(suffix) {
            return String(name.dropLast(suffix.count))
        }
        return name
    }
}
