import Foundation
import Testing
import TestSupport

/// `# connectlint-disable-…` comments through the built binary (SPEC §6).
@Suite struct SuppressionEndToEndTests {
    static func setup(replacing line: String) -> String {
        SetupText.clean.replacingOccurrences(of: "  clientId:", with: line + "\n  clientId:")
    }

    @Test func disableLineSilencesAndCountsWithItsReason() throws {
        let project = try ScratchProject(["s.cyclr.yaml": Self.setup(replacing: "  regionn: eu  # connectlint-disable-line unknown-key -- migrating next sprint")])
        defer { project.remove() }
        let text = try project.run(["s.cyclr.yaml"])
        #expect(text.status == 0)
        #expect(text.stdout == "0 errors, 0 warnings, 0 infos in 1 file, 1 suppressed\n")
        let report = try project.json(["s.cyclr.yaml"])
        #expect(SetupText.ruleIds(report).isEmpty)
        let suppressed = SetupText.findings(report, key: "suppressedFindings")
        #expect(suppressed.count == 1)
        #expect(suppressed.first?["ruleId"] as? String == "unknown-key")
        #expect(suppressed.first?["line"] as? Int == 4)
        #expect(suppressed.first?["justification"] as? String == "migrating next sprint")
        #expect((report["summary"] as? [String: Any])?["suppressed"] as? Int == 1)
    }

    @Test func disableNextLineAndDisableFile() throws {
        let project = try ScratchProject([
            "next.cyclr.yaml": Self.setup(replacing: "  # connectlint-disable-next-line unknown-key\n  regionn: eu\n  zone: b"),
            "file.cyclr.yaml": "# connectlint-disable-file unknown-key, wrong-type\n" + Self.setup(replacing: "  regionn: eu\n  zone: b"),
        ])
        defer { project.remove() }
        let next = try project.json(["next.cyclr.yaml"])
        #expect(SetupText.findings(next).map { "\($0["ruleId"]!)@\($0["line"]!)" } == ["unknown-key@6"], "only the next line is silenced")
        let file = try project.json(["file.cyclr.yaml"])
        #expect(SetupText.ruleIds(file) == ["unused-suppression"], "both keys silenced; wrong-type silenced nothing")
        #expect(SetupText.findings(file, key: "suppressedFindings").count == 2)
    }

    @Test func hashInsideQuotedOrBlockScalarIsNotAComment() throws {
        let project = try ScratchProject([
            "quoted.cyclr.yaml": Self.setup(replacing: "  regionn: \"eu # connectlint-disable-line unknown-key\""),
            "single.cyclr.yaml": Self.setup(replacing: "  regionn: 'eu # connectlint-disable-line unknown-key'"),
            "block.cyclr.yaml": Self.setup(replacing: "  regionn: |\n    # connectlint-disable-file unknown-key\n    text"),
            "after.cyclr.yaml": Self.setup(replacing: "  regionn: \"a # b\" # connectlint-disable-line unknown-key"),
        ])
        defer { project.remove() }
        for name in ["quoted", "single", "block"] {
            let report = try project.json(["\(name).cyclr.yaml"])
            #expect(SetupText.ruleIds(report) == ["unknown-key"], "\(name): the text inside the scalar is not a suppression")
        }
        let after = try project.json(["after.cyclr.yaml"])
        #expect(SetupText.ruleIds(after).isEmpty, "the real comment after a quoted `#` still counts")
    }

    @Test func unknownRuleOrDirectiveIsAnInvalidSuppressionWarning() throws {
        let project = try ScratchProject(["s.cyclr.yaml": Self.setup(replacing: "  regionn: eu # connectlint-disable-line unknown-kye\n  # connectlint-disable-lines unknown-key\n  # connectlint-disable-line")])
        defer { project.remove() }
        let result = try project.run(["s.cyclr.yaml"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("s.cyclr.yaml:4:42: warning: `unknown-kye` is not a connectlint rule, so this suppression silences nothing; did you mean `unknown-key`? [invalid-suppression]"))
        #expect(result.stdout.contains("s.cyclr.yaml:5:5: warning: unknown suppression directive `connectlint-disable-lines`; did you mean `connectlint-disable-line`? [invalid-suppression]"))
        #expect(result.stdout.contains("s.cyclr.yaml:6:5: warning: `connectlint-disable-line` names no rule to suppress [invalid-suppression]"))
        #expect(result.stdout.contains("warning: unknown key `regionn`"))
    }

    @Test func suppressionThatSilencedNothingIsAnUnusedInfo() throws {
        let project = try ScratchProject(["s.cyclr.yaml": SetupText.clean.replacingOccurrences(of: "version: 1", with: "version: 1 # connectlint-disable-line unknown-key, wrong-type")])
        defer { project.remove() }
        let result = try project.run(["--fail-on", "info", "s.cyclr.yaml"])
        #expect(result.status == 1)
        #expect(result.stdout.contains("s.cyclr.yaml:1:39: info: this `connectlint-disable-line` suppresses `unknown-key`, but this line reported no `unknown-key` [unused-suppression]"))
        #expect(result.stdout.contains("s.cyclr.yaml:1:52: info: this `connectlint-disable-line` suppresses `wrong-type`"))
    }

    @Test func noInlineSuppressionsIgnoresEveryComment() throws {
        let project = try ScratchProject(["s.cyclr.yaml": Self.setup(replacing: "  regionn: eu # connectlint-disable-line unknown-key\n  # connectlint-disable-line bogus")])
        defer { project.remove() }
        let report = try project.json(["--no-inline-suppressions", "s.cyclr.yaml"])
        #expect(SetupText.ruleIds(report) == ["unknown-key"])
        #expect((report["summary"] as? [String: Any])?["suppressed"] as? Int == 0)
    }

    @Test func configurationSetsTheSuppressionRulesSeverity() throws {
        let project = try ScratchProject([
            ".connectlint.yml": "rules:\n  invalid-suppression: error\n  unused-suppression: off\n",
            "s.cyclr.yaml": Self.setup(replacing: "  # connectlint-disable-line bogus, unknown-key"),
        ])
        defer { project.remove() }
        let result = try project.run(["s.cyclr.yaml"])
        #expect(result.status == 1)
        #expect(result.stdout.contains("error: `bogus` is not a connectlint rule"))
        #expect(!result.stdout.contains("unused-suppression"))
    }

    @Test func quotedLinesNeverShowALiteralSecret() throws {
        let secret = "Zq8xL2mN4pR7sT1v"
        let text = SetupText.clean.replacingOccurrences(of: "${SALESFORCE_CONSUMER_SECRET}", with: "\(secret) # connectlint-disable-line bogus-rule")
        let project = try ScratchProject(["s.cyclr.yaml": text])
        defer { project.remove() }
        for format in ["text", "json"] {
            let result = try project.run(["--format", format, "s.cyclr.yaml"])
            #expect(result.stdout.contains("bogus-rule"))
            #expect(!result.stdout.contains(secret) && !result.stderr.contains(secret))
        }
    }

    @Test func suppressionsWorkInEveryDocumentAndOnStandardInput() throws {
        let twoDocuments = Self.setup(replacing: "  regionn: eu # connectlint-disable-line unknown-key") + "---\n" + Self.setup(replacing: "  zone: b")
        let result = try BinaryRunner.run(["--format", "json", "-"], stdin: Data(twoDocuments.utf8))
        let report = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any] ?? [:]
        #expect(SetupText.findings(report).map { $0["line"] as? Int } == [19])
        #expect(SetupText.findings(report, key: "suppressedFindings").map { $0["line"] as? Int } == [4])
    }
}
