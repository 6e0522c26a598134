/// A Cyclr connector that signs in with Salesforce, as its profile file (`Profiles/NAME.yaml`) declares
/// it: what its setup holds and what it requires. The decoder reads a setup against the profile its
/// `connector` names; the rules read the scope groups and values from here instead of knowing a connector.
public struct ConnectorProfile: Sendable, Equatable {
    /// The connector's name in Cyclr's Application Connector Library.
    public let name: String
    /// Other names a setup may give the connector (matched ignoring letter case, like `name`).
    public let aliases: [String]
    /// True for an OAuth connector that signs in through a Connected App (the guide applies); false
    /// for one that takes a user's credentials, whose setup has no `salesforce` section.
    public let usesConnectedApp: Bool
    /// The scopes the Connected App must select: one of each group's scopes.
    public let scopeGroups: [ScopeGroup]
    /// The connector's own values under `cyclr`, beside the guide's `serviceDomain`, `clientId` and `clientSecret`.
    public let values: [ProfileValue]
    /// Cyclr's callback, with `{serviceDomain}` for the partner's service domain.
    public let callbackURL: String?
    /// What the profile is, for `connectlint rules` and the starter file.
    public let summary: String
    /// The file it was read from: `Profiles/Salesforce.yaml`, or a custom profile's path.
    public let file: String

    public init(name: String, aliases: [String] = [], usesConnectedApp: Bool, scopeGroups: [ScopeGroup] = [],
                values: [ProfileValue] = [], callbackURL: String? = nil, summary: String = "", file: String = "") {
        self.name = name
        self.aliases = aliases
        self.usesConnectedApp = usesConnectedApp
        self.scopeGroups = scopeGroups
        self.values = values
        self.callbackURL = callbackURL
        self.summary = summary
        self.file = file
    }

    /// Every name the profile answers to.
    public var names: [String] { [name] + aliases }

    public func value(named key: String) -> ProfileValue? { values.first { $0.name == key } }

    public func scopeGroup(_ kind: ScopeGroup.Kind) -> ScopeGroup? { scopeGroups.first { $0.kind == kind } }
}

/// Scopes of which the Connected App must select one.
public struct ScopeGroup: Sendable, Equatable {
    /// What the group is for; each kind is reported by a rule of its own.
    public enum Kind: String, CaseIterable, Sendable {
        case dataAccess = "data-access"
        case refresh
    }

    public let kind: Kind
    /// The scopes that satisfy the group, the preferred one first: selecting only a later one is restricted access.
    public let anyOf: [OAuthScope]
    /// The Setup label of the scope to select, for help lines.
    public let add: String
    /// What goes wrong without the group, as the end of a sentence: "so Cyclr cannot reach your Salesforce data".
    public let missing: String
    /// What a later scope of the group gives instead of the first one: "so Cyclr gets restricted access to your Salesforce data".
    public let restricted: String?

    public init(kind: Kind, anyOf: [OAuthScope], add: String, missing: String, restricted: String? = nil) {
        self.kind = kind
        self.anyOf = anyOf
        self.add = add
        self.missing = missing
        self.restricted = restricted
    }
}

/// One Cyclr setup value a connector has (`businessUnitId`, `password`), with its type.
public struct ProfileValue: Sendable, Equatable {
    public enum ValueType: Sendable, Equatable {
        case string
        case boolean
        case choice([String])
        /// A Salesforce record id: 18 letters and digits starting with the object's key prefix.
        case recordId(prefix: String)
        /// An `https://` URL of a Salesforce instance, without a path.
        case instanceURL
        /// `true` when the connector signs in to a sandbox: it must agree with `salesforce.org`.
        case sandboxFlag

        public var fieldKind: FieldKind {
            switch self {
            case .boolean, .sandboxFlag: return .boolean
            case .choice(let values): return .choice(values)
            case .string, .recordId, .instanceURL: return .string
            }
        }
    }

    /// The key under `cyclr`, Cyclr's label in camelCase.
    public let name: String
    /// Cyclr's label: "Business Unit ID".
    public let label: String
    public let type: ValueType
    public let required: Bool
    /// A credential: a literal value is masked in every report and is a plain-text secret.
    public let secret: Bool
    public let summary: String

    public init(name: String, label: String, type: ValueType, required: Bool = false, secret: Bool = false, summary: String) {
        self.name = name
        self.label = label
        self.type = type
        self.required = required
        self.secret = secret
        self.summary = summary
    }

    public var field: FieldSpec { FieldSpec(name, type.fieldKind, required: required, summary) }
}
