/// The setup format, version 1 (SPEC §1), as data: the decoder, the did-you-mean lists and the
/// JSON Schema all read it.
public enum FieldKind: Sendable {
    case string
    case integer
    case boolean
    /// A string from a fixed set, matched ignoring letter case.
    case choice([String])
    /// One string, or a list of strings.
    case stringOrStringList
    indirect case list(FieldKind)
    case mapping([FieldSpec])

    /// The kind of a list's items (a string for a string or list of strings); nil for a kind that is not a list.
    public var itemKind: FieldKind? {
        switch self {
        case .list(let kind): return kind
        case .stringOrStringList: return .string
        default: return nil
        }
    }

    public var description: String {
        switch self {
        case .string: return "a string"
        case .integer: return "an integer"
        case .boolean: return "`true` or `false`"
        case .choice(let values): return "one of " + values.map { "`\($0)`" }.joined(separator: ", ")
        case .stringOrStringList: return "a string or a list of strings"
        case .list: return "a list"
        case .mapping: return "a mapping"
        }
    }
}

/// A class: the decoder looks fields up for every key of every document, and a reference is copied with one retain.
public final class FieldSpec: Sendable {
    public let name: String
    public let kind: FieldKind
    public let required: Bool
    /// A blank value is judged by the rules (the name and contact email have rules of their own),
    /// so reading reports this field only when its key is absent.
    public let blankIsJudgedByRules: Bool
    public let summary: String
    /// When this key is present, its mapping's other keys come from elsewhere and are not required
    /// (`connectedApp.metadata`: the Connected App is read from a metadata file).
    public let replacesSiblings: Bool
    /// When this key is present, the sibling of this name comes from elsewhere and is neither read nor required
    /// (`salesforce.externalClientApp` stands in for `salesforce.connectedApp`).
    public let replacesSibling: String?
    /// Named like a credential (`CredentialName`), so its value is masked: known once, not for every document.
    public let isCredential: Bool
    /// Where the format places the field, when its path holds no list index (see `FieldSpec.placed(under:)`).
    let placement: FieldPlacement?

    public init(_ name: String, _ kind: FieldKind, required: Bool = false, blankIsJudgedByRules: Bool = false, replacesSiblings: Bool = false,
                replacesSibling: String? = nil, _ summary: String) {
        self.name = name
        self.kind = kind
        self.required = required
        self.blankIsJudgedByRules = blankIsJudgedByRules
        self.replacesSiblings = replacesSiblings
        self.replacesSibling = replacesSibling
        self.summary = summary
        self.isCredential = CredentialName.isCredential(name)
        placement = nil
    }

    init(_ field: FieldSpec, kind: FieldKind, placement: FieldPlacement) {
        name = field.name
        self.kind = kind
        required = field.required
        blankIsJudgedByRules = field.blankIsJudgedByRules
        replacesSiblings = field.replacesSiblings
        replacesSibling = field.replacesSibling
        summary = field.summary
        isCredential = field.isCredential
        self.placement = placement
    }
}

public enum SetupSchema {
    public static let connectors = ["Salesforce", "Salesforce Service Cloud", "Salesforce Marketing Cloud"]
    public static let orgTypes = ["production", "developer", "sandbox", "scratch"]

    public static let oauth: [FieldSpec] = [
        FieldSpec("enabled", .boolean, "Enable OAuth Settings (default true)"),
        FieldSpec("callbackUrls", .stringOrStringList, required: true,
                  "Callback URL(s); one string may hold several URLs separated by line breaks"),
        FieldSpec("scopes", .list(.string), required: true, "Selected OAuth Scopes"),
        FieldSpec("requireSecretForRefreshToken", .boolean,
                  "Require Secret for Refresh Token Flow (Salesforce's default is true; the guide says clear it)"),
        FieldSpec("requireSecretForWebServerFlow", .boolean, "Require Secret for Web Server Flow"),
        FieldSpec("requirePkce", .boolean, "Require PKCE for supported authorization flows"),
        FieldSpec("refreshTokenPolicy", .string,
                  "infinite, zero, specific_lifetime:N:UNIT or specific_inactivity:N:UNIT (UNIT = HOURS, DAYS, MONTHS)"),
    ]

    public static let connectedApp: [FieldSpec] = [
        FieldSpec("name", .string, required: true, blankIsJudgedByRules: true, "Connected App Name"),
        FieldSpec("apiName", .string, "API Name (defaults to the name with spaces turned into underscores)"),
        FieldSpec("contactEmail", .string, required: true, blankIsJudgedByRules: true, "Contact Email"),
        FieldSpec("consumerKey", .string, "the Consumer Key Salesforce issued, to cross-check cyclr.clientId"),
        FieldSpec("oauth", .mapping(oauth), required: true, "API (Enable OAuth Settings)"),
        FieldSpec("metadata", .string, replacesSiblings: true,
                  "path (relative to this file) of the Connected App's metadata file, NAME.connectedApp-meta.xml or NAME.connectedApp; "
                      + "the Connected App is then read from it and the other keys here are not used"),
    ]

    public static let org: [FieldSpec] = [
        FieldSpec("type", .choice(orgTypes), "the kind of org the Connected App lives in (default production)"),
        FieldSpec("loginUrl", .string, "the org's login URL"),
        FieldSpec("myDomain", .string, "the org's My Domain host"),
    ]

    public static let salesforce: [FieldSpec] = [
        FieldSpec("org", .mapping(org), "the org the Connected App lives in"),
        FieldSpec("ui", .choice(["lightning", "classic"]), "Setup navigation shown in fix hints (default lightning)"),
        FieldSpec("connectedApp", .mapping(connectedApp), required: true, "the Connected App as configured"),
        FieldSpec("externalClientApp", .mapping(externalClientApp), replacesSibling: "connectedApp",
                  "the External Client App that takes the Connected App's place, read from its metadata files"),
    ]

    public static let externalClientApp: [FieldSpec] = [
        FieldSpec("metadata", .string, required: true,
                  "path (relative to this file) of the External Client App's folder or of any of its files (NAME.eca-meta.xml, "
                      + "*.ecaOauth-meta.xml, …); the app is read from its files, and `connectedApp` is not used"),
    ]

    public static let cyclr: [FieldSpec] = [
        FieldSpec("serviceDomain", .string, required: true, "your Cyclr service domain, a bare host name"),
        FieldSpec("clientId", .string, "the Consumer Key; blank or absent = asked for at install time"),
        FieldSpec("clientSecret", .string, "the Consumer Secret; blank or absent = asked for at install time"),
    ]

    public static let account: [FieldSpec] = [
        FieldSpec("name", .string, required: true, "account name"),
        FieldSpec("salesforceUser", .string, "the Salesforce user the account authenticates as"),
    ]

    public static let root: [FieldSpec] = FieldSpec.placed([
        FieldSpec("version", .integer, required: true, "format version; only 1 exists"),
        FieldSpec("connector", .string, "the Cyclr connector being set up (default Salesforce)"),
        FieldSpec("cyclr", .mapping(cyclr), required: true, "the Cyclr side"),
        FieldSpec("salesforce", .mapping(salesforce), required: true, "the Salesforce side"),
        FieldSpec("accounts", .list(.mapping(account)), "Cyclr accounts that will install the connector"),
    ], under: "")
}
