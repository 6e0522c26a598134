import Foundation
import Testing
import TestSupport

/// No report format ever shows a literal `clientSecret`, nor a Client ID that `swapped-credentials`
/// judged a secret: not in messages, not in the text report's quoted source line, not in fingerprints.
@Suite struct SecretLeakTests {
    static let literalSecret = "Zq9xLiteralSecretValue7788"
    /// 64 hex characters: the shape of a consumer secret, written where the Client ID belongs.
    static let hexSecret = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"
    /// 19 digits: the other consumer secret shape, unquoted so YAML reads it as an integer.
    static let digitSecret = "8817263545162738495"
    /// A consumer key written where the secret belongs: as a literal `clientSecret` it is masked too.
    static let keyAsSecret = "3MVG9SwappedConsumerKeyAsTheSecret0123456789"

    static let salesforce = """
    salesforce:
      connectedApp:
        name: Acme Cyclr Integration
        contactEmail: integrations@acme.example
        oauth:
          callbackUrls: [https://acme-h.cyclr.com/connector/callback]
          scopes: [full, refresh_token]
          requireSecretForRefreshToken: false
          refreshTokenPolicy: infinite
          enabled: yes
    """

    /// Setups holding the secrets in every place a report could quote them: block and flow style
    /// (a finding on the secret's own line), a block scalar, a duplicate key, a key in the wrong mapping.
    static let literalSetups: [String: String] = [
        "block.cyclr.yaml": "version: 1\ncyclr:\n  serviceDomain: acme-h.cyclr.com\n  clientSecret: \(literalSecret)\n  clientSecrett: x\n\(salesforce)\n",
        "flow.cyclr.yaml": "version: 1\ncyclr: { serviceDomain: acme-h.cyclr.com, clientSecret: \"\(literalSecret)\", bogus: 1 }\n\(salesforce)\n",
        "block-scalar.cyclr.yaml": "version: 1\ncyclr:\n  serviceDomain: acme-h.cyclr.com\n  clientSecret: |\n    \(literalSecret)\n  clientSecrett: x\n\(salesforce)\n",
        "duplicate.cyclr.yaml": "version: 1\ncyclr:\n  serviceDomain: acme-h.cyclr.com\n  clientSecret: first\n  clientSecret: '\(literalSecret)'\n\(salesforce)\n",
        "suppressed.cyclr.yaml": "version: 1\ncyclr:\n  serviceDomain: acme-h.cyclr.com\n  clientSecret: \(literalSecret)  # connectlint-disable-line plaintext-secret -- rotated weekly\n\(salesforce)\n",
        "misplaced.cyclr.yaml": "version: 1\ncyclr:\n  serviceDomain: acme-h.cyclr.com\n\(salesforce)\n    clientSecret: \(literalSecret)\n",
    ]

    static let swappedSetups: [String: String] = [
        "swapped-block.cyclr.yaml": "version: 1\ncyclr:\n  serviceDomain: acme-h.cyclr.com\n  clientId: \(hexSecret)\n  clientSecret: \(keyAsSecret)\n\(salesforce)\n",
        "swapped-digits.cyclr.yaml": "version: 1\ncyclr:\n  serviceDomain: acme-h.cyclr.com\n  clientId: \(digitSecret)\n\(salesforce)\n",
        "swapped-flow.cyclr.yaml": "version: 1\ncyclr: { serviceDomain: acme-h.cyclr.com, clientId: \(hexSecret), clientSecret: \(keyAsSecret), bogus: 1 }\n\(salesforce)\n",
    ]

    static let formats = ["text", "json", "sarif", "github", "junit", "gitlab", "markdown", "checkstyle", "rdjson", "rdjsonl", "html"]

    /// Every format of one run over `setups`, by name: text on standard output, the others in files.
    static func reports(for setups: [String: String]) throws -> [String: String] {
        let folder = try BinaryRunner.scratchFolder()
        for (name, text) in setups { try Data(text.utf8).write(to: folder.appendingPathComponent(name)) }
        var arguments = ["--format", "text", "--color", "always", "--fail-on", "info"]
        for format in formats.dropFirst() { arguments += ["--format", "\(format)=reports/\(format).out"] }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("reports"), withIntermediateDirectories: true)
        let result = try BinaryRunner.run(arguments + setups.keys.sorted(), in: folder)
        #expect(result.status == 1, "\(result.stderr)")
        var reports = ["text": result.stdout, "stderr": result.stderr]
        for format in formats.dropFirst() {
            reports[format] = try String(contentsOf: folder.appendingPathComponent("reports/\(format).out"), encoding: .utf8)
        }
        let baseline = try BinaryRunner.run(["--write-baseline", "reports/baseline.json"] + setups.keys.sorted(), in: folder)
        #expect(baseline.status == 0, "\(baseline.stderr)")
        reports["baseline"] = try String(contentsOf: folder.appendingPathComponent("reports/baseline.json"), encoding: .utf8)
        return reports
    }

    /// The secret whole, and pieces of it long enough to be telling.
    static func fragments(of secret: String) -> [String] {
        [secret, String(secret.prefix(12)), String(secret.suffix(12)), String(secret.dropFirst(8).prefix(12))]
    }

    @Test func literalSecretsAppearInNoFormat() throws {
        let reports = try Self.reports(for: Self.literalSetups)
        #expect(reports["text"]?.contains("clientSecret: ***") == true, "the text report should quote the masked line")
        for (format, report) in reports {
            #expect(!report.isEmpty || format == "stderr", "\(format) report is empty")
            for fragment in Self.fragments(of: Self.literalSecret) {
                #expect(!report.contains(fragment), "the \(format) report shows the secret:\n\(report)")
            }
        }
    }

    @Test func swappedCredentialsAppearInNoFormat() throws {
        let reports = try Self.reports(for: Self.swappedSetups)
        #expect(reports["json"]?.contains("\"ruleId\": \"swapped-credentials\"") == true, "the setups should be judged swapped")
        for (format, report) in reports {
            for fragment in [Self.hexSecret, Self.keyAsSecret, Self.digitSecret].flatMap(Self.fragments) {
                #expect(!report.contains(fragment), "the \(format) report shows a swapped credential:\n\(report)")
            }
        }
    }
}
