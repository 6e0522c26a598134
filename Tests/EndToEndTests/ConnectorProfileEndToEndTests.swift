import Foundation
import Testing
import TestSupport

/// Connector profiles through the built binary: scopes per connector, secrets masked under any
/// credential-like key, custom profiles from `.connectlint.yml` and every way one is refused.
@Suite struct ConnectorProfileEndToEndTests {
    static let pardot = SetupText.clean
        .replacingOccurrences(of: "version: 1\n", with: "version: 1\nconnector: Salesforce Pardot (OAuth)\n")
        .replacingOccurrences(of: "  clientSecret: ${SALESFORCE_CONSUMER_SECRET}\n",
                              with: "  clientSecret: ${SALESFORCE_CONSUMER_SECRET}\n  businessUnitId: 0Uv5g000000KyQ2CAK\n")

    @Test func pardotOAuthAsksForPardotApiNotFull() throws {
        let project = try ScratchProject([
            "clean.cyclr.yaml": Self.pardot.replacingOccurrences(of: "[full, refresh_token]", with: "[pardot_api, refresh_token]"),
            "full.cyclr.yaml": Self.pardot,
        ])
        defer { project.remove() }
        let clean = try project.run(["--fail-on", "info", "clean.cyclr.yaml"])
        #expect(clean.status == 0, "\(clean.stdout)")
        let full = try project.run(["full.cyclr.yaml"])
        #expect(full.status == 1)
        #expect(full.stdout.contains("`pardot_api` is not selected, so Cyclr cannot reach your Pardot data [scope-data-access]"))
        #expect(full.stdout.contains("Select `Manage Pardot services (pardot_api)`"))
    }

    /// A misspelt connector is named whether the Connected App is written in the setup or read from the metadata
    /// file it links: linking once dropped what the setup said of its connector, and the rule fell silent.
    @Test func aMisspeltConnectorIsNamedWhenTheConnectedAppIsLinked() throws {
        let setup = SetupText.linkingMetadata.replacingOccurrences(of: "version: 1\n", with: "version: 1\nconnector: Salesforse Chatter\n")
        let project = try ScratchProject(["linked.cyclr.yaml": setup, "Acme.connectedApp-meta.xml": SetupText.cleanConnectedApp])
        defer { project.remove() }
        let result = try project.run(["--color", "never", "--fail-on", "never", "linked.cyclr.yaml"])
        #expect(result.stdout.contains("[unknown-connector]") && result.stdout.contains("Salesforce Chatter"), "\(result.stdout)")
    }

    @Test func aCredentialUnderAnUnknownKeyIsMaskedInEveryReport() throws {
        let secret = "Sup3rS3cretPassw0rd"
        let setup = SetupText.clean.replacingOccurrences(of: "  clientId:", with: "  password: \(secret)\n  clientId:")
        let project = try ScratchProject(["s.cyclr.yaml": setup])
        defer { project.remove() }
        for format in ["text", "json", "sarif", "github", "junit", "gitlab", "markdown"] {
            let result = try project.run(["--format", format, "--fail-on", "never", "s.cyclr.yaml"])
            #expect(result.status == 0)
            #expect(!result.stdout.contains(secret) && !result.stderr.contains(secret), "\(format) shows the password")
        }
        let text = try project.run(["--color", "never", "s.cyclr.yaml"])
        #expect(text.stdout.contains("password: *******************"), "\(text.stdout)")
    }

    @Test func customProfileFromSampleConfigsIsUsedAndListed() throws {
        let config = BinaryRunner.packageRoot.appendingPathComponent("SampleConfigs/custom-profile/.connectlint.yml").path
        let rules = try BinaryRunner.run(["rules", "--config", config])
        #expect(rules.status == 0)
        #expect(rules.stdout.contains("Acme Salesforce Bridge") && rules.stdout.contains("acme-salesforce-bridge.yaml"), "\(rules.stdout)")
        #expect(rules.stdout.contains("9 connector profiles"))
        let setup = BinaryRunner.packageRoot.appendingPathComponent("SampleConfigs/custom-profile/bridge.cyclr.yaml").path
        let lint = try BinaryRunner.run(["--config", config, "--color", "never", setup])
        #expect(lint.status == 1)
        #expect(lint.stdout.contains("`api` is not selected, so the Bridge cannot call Salesforce's REST API [scope-data-access]"))
        #expect(!lint.stdout.contains("unknown-connector"))
    }

