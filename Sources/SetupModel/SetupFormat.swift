/// The kinds of file a setup value can come from. Each spells the setup's keys its own way, and
/// messages about a value name it as its file does.
public enum SetupFormat: Sendable, Equatable {
    /// A setup YAML file (`*.cyclr.yaml`).
    case setupYAML
    /// A Connected App metadata file (`*.connectedApp-meta.xml`).
    case connectedApp
    /// An External Client App's metadata files (`*.eca-meta.xml`, `*.ecaGlblOauth-meta.xml`, `*.ecaOauth-meta.xml`, …).
    case externalClientApp

    /// How this format names a setup key (a dotted path of setup keys, like `oauth.scopes`), quoted for a message:
    /// `` `requireSecretForRefreshToken` `` in a setup YAML, `` `<isSecretRequiredForRefreshToken>` `` in metadata.
    public func name(of key: String) -> String {
        guard let element = element(for: key) else { return key == "apiName" && self != .setupYAML ? "the file name (the API Name)" : "`\(key)`" }
        return "`<\(element.name)>`"
    }

    /// How this format writes a key set to a value, quoted for a message: `` `refreshTokenPolicy: infinite` ``
    /// in a setup YAML, `` `<refreshTokenPolicy>infinite</refreshTokenPolicy>` in `<oauthPolicy>` `` in a Connected App file.
    public func assignment(of key: String, to value: String) -> String {
        guard let element = element(for: key) else { return "`\(key): \(value)`" }
        let written = self == .externalClientApp ? Self.externalClientAppValues[value] ?? value : value
        return "`<\(element.name)>\(written)</\(element.name)>`" + (element.parent.map { " in `<\($0)>`" } ?? "")
    }

    /// The metadata element that holds a setup key (nil in a setup YAML, or for a key metadata files do not have).
    public func elementName(for key: String) -> String? { element(for: key)?.name }

    /// The metadata element that holds a setup key, and the element that holds it when that is not the root.
    private func element(for key: String) -> (name: String, parent: String?)? {
        let last = key.split(separator: ".").last.map(String.init) ?? key
        switch self {
        case .setupYAML:
            return nil
        case .connectedApp:
            return Self.connectedAppElements[last]
        case .externalClientApp:
            // Each of the app's files holds its settings at the root.
            if let element = Self.externalClientAppElements[last] { return (element, nil) }
            return Self.connectedAppElements[last].map { ($0.name, nil) }
        }
    }

    private static let externalClientAppElements = [
        "scopes": "commaSeparatedOauthScopes", "refreshTokenPolicy": "refreshTokenPolicyType", "permittedUsers": "permittedUsersPolicyType",
    ]

    /// The setup's values as an External Client App's enumerations spell them.
    private static let externalClientAppValues = ["infinite": "Infinite", "zero": "Zero"]

    private static let connectedAppElements: [String: (name: String, parent: String?)] = [
        "name": ("label", nil),
        "contactEmail": ("contactEmail", nil),
        "consumerKey": ("consumerKey", nil),
        "callbackUrls": ("callbackUrl", nil),
        "scopes": ("scopes", nil),
        "requireSecretForRefreshToken": ("isSecretRequiredForRefreshToken", "oauthConfig"),
        "refreshTokenPolicy": ("refreshTokenPolicy", "oauthPolicy"),
    ]
}

/// Where a setup value came from: which file of the unit being linted (its index there: 0 is the file
/// the unit was named by), and that file's format.
public struct ValueOrigin: Sendable, Equatable {
    public let file: Int
    public let format: SetupFormat

    public init(file: Int, format: SetupFormat) {
        self.file = file
        self.format = format
    }

    public static let setupYAML = ValueOrigin(file: 0, format: .setupYAML)
}
