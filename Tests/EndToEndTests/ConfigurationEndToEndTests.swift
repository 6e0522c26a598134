import Foundation
import Testing
import TestSupport

/// `.connectlint.yml` and `--config` through the built binary (SPEC §4, §6).
@Suite struct ConfigurationEndToEndTests {
    @Test func configurationIsFoundFromTheCurrentFolderUpwards() throws {
        let project = try ScratchProject([
            ".connectlint.yml": "rules:\n  unknown-key: off\n",
            "team/app/setup.cyclr.yaml": SetupText.unknownKey,
        ])
        defer { project.remove() }
        let inside = try project.run(["."], in: "team/app")
        #expect(inside.status == 0, "\(inside.stdout)\(inside.stderr)")
        #expect(inside.stdout == "0 errors, 0 warnings, 0 infos in 1 file\n")
        let fromRoot = try project.run(["team/app/setup.cyclr.yaml"])
        #expect(fromRoot.status == 0)
        #expect(!fromRoot.stdout.contains("[unknown-key]"))
    }

    @Test func explicitConfigWinsOverTheNearestOne() throws {
        let project = try ScratchProject([
            ".connectlint.yml": "rules:\n  unknown-key: off\n",
            "ci/strict.yml": "rules:\n  unknown-key: error\n",
            "setup.cyclr.yaml": SetupText.unknownKey,
        ])
        defer { project.remove() }
        let result = try project.run(["--config", "ci/strict.yml", "setup.cyclr.yaml"])
        #expect(result.status == 1)
        #expect(result.stdout.contains("setup.cyclr.yaml:4:3: error: unknown key `regionn`"))
    }

    @Test func severityOverrideAndFailOnFromTheConfiguration() throws {
        let project = try ScratchProject([
            ".connectlint.yml": "rules:\n  unknown-key: info\nfailOn: info\n",
            "setup.cyclr.yaml": SetupText.unknownKey,
        ])
        defer { project.remove() }
        let result = try project.run(["setup.cyclr.yaml"])
        #expect(result.status == 1, "failOn: info fails on the info the override made")
        #expect(result.stdout.contains(": info: unknown key `regionn`"))
        let overridden = try project.run(["--fail-on", "warning", "setup.cyclr.yaml"])
        #expect(overridden.status == 0, "--fail-on on the command line wins over failOn")
    }

    @Test func includeAndExcludeShapeDirectoryWalks() throws {
        let project = try ScratchProject([
            ".connectlint.yml": "include: [\"setups/**/*.yaml\", \"*.cyclr.yaml\"]\nexclude: [\"fixtures/**\", \"**/draft-*\"]\n",
            "setups/eu/acme.yaml": SetupText.clean,
            "setups/eu/draft-acme.yaml": SetupText.unknownKey,
            "fixtures/broken.cyclr.yaml": "version: 2\n",
            "root.cyclr.yaml": SetupText.clean,
            "notes.yaml": "version: 2\n",
        ])
        defer { project.remove() }
        let report = try project.json(["."])
        let summary = report["summary"] as? [String: Any]
        #expect(summary?["files"] as? Int == 2, "setups/eu/acme.yaml and root.cyclr.yaml only")
        #expect(SetupText.ruleIds(report).isEmpty)
        let named = try project.run(["fixtures/broken.cyclr.yaml"])
        #expect(named.status == 1, "a file named on the command line is linted even when excluded")
    }

    @Test func withoutIncludeTheDefaultNamesAreWalked() throws {
        let project = try ScratchProject([
            ".connectlint.yml": "exclude: [legacy/]\n",
            "legacy/old.cyclr.yaml": "version: 2\n",
            "new/cyclr.yml": SetupText.clean,
            "new/other.yaml": "version: 2\n",
        ])
        defer { project.remove() }
        let result = try project.run(["."])
        #expect(result.status == 0, "\(result.stdout)")
        #expect(result.stdout.hasSuffix("in 1 file\n"))
    }

