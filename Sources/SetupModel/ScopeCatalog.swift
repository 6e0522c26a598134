import SourceText

/// One Salesforce OAuth scope and every way a setup may spell it (SPEC §2,
/// reference/salesforce-facts.md "Scopes").
public struct OAuthScope: Sendable, Hashable {
    /// The canonical name: the first OAuth token, or the Metadata name when no token is known.
    public var id: String { names.id }
    public var tokens: [String] { names.tokens }
    public var metadataNames: [String] { names.metadataNames }
    public var labels: [String] { names.labels }
    /// External Client App names (`commaSeparatedOauthScopes`) that differ from the Metadata API names.
    public var externalClientAppNames: [String] { names.externalClientAppNames }

    /// The texts behind one reference: a scope is copied with every scope entry of every setup, and five
    /// references would be retained and released each time.
    private let names: Names

    init(tokens: [String], metadata: [String], labels: [String] = [], eca: [String] = []) {
        names = Names(id: tokens.first ?? metadata.first ?? eca[0], tokens: tokens, metadataNames: metadata, labels: labels,
                      externalClientAppNames: eca)
    }

    public var spellings: [String] { spellingLists.flatMap { $0 } }

    /// The scope's names, list by list, in the order `spellings` gives them.
    var spellingLists: [[String]] { [tokens, metadataNames, labels, externalClientAppNames] }

    public static func == (left: OAuthScope, right: OAuthScope) -> Bool {
        left.names === right.names || left.names.fields == right.names.fields
    }

    public func hash(into hasher: inout Hasher) { hasher.combine(names.fields) }

    private final class Names: Sendable {
        let id: String
        let tokens: [String]
        let metadataNames: [String]
        let labels: [String]
        let externalClientAppNames: [String]

        init(id: String, tokens: [String], metadataNames: [String], labels: [String], externalClientAppNames: [String]) {
            self.id = id
            self.tokens = tokens
            self.metadataNames = metadataNames
            self.labels = labels
            self.externalClientAppNames = externalClientAppNames
        }

        /// Every field, for equality and hashing as a struct of them would have them.
        var fields: [[String]] { [[id], tokens, metadataNames, labels, externalClientAppNames] }
    }
}

