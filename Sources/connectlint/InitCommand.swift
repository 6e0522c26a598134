import ArgumentParser
import Foundation
import LintKit
import Reports

struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Print a commented starter setup file that follows Cyclr's Salesforce guide.",
        discussion: "Save it as cyclr.yaml (connectlint init --service-domain acme-h.cyclr.com > cyclr.yaml), then fill in the Connected App's details. It lints clean of errors and warnings."
    )

    @Option(name: .customLong("service-domain"), help: ArgumentHelp(
        "Your Cyclr service domain (Cyclr console › Settings › General Settings), e.g. acme-h.cyclr.com.", valueName: "host"))
    var serviceDomain = "your-company-h.cyclr.com"

    @Option(help: ArgumentHelp("The Cyclr connector: Salesforce, Salesforce Service Cloud or Salesforce Marketing Cloud.", valueName: "name"))
    var connector = "Salesforce"

    func run() throws {
        let text = StarterSetup.text(serviceDomain: serviceDomain, connector: connector)
        let result = Linter().lint(.bytes(Array(text.utf8)), path: "cyclr.yaml")
        let problems = result.findings.filter { $0.severity >= .warning }
        guard problems.isEmpty else {
            throw LintUsageError("the values given would make a setup that does not lint clean:\n"
                + problems.map { "  \($0.message) [\($0.ruleId)]" }.joined(separator: "\n"))
        }
        print(text, terminator: "")
    }
}

/// The starter setup `init` prints: every key of the format, commented with where it comes from.
enum StarterSetup {
    static func text(serviceDomain: String, connector: String) -> String {
        let domain = scalar(serviceDomain)
        let callback = scalar("https://\(serviceDomain)/connector/callback")
        return """
        # A Salesforce Connected App + Cyclr connector setup, checked by connectlint
        # (`connectlint explain RULE-ID` tells why a check matters). For editor help, run
        # `connectlint schema > connectlint.schema.json` and make the first line of this file:
        # yaml-language-server: $schema=connectlint.schema.json
        version: 1
        connector: \(scalar(connector))   # Salesforce, Salesforce Service Cloud or Salesforce Marketing Cloud

        cyclr:
          # Cyclr console › Settings › General Settings › Service Domain: a bare host name, no https://
          serviceDomain: \(domain)
          # The Connected App's Consumer Key and Consumer Secret, supplied from the environment at deploy
          # time. Write "" instead to have Cyclr ask for them when each account installs the connector.
          # Never write the secret itself in a file meant for version control.
          clientId: ${SALESFORCE_CONSUMER_KEY}
          clientSecret: ${SALESFORCE_CONSUMER_SECRET}

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
                - full                          # Full access (full)
                - refresh_token                 # Perform requests at any time (refresh_token, offline_access)
              requireSecretForRefreshToken: false   # clear "Require Secret for Refresh Token Flow"
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
        let plain = value.unicodeScalars.allSatisfy { CharacterSet.alphanumerics.contains($0) || " ._-/:".unicodeScalars.contains($0) }
        if plain, let first = value.unicodeScalars.first, CharacterSet.alphanumerics.contains(first),
           !value.hasSuffix(" "), !value.contains(": "), !value.contains(" #") {
            return value
        }
        return "\"" + value.unicodeScalars.map { scalar -> String in
            switch scalar {
            case "\"": return "\\\""
            case "\\": return "\\\\"
            case "\n": return "\\n"
            default: return scalar.value < 0x20 ? String(format: "\\x%02X", scalar.value) : String(scalar)
            }
        }.joined() + "\""
    }
}