    @Test(arguments: [
        ("rules:\n  unknown-key: off\nexlude: [x]\n", ".connectlint.yml:3:1: unknown key `exlude`; did you mean `exclude`?"),
        ("rules:\n  unknown-kye: off\n", ".connectlint.yml:2:3: unknown rule `unknown-kye` in `rules`; did you mean `unknown-key`?"),
        ("rules:\n  unknown-key: warn\n", ".connectlint.yml:2:16: bad severity `warn` for rule `unknown-key`"),
        ("rules:\n  unknown-key: [error]\n", ".connectlint.yml:2:16: bad severity a list for rule `unknown-key`"),
        ("exclude: [\"fixtures**\"]\n", ".connectlint.yml:1:11: bad glob `fixtures**` in `exclude`: `**` must be a whole path segment"),
        ("include: \"[ab.cyclr.yaml\"\n", ".connectlint.yml:1:10: bad glob `[ab.cyclr.yaml` in `include`: `[` opens a character set"),
        ("failOn: sometimes\n", ".connectlint.yml:1:9: `failOn` is `sometimes`, not one of `error`, `warning`, `info`, `never`"),
        ("rules: [unknown-key]\n", ".connectlint.yml:1:8: `rules` must be a mapping, but it is a list"),
        ("rules:\n  a: off\n  a: off\n", ".connectlint.yml:3:3: `a` is set twice (first on line 2)"),
        ("rules: {unknown-key: off\n", ".connectlint.yml:2:1: the configuration is not valid YAML"),
        ("- rules\n", ".connectlint.yml:1:1: the configuration must be a mapping, but it is a list"),
        ("customRules: {a: b}\n", ".connectlint.yml:1:14: `customRules` must be a string, but it is a mapping"),
        ("include: []\n", ".connectlint.yml:1:10: `include` is an empty list, so no file would be linted"),
    ])
    func invalidConfigurationExitsTwoNamingFileLineAndFix(text: String, expected: String) throws {
        let project = try ScratchProject([".connectlint.yml": text, "setup.cyclr.yaml": SetupText.clean])
        defer { project.remove() }
        let result = try project.run(["setup.cyclr.yaml"])
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("connectlint: error: " + expected), "\(result.stderr)")
        #expect(result.stdout.isEmpty)
    }

    @Test func missingConfigFileExitsTwo() throws {
        let project = try ScratchProject(["setup.cyclr.yaml": SetupText.clean])
        defer { project.remove() }
        let result = try project.run(["--config", "nope.yml", "setup.cyclr.yaml"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("nope.yml: no such configuration file"))
    }

    @Test func configFolderInsteadOfFileExitsTwo() throws {
        let project = try ScratchProject(["ci/.connectlint.yml": "failOn: info\n", "setup.cyclr.yaml": SetupText.clean])
        defer { project.remove() }
        let result = try project.run(["--config", "ci", "setup.cyclr.yaml"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("ci: is a folder, not a configuration file"))
        #expect(result.stderr.contains("ci/.connectlint.yml"))
    }

    @Test func serviceDomainReachesMetadataFilesAndTheCommandLineWins() throws {
        let metadata = BinaryRunner.packageRoot.appendingPathComponent("SampleConfigs/metadata/broken/No_Service_Domain.connectedApp-meta.xml").path
        let project = try ScratchProject([".connectlint.yml": "serviceDomain: other-h.cyclr.com\n"])
        defer { project.remove() }
        let bare = try BinaryRunner.run(["--format", "json", metadata], in: FileManager.default.temporaryDirectory)
        #expect(bare.stdout.contains("service-domain-unknown"))
        let configured = try project.json([metadata])
        #expect(SetupText.ruleIds(configured) == ["callback-url"])
        #expect(SetupText.findings(configured).first?["message"] as? String ?? "" == "the callback URL `https://acme-h.cyclr.com/connector/callback` has the host `acme-h.cyclr.com` instead of your service domain `other-h.cyclr.com`")
        let overridden = try project.json(["--service-domain", "acme-h.cyclr.com", metadata])
        #expect(SetupText.ruleIds(overridden).isEmpty)
    }

    @Test func emptyConfigurationChangesNothing() throws {
        let project = try ScratchProject([".connectlint.yml": "# nothing yet\nrules:\nexclude:\n", "setup.cyclr.yaml": SetupText.unknownKey])
        defer { project.remove() }
        let result = try project.run(["setup.cyclr.yaml"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("warning: unknown key `regionn`"))
    }
}

/// Severities from the configuration apply to every finding, also of rules whose findings carry a level of their own.
@Suite struct ConfiguredSeverityEndToEndTests {
    static func setup(policy: String) -> String {
        SetupText.clean.replacingOccurrences(of: "requireSecretForRefreshToken: false", with: "requireSecretForRefreshToken: false\n      refreshTokenPolicy: \(policy)")
    }

    @Test func twoLevelRuleTakesTheConfiguredSeverity() throws {
        let project = try ScratchProject([
            "zero.cyclr.yaml": Self.setup(policy: "zero"),
            "lifetime.cyclr.yaml": Self.setup(policy: "specific_lifetime:30:DAYS"),
        ])
        defer { project.remove() }
        let unconfigured = try project.json(["."])
        #expect(SetupText.findings(unconfigured).map { "\($0["path"]!):\($0["severity"]!)" } == ["lifetime.cyclr.yaml:warning", "zero.cyclr.yaml:error"])
        try project.write(".connectlint.yml", "rules:\n  refresh-token-policy: info\n")
        let configured = try project.json(["."])
        #expect(SetupText.findings(configured).map { "\($0["path"]!):\($0["severity"]!)" } == ["lifetime.cyclr.yaml:info", "zero.cyclr.yaml:info"])
        try project.write(".connectlint.yml", "rules:\n  refresh-token-policy: off\n")
        let off = try project.run(["."])
        #expect(off.status == 0)
        #expect(off.stdout == "0 errors, 0 warnings, 0 infos in 2 files\n")
    }
}
