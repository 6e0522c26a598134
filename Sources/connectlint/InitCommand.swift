import FoundationEssentials
import LintKit
import Reports
import SetupModel
import SourceText

struct InitCommand: ParsedCommand {
    static let serviceDomain: Declared<String> = .option("--service-domain", valueName: "host",
        help: "Your Cyclr service domain (Cyclr console › Settings › General Settings), e.g. acme-h.cyclr.com.", default: "your-company-h.cyclr.com")
    static let connector: Declared<String> = .option("--connector", valueName: "name",
        help: "The Cyclr connector, as `connectlint rules` lists the connector profiles (default Salesforce).", default: "Salesforce")
    static let spec = CommandSpec(Self.self, name: "init",
        abstract: "Print a commented starter setup file that follows Cyclr's Salesforce guide.",
        discussion: "Save it as cyclr.yaml (connectlint init --service-domain acme-h.cyclr.com > cyclr.yaml), then fill in the Connected App's details. It lints clean of errors and warnings.",
        groups: [ParameterGroup(serviceDomain.parameter, connector.parameter, SchemaCommand.configPath.parameter)])

    let serviceDomain: String
    let connector: String
    let configPath: String?

    init(_ parsed: ParsedValues) throws {
        serviceDomain = try parsed[Self.serviceDomain]
        connector = try parsed[Self.connector]
        configPath = try parsed[SchemaCommand.configPath]
    }

    func run() throws {
        let options = try LintOptions.configured(configPath: configPath).0
        guard let profile = options.profiles.profile(named: connector) else {
            let names = options.profiles.all.map(\.name)
            throw LintUsageError("no connector profile is named `\(StarterSetup.scalar(connector))` (the connectors are "
                + names.map { "`\($0)`" }.joined(separator: ", ") + ")"
                + Suggestions.didYouMean(ProfileSuggestion.closest(to: connector, among: options.profiles.all)))
        }
        let text = StarterSetup.text(serviceDomain: serviceDomain, profile: profile)
        let result = Linter(options: options).lint(.bytes(Array(text.utf8)), path: "cyclr.yaml")
        let problems = result.findings.filter { $0.severity >= .warning }
        guard problems.isEmpty else {
            throw LintUsageError("the values given would make a setup that does not lint clean:\n"
                + problems.map { "  \($0.message) [\($0.ruleId)]" }.joined(separator: "\n"))
        }
        print(text, terminator: "")
    }
}

/// The starter setup `init` prints: every key of the connector's format, commented with where it comes from.
enum StarterSetup {
    static func text(serviceDomain: String, profile: ConnectorProfile) -> String {
        var text = """
        # A \(profile.usesConnectedApp ? "Salesforce Connected App + " : "")Cyclr connector setup, checked by connectlint
        # (`connectlint explain RULE-ID` tells why a check matters). For editor help, run
        # `connectlint schema > connectlint.schema.json` and make the first line of this file:
        # yaml-language-server: $schema=connectlint.schema.json
        version: 1
        connector: \(scalar(profile.name))   # the Cyclr connector; `connectlint rules` lists the connector profiles

        cyclr:

        """
        if profile.usesConnectedApp { text += oauthCyclrKeys(serviceDomain: serviceDomain) }
        text += profile.values.map { value(of: $0, profile: profile) }.joined()
        guard profile.usesConnectedApp else { return text }
        return text + "\n" + salesforce(serviceDomain: serviceDomain, profile: profile)
    }

    static func oauthCyclrKeys(serviceDomain: String) -> String {
        """
          # Cyclr console › Settings › General Settings › Service Domain: a bare host name, no https://
          serviceDomain: \(scalar(serviceDomain))
          # The Connected App's Consumer Key and Consumer Secret, supplied from the environment at deploy
          # time. Write "" instead to have Cyclr ask for them when each account installs the connector.
          # Never write the secret itself in a file meant for version control.
          clientId: ${SALESFORCE_CONSUMER_KEY}
          clientSecret: ${SALESFORCE_CONSUMER_SECRET}

        """
    }

    /// One of the connector's own values, with its summary as the comment above it.
    static func value(of value: ProfileValue, profile: ConnectorProfile) -> String {
        let written: String
        switch value.type {
        case .boolean, .sandboxFlag: written = "false"
        case .choice(let choices): written = scalar(choices[0])
        case .instanceURL: written = "https://your-domain.my.salesforce.com"
        case .string, .recordId: written = "${\(value.environmentName(connector: profile.name))}"
        }
        return "  # \(value.label): \(value.summary)\n  \(value.name): \(written)\n"
    }

    static func salesforce(serviceDomain: String, profile: ConnectorProfile) -> String {
        let callback = scalar((profile.callbackURL ?? "https://{serviceDomain}/connector/callback")
            .replacing("{serviceDomain}", with: serviceDomain))
        let scopes = profile.scopeGroups.map { group in
            "        - " + group.anyOf[0].id.padded(to: 30) + "# \(group.add)\n"
        }.joined()
        return """
        salesforce:
          org:
            type: production     # production, developer, sandbox or scratch (refreshing a sandbox deletes its Connected Apps)
          ui: lightning          # lightning or classic: which Setup navigation the fix hints show
          # Setup › Platform Tools › Apps › App Manager › New Connected App
          connectedApp:
            name: Cyclr Integration             # Connected App Name, at most 80 characters
            apiName: Cyclr_Integration          # letters, digits and single underscores, starting with a letter
            contactEmail: integrations@example.com
            oauth:                              # API (Enable OAuth Settings)
              enabled: true
              callbackUrls:
                - \(callback)
              scopes:
        \(scopes)      requireSecretForRefreshToken: false   # clear "Require Secret for Refresh Token Flow"
              refreshTokenPolicy: infinite          # Refresh Token Policy: "Refresh token is valid until revoked"

        # The Cyclr accounts that will install the connector (Salesforce keeps five refresh tokens
        # per user per Connected App, so connectlint counts accounts per Salesforce user):
        # accounts:
        #   - name: Example Customer
        #     salesforceUser: integration@example.com

        """
    }

    /// A plain scalar when that is safe, else a double-quoted one.
    static func scalar(_ value: String) -> String {
        let plain = value.unicodeScalars.allSatisfy { isAlphanumeric($0) || " ._-/:".unicodeScalars.contains($0) }
        if plain, let first = value.unicodeScalars.first, isAlphanumeric(first),
           !value.hasSuffix(" "), !value.contains(": "), !value.contains(" #") {
            return value
        }
        return "\"" + value.unicodeScalars.map { scalar -> String in
            switch scalar {
            case "\"": return "\\\""
            case "\\": return "\\\\"
            case "\n": return "\\n"
            default: return scalar.value < 0x20 ? "\\x" + hexByte(scalar.value) : String(scalar)
            }
        }.joined() + "\""
    }

    /// Letters, marks and digits: Foundation's `CharacterSet.alphanumerics`.
    private static func isAlphanumeric(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .nonspacingMark, .spacingMark, .enclosingMark, .decimalNumber, .letterNumber, .otherNumber: return true
        default: return false
        }
    }

    private static func hexByte(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return digits.count < 2 ? "0" + digits : digits
    }
}