public enum ScopeCatalog {
    public static let all: [OAuthScope] = [
        OAuthScope(tokens: ["full"], metadata: ["Full"], labels: ["Full access (full)"]),
        OAuthScope(tokens: ["refresh_token", "offline_access"], metadata: ["RefreshToken", "OfflineAccess"],
                   labels: ["Perform requests at any time (refresh_token, offline_access)",
                            "Perform requests on your behalf at any time (refresh_token, offline_access)"]),
        OAuthScope(tokens: ["api"], metadata: ["Api"],
                   labels: ["Manage user data via APIs (api)", "Access and manage your data (api)"]),
        OAuthScope(tokens: ["web"], metadata: ["Web"], labels: ["Manage user data via Web browsers (web)"]),
        OAuthScope(tokens: ["id", "profile", "email", "address", "phone"],
                   metadata: ["Basic", "Profile", "Email", "Address", "Phone"],
                   labels: ["Access the identity URL service (id, profile, email, address, phone)"]),
        OAuthScope(tokens: ["openid"], metadata: ["OpenID"], labels: ["Access unique user identifiers (openid)"]),
        OAuthScope(tokens: ["chatter_api"], metadata: ["Chatter"], labels: ["Access Connect REST API resources (chatter_api)"]),
        OAuthScope(tokens: ["visualforce"], metadata: ["CustomApplications"], labels: ["Provide access to custom applications (visualforce)"]),
        OAuthScope(tokens: ["custom_permissions"], metadata: ["CustomPermissions"], labels: ["Access custom permissions (custom_permissions)"]),
        OAuthScope(tokens: ["wave_api"], metadata: ["Wave"], labels: ["Access Analytics REST API resources (wave_api)"]),
        OAuthScope(tokens: ["eclair_api"], metadata: ["Eclair"], labels: ["Access Analytics REST API Charts Geodata resources (eclair_api)"]),
        OAuthScope(tokens: ["pardot_api"], metadata: ["Pardot"], labels: ["Manage Pardot services (pardot_api)"]),
        OAuthScope(tokens: ["lightning"], metadata: ["Lightning"], labels: ["Access Lightning applications (lightning)"]),
        OAuthScope(tokens: ["content"], metadata: ["Content"]),
        OAuthScope(tokens: ["cdp_ingest_api"], metadata: ["CDPIngest"], labels: ["Manage Customer Data Platform Ingestion API data (cdp_ingest_api)"]),
        OAuthScope(tokens: ["cdp_profile_api"], metadata: ["CDPProfile"], labels: ["Manage Customer Data Platform profile data (cdp_profile_api)"]),
        OAuthScope(tokens: ["cdp_query_api"], metadata: ["CDPQuery"], labels: ["Perform ANSI SQL queries on Customer Data Platform data (cdp_query_api)"]),
        OAuthScope(tokens: ["chatbot_api"], metadata: ["Chatbot"]),
        OAuthScope(tokens: ["sfap_api"], metadata: ["SFAP"], eca: ["SFApiPlatform"]),
        OAuthScope(tokens: ["cdp_segment_api"], metadata: ["CDPSegment"]),
        OAuthScope(tokens: ["cdp_identityresolution_api"], metadata: ["CDPIdentityResolution"]),
        OAuthScope(tokens: ["cdp_calculated_insight_api"], metadata: ["CDPCalculatedInsight"]),
        OAuthScope(tokens: ["cdp_api"], metadata: ["CDP"]),
        OAuthScope(tokens: ["interaction_api"], metadata: ["Interaction"]),
        OAuthScope(tokens: ["einstein_gpt_api"], metadata: ["EinsteinGPT"]),
        OAuthScope(tokens: ["forgot_password"], metadata: ["ForgotPassword"]),
        OAuthScope(tokens: ["user_registration_api"], metadata: ["UserRegistration"]),
        OAuthScope(tokens: ["pwdless_login_api"], metadata: ["PwdlessLogin"]),
        OAuthScope(tokens: [], metadata: ["MCP"]),
        OAuthScope(tokens: [], metadata: ["SCRT"]),
        OAuthScope(tokens: [], metadata: [], eca: ["DataCloudUserClaims"]),
    ]

    public static let full = all[0]
    public static let refreshToken = all[1]
    public static let api = all[2]

    private static let bySpelling: [String: OAuthScope] = {
        var table: [String: OAuthScope] = [:]
        let lists = all.map(\.spellingLists)
        table.reserveCapacity(lists.reduce(0) { total, scopeLists in scopeLists.reduce(total) { $0 + $1.count } })
        for (index, scope) in all.enumerated() {
            for spellings in lists[index] {
                for spelling in spellings { table[normalized(spelling)] = scope }
            }
        }
        return table
    }()

    /// The scope a setup's text names, in any spelling, ignoring letter case and surrounding space.
    public static func scope(named text: String) -> OAuthScope? {
        bySpelling[normalized(text)]
    }

    /// The scope of a Metadata API enum value, matched case-sensitively as the XSD does.
    public static func scope(metadataName: String) -> OAuthScope? {
        all.first { $0.metadataNames.contains(metadataName) }
    }

    public static var allSpellings: [String] { all.flatMap(\.spellings) }

    private static func normalized(_ text: String) -> String {
        // Most texts need no trimming, and their first and last bytes show it.
        if let first = text.utf8.first, let last = text.utf8.last, first.isVisibleASCII, last.isVisibleASCII { return text.lowercased() }
        // Trimmed without reversing the text character by character: this runs for every scope of every setup.
        guard let first = text.firstIndex(where: { !$0.isWhitespace }), let last = text.lastIndex(where: { !$0.isWhitespace }) else { return "" }
        return text[first...last].lowercased()
    }
}
