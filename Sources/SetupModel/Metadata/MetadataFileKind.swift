/// The Salesforce metadata files connectlint reads, told apart by file name.
public enum MetadataFileKind: Sendable, CaseIterable {
    /// `NAME.connectedApp-meta.xml` (source format) or `NAME.connectedApp` (mdapi format).
    case connectedApp
    /// `NAME.ecaGlblOauth-meta.xml`: an External Client App's global OAuth settings.
    case externalClientAppGlobalOauth
    /// `NAME.ecaOauth-meta.xml`: an External Client App's OAuth settings (its scopes).
    case externalClientAppOauth

    var suffixes: [String] {
        switch self {
        case .connectedApp: return [".connectedApp-meta.xml", ".connectedApp"]
        case .externalClientAppGlobalOauth: return [".ecaGlblOauth-meta.xml"]
        case .externalClientAppOauth: return [".ecaOauth-meta.xml"]
        }
    }

    public init?(fileName: String) {
        let name = fileName.split(separator: "/").last.map(String.init) ?? fileName
        guard let kind = Self.allCases.first(where: { kind in kind.suffixes.contains { name.hasSuffix($0) && name.count > $0.count } }) else {
            return nil
        }
        self = kind
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
