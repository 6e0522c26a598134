import Foundation
import LintKit
import SetupModel
import YAMLSource
import SourceText

/// Runs guide checks the way the linter does: real YAML text through libyaml, the decoder, then the check.
enum GuideCheckHarness {
    /// A setup that follows the guide in every point; tests break one line of it at a time.
    static let valid = """
        version: 1
        connector: Salesforce
        cyclr:
          serviceDomain: acme-h.cyclr.com
          clientId: ${SALESFORCE_CONSUMER_KEY}
          clientSecret: ${SALESFORCE_CONSUMER_SECRET}
        salesforce:
          org:
            type: production
            loginUrl: https://login.salesforce.com
            myDomain: acme.my.salesforce.com
          connectedApp:
            name: Acme Cyclr Integration
            apiName: Acme_Cyclr_Integration
            contactEmail: integrations@acme.example
            oauth:
              callbackUrls:
                - https://acme-h.cyclr.com/connector/callback
              scopes: [full, refresh_token]
              requireSecretForRefreshToken: false
              refreshTokenPolicy: infinite
        accounts:
          - name: Acme EMEA
            salesforceUser: integration@acme.example

        """

    /// `valid` with one piece of text replaced; fails the test run when the piece is not there.
    static func valid(replacing original: String, with replacement: String) -> String {
        precondition(valid.contains(original), "the valid setup has no `\(original)`")
        return valid.replacingOccurrences(of: original, with: replacement)
    }

    /// The findings of the check registered as `ruleId` on every document of `yaml`.
    static func findings(_ ruleId: String, in yaml: String) -> [Diagnostic] {
        run(ruleId, on: .bytes(Array(yaml.utf8))).findings
    }

    static func run(_ ruleId: String, on input: SourceFile) -> (findings: [Diagnostic], secrets: [SourceRange]) {
        guard let rule = RuleEngine.documentRules(for: .builtIn).first(where: { $0.rule.id == ruleId }) else {
            fatalError("no rule with a check named \(ruleId)")
        }
        var findings: [Diagnostic] = []
        var secrets: [SourceRange] = []
        for setup in setups(input) {
            findings += rule.check.check(setup).map { Diagnostic(ruleId, $0) }
            secrets += rule.check.secrets(in: setup).map(\.range)
        }
        return (findings, secrets)
    }

    static func setups(_ input: SourceFile) -> [Setup] {
        var setups: [Setup] = []
        _ = try? YAMLStreamReader.read(input) { document in
            if let setup = SetupDecoder.decode(document).setup { setups.append(setup) }
        }
        return setups
    }

    static func sample(_ relative: String) -> String {
        var url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while !FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { url.deleteLastPathComponent() }
        return url.appendingPathComponent(relative).path
    }
}

extension Diagnostic {
    var line: Int { range.start.line }
    var column: Int { range.start.column }
}
