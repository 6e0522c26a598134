import Foundation
import Testing
import TestSupport

/// Custom rules (SPEC §6) through the built binary: the shipped policies in SampleConfigs/policies,
/// `--rules` and `customRules`, `rules` and `explain`, and every way a rule file can be refused.
@Suite struct CustomRulesEndToEndTests {
    static let policies = BinaryRunner.packageRoot.appendingPathComponent("SampleConfigs/policies").path

    static let usSetupWithAccounts = SetupText.clean + """
    accounts:
      - name: Globex
        salesforceUser: integration@globex.example
      - name: Initech

    """

    @Test func shippedPoliciesReportWithTheirOwnIds() throws {
        let project = try ScratchProject(["s.cyclr.yaml": Self.usSetupWithAccounts])
        defer { project.remove() }
        let report = try project.json(["--rules", Self.policies, "s.cyclr.yaml"])
        let found = SetupText.findings(report).map { "\($0["ruleId"]!)@\($0["line"]!):\($0["severity"]!)" }
        #expect(found == ["eu-instance-only@3:error", "no-full-access-scope@12:warning", "account-names-salesforce-user@17:error"])
    }

    @Test func shippedPoliciesPassACompliantSetup() throws {
        let compliant = SetupText.clean
            .replacingOccurrences(of: "acme-h.cyclr.com", with: "ACME-H.EU.CYCLR.COM")
            .replacingOccurrences(of: "[full, refresh_token]", with: "[api, refresh_token]")
        let project = try ScratchProject(["s.cyclr.yaml": compliant])
        defer { project.remove() }
        let report = try project.json(["--rules", Self.policies, "s.cyclr.yaml"])
        #expect(!SetupText.ruleIds(report).contains { ["eu-instance-only", "no-full-access-scope", "account-names-salesforce-user"].contains($0) },
                "\(SetupText.ruleIds(report))")
    }

    @Test func customRulesFromTheConfigurationResolveAgainstItsFolder() throws {
        let project = try ScratchProject([
            ".connectlint.yml": "customRules: [policies]\nrules:\n  eu-instance-only: warning\n  no-full-access-scope: off\n",
            "team/s.cyclr.yaml": SetupText.clean,
        ])
        defer { project.remove() }
        try FileManager.default.copyItem(atPath: Self.policies, toPath: project.root.appendingPathComponent("policies").path)
        let result = try project.run(["s.cyclr.yaml"], in: "team")
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.contains("s.cyclr.yaml:3:18: warning: `acme-h.cyclr.com` is not a service domain on Cyclr's EU instance"))
        #expect(!result.stdout.contains("no-full-access-scope"))
        let rules = try project.run(["rules"], in: "team")
        #expect(rules.stdout.contains("eu-instance-only"))
        let explain = try project.run(["explain", "account-names-salesforce-user"], in: "team")
        #expect(explain.status == 0)
        #expect(explain.stdout.contains("Salesforce keeps five refresh tokens per user"))
    }

    @Test func rulesAndExplainListRulesFromTheCommandLine() throws {
        let listed = try BinaryRunner.run(["rules", "--format", "json", "--rules", Self.policies])
        let ids = (try JSONSerialization.jsonObject(with: Data(listed.stdout.utf8)) as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
        #expect(ids.contains("no-full-access-scope") && ids.contains("callback-url"))
        let explained = try BinaryRunner.run(["explain", "no-full-access-scope", "--rules", Self.policies])
        #expect(explained.status == 0)
        #expect(explained.stdout.contains("Full access (full)"))
        let without = try BinaryRunner.run(["explain", "no-full-access-scope"])
        #expect(without.status == 2)
    }

    @Test func suppressionCommentsAndSarifKnowCustomRules() throws {
        let text = SetupText.clean.replacingOccurrences(of: "  serviceDomain: acme-h.cyclr.com", with: "  serviceDomain: acme-h.cyclr.com  # connectlint-disable-line eu-instance-only -- US pilot")
        let project = try ScratchProject(["s.cyclr.yaml": text])
        defer { project.remove() }
        let report = try project.json(["--rules", Self.policies, "s.cyclr.yaml"])
        #expect(SetupText.findings(report, key: "suppressedFindings").map { $0["ruleId"] as? String } == ["eu-instance-only"])
        let sarif = try project.run(["--rules", Self.policies, "--format", "sarif", "s.cyclr.yaml"])
        #expect(sarif.stdout.contains("\"id\": \"no-full-access-scope\""))
    }

    static let ruleHead = "id: team-rule\nseverity: error\ntitle: A team rule\n"

    @Test(arguments: [
        (ruleHead + "given: cyclr.serviceDomain\ncheck: { swift: callback-url }\n", "r/bad.yaml:5:10: unknown key `swift` in a check"),
        (ruleHead + "given: cyclr.serviceDomian\ncheck: { present: true }\n", "r/bad.yaml:4:8: `given`: `cyclr.serviceDomian`: unknown key `serviceDomian`; did you mean `serviceDomain`?"),
        (ruleHead + "given: cyclr.serviceDomain\ncheck: { pattern: \"(\" }\n", "r/bad.yaml:5:19: `pattern`: `(` is not a valid regular expression"),
        ("id: team-rule\nseverity: fatal\ntitle: T\ncheck: { present: true }\n", "r/bad.yaml:2:11: `severity` must be `error`, `warning` or `info`"),
        (ruleHead + "check: { present: true }\nowner: me\n", "r/bad.yaml:5:1: unknown key `owner` in a rule"),
        ("id: Team_Rule\nseverity: error\ntitle: T\ncheck: { present: true }\n", "r/bad.yaml:1:5: `id` must be kebab-case"),
        ("id: unknown-key\nseverity: error\ntitle: T\ngiven: cyclr.serviceDomain\ncheck: { present: true }\n", "r/bad.yaml:1:1: rule id `unknown-key` is already defined in the built-in catalogue"),
        (ruleHead + "given: cyclr.serviceDomain\ncheck: { present: true }\nexamples:\n  failing:\n    - |\n      version: 1\n      cyclr:\n        serviceDomain: x\n        # ^ expect\n  passing:\n    - \"version: 1\\n\"\n",
         "r/bad.yaml:8:1: this failing example should make `team-rule` fire on lines [3], but it fires on []"),
        ("version: [\n", "r/bad.yaml:2:1: not valid YAML"),
    ])
    func invalidRuleFileExitsTwoNamingFileLineAndProblem(text: String, expected: String) throws {
        let project = try ScratchProject(["r/bad.yaml": text, "s.cyclr.yaml": SetupText.clean])
        defer { project.remove() }
        let result = try project.run(["--rules", "r", "s.cyclr.yaml"])
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("connectlint: error: " + expected), "\(result.stderr)")
    }

    @Test func missingOrEmptyFoldersExitTwo() throws {
        let project = try ScratchProject([".connectlint.yml": "customRules:\n  - team-policies\n", "s.cyclr.yaml": SetupText.clean])
        defer { project.remove() }
        let configured = try project.run(["s.cyclr.yaml"])
        #expect(configured.status == 2)
        #expect(configured.stderr.contains(".connectlint.yml:2:5: custom rules folder `team-policies` does not exist or is not a folder"))
        try FileManager.default.createDirectory(at: project.root.appendingPathComponent("team-policies"), withIntermediateDirectories: true)
        let empty = try project.run(["s.cyclr.yaml"])
        #expect(empty.stderr.contains(".connectlint.yml:2:5: custom rules folder `team-policies` holds no rule files"))
        let commandLine = try project.run(["--rules", "nowhere", "--config", "/dev/null", "s.cyclr.yaml"])
        #expect(commandLine.status == 2)
        #expect(commandLine.stderr.contains("--rules nowhere: no such folder"))
    }

    @Test func configurationMayNameCustomRuleIdsOnlyWhenTheyAreLoaded() throws {
        let project = try ScratchProject([".connectlint.yml": "rules:\n  eu-instance-onl: off\n", "s.cyclr.yaml": SetupText.clean])
        defer { project.remove() }
        let withoutRules = try project.run(["s.cyclr.yaml"])
        #expect(withoutRules.status == 2)
        let withRules = try project.run(["--rules", Self.policies, "s.cyclr.yaml"])
        #expect(withRules.stderr.contains("unknown rule `eu-instance-onl` in `rules`; did you mean `eu-instance-only`?"))
    }
}