    @Test func theCallbackComesFromTheProfile() throws {
        let profile = "name: Acme Relay\nsummary: s\nconnectedApp: true\ncallbackUrl: https://{serviceDomain}/relay/callback\nscopes:\n"
            + "  data-access: {anyOf: [full], add: Full access (full), missing: m}\n  refresh: {anyOf: [refresh_token], add: a, missing: m}\n"
        let project = try ScratchProject([".connectlint.yml": "profiles: [profiles]\n", "profiles/relay.yaml": profile,
                                          "s.cyclr.yaml": SetupText.clean.replacingOccurrences(of: "version: 1\n", with: "version: 1\nconnector: Acme Relay\n")])
        defer { project.remove() }
        let result = try project.run(["--color", "never", "s.cyclr.yaml"])
        #expect(result.status == 1)
        #expect(result.stdout.contains("the callback URL `https://acme-h.cyclr.com/connector/callback` has the path `/connector/callback` instead of `/relay/callback` [callback-url]"),
                "\(result.stdout)")
    }

    @Test func theBrokenProfileOfSampleConfigsIsExitTwo() throws {
        let result = try BinaryRunner.run(["--config", "SampleConfigs/custom-profile/broken-profile/.connectlint.yml",
                                           "SampleConfigs/custom-profile/bridge.cyclr.yaml"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("connectlint: error: SampleConfigs/custom-profile/broken-profile/profiles/typo.yaml:8:11: "
                                       + "`type` is `recordid`, which is none of"), "\(result.stderr)")
    }

    static let brokenProfiles: [(file: String, text: String, error: String)] = [
        ("typo.yaml", "name: Acme\nsummary: s\nconnectedApp: false\nvalues:\n  accountId:\n    label: A\n    type: recordid\n    summary: s\n",
         "profiles/typo.yaml:7:11: `type` is `recordid`, which is none of"),
        ("unknown.yaml", "name: Acme\nsummary: s\nconectedApp: false\n", "profiles/unknown.yaml:3:1: unknown key `conectedApp` in a profile; did you mean `connectedApp`?"),
        ("scope.yaml", "name: Acme\nsummary: s\nconnectedApp: true\ncallbackUrl: https://{serviceDomain}/connector/callback\nscopes:\n  data-access: {anyOf: [full], add: a, missing: m}\n  refresh: {anyOf: [refresh_tokn], add: a, missing: m}\n",
         "profiles/scope.yaml:7:21: `refresh_tokn` is not a Salesforce scope; did you mean `refresh_token`?"),
        ("taken.yaml", "name: salesforce pardot\nsummary: s\nconnectedApp: false\n",
         "profiles/taken.yaml:1:1: the profile answers to `salesforce pardot`, which Profiles/salesforce-pardot.yaml (`Salesforce Pardot`) already does"),
    ]

    @Test(arguments: brokenProfiles.indices)
    func aBrokenProfileIsExitTwoWithItsFileLineAndProblem(_ index: Int) throws {
        let broken = Self.brokenProfiles[index]
        let project = try ScratchProject([".connectlint.yml": "profiles: [profiles]\n", "profiles/\(broken.file)": broken.text,
                                          "s.cyclr.yaml": SetupText.clean])
        defer { project.remove() }
        let result = try project.run(["s.cyclr.yaml"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("connectlint: error: " + broken.error), "\(result.stderr)")
    }

    @Test func aMissingProfilesFolderIsExitTwoAtItsEntry() throws {
        let project = try ScratchProject([".connectlint.yml": "profiles: [profils]\n", "s.cyclr.yaml": SetupText.clean])
        defer { project.remove() }
        let result = try project.run(["s.cyclr.yaml"])
        #expect(result.status == 2)
        #expect(result.stderr.contains(".connectlint.yml:1:12: profiles folder `profils` does not exist or is not a folder"), "\(result.stderr)")
    }
}
