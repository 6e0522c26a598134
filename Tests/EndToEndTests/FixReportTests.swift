import Foundation
import Testing
import TestSupport
import LintKit

/// Fixes in the JSON and SARIF reports, through the built binary.
@Suite struct FixReportTests {
    static let setup = SetupText.clean.replacingOccurrences(of: "requireSecretForRefreshToken: false", with: "requireSecretForRefreshToken: true")

    @Test func jsonFindingsCarryTheirFix() throws {
        let project = try ScratchProject(["acme.cyclr.yaml": Self.setup])
        defer { project.remove() }
        let finding = try #require(SetupText.findings(try project.json(["acme.cyclr.yaml"])).first { $0["ruleId"] as? String == "refresh-token-secret" })
        let fix = try #require(finding["fix"] as? [String: Any])
        #expect(fix["title"] as? String == "Set `requireSecretForRefreshToken: false`")
        #expect(fix["applicability"] as? String == "safe")
        let edits = try #require(fix["edits"] as? [[String: Any]])
        #expect(edits.count == 1)
        #expect(edits.first?["replacement"] as? String == "false")
        #expect(edits.first?["line"] as? Int == 13 && edits.first?["column"] as? Int == 37 && edits.first?["endColumn"] as? Int == 41)
        let text = Array(Self.setup.utf8)
        let start = try #require(edits.first?["startOffset"] as? Int), end = try #require(edits.first?["endOffset"] as? Int)
        #expect(String(decoding: text[start..<end], as: UTF8.self) == "true")
    }

    @Test func sarifResultsCarryFixesThatReplaceTheRegion() throws {
        let project = try ScratchProject(["acme.cyclr.yaml": Self.setup])
        defer { project.remove() }
        let result = try project.run(["--format", "sarif", "acme.cyclr.yaml"])
        let sarif = try #require(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let results = (((sarif["runs"] as? [[String: Any]])?.first)?["results"] as? [[String: Any]]) ?? []
        let fixed = try #require(results.first { $0["ruleId"] as? String == "refresh-token-secret" })
        let change = try #require(((fixed["fixes"] as? [[String: Any]])?.first?["artifactChanges"] as? [[String: Any]])?.first)
        let replacement = try #require((change["replacements"] as? [[String: Any]])?.first)
        #expect((replacement["insertedContent"] as? [String: Any])?["text"] as? String == "false")
        #expect((replacement["deletedRegion"] as? [String: Int])?["startColumn"] == 37)
    }
}

/// `autofix:` in Rules/ says what each rule's fixes are: every fix the samples show has its rule's
/// applicability, and every rule that says it fixes shows a fix in some sample.
@Suite struct DeclaredAutofixTests {
    @Test func theSamplesFixesAgreeWithTheCatalogue() throws {
        let samples = Fixtures.files(under: "SampleConfigs") { !GoldenSampleTests.isSidecar($0) }
        var seen: [String: Set<String>] = [:]
        for sample in samples {
            let result = try BinaryRunner.run(["--format", "json", "--fail-on", "never", "--service-domain", "acme-h.cyclr.com", sample])
            let report = try #require(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any], "\(sample)")
            for finding in SetupText.findings(report) {
                guard let rule = finding["ruleId"] as? String, let fix = finding["fix"] as? [String: Any] else { continue }
                seen[rule, default: []].insert(fix["applicability"] as? String ?? "")
            }
        }
        for rule in RuleCatalog.builtIn.rules {
            if let autofix = rule.autofix {
                #expect(seen[rule.id] == [autofix.rawValue], "\(rule.file) says `autofix: \(autofix.rawValue)`; the samples show \(seen[rule.id] ?? [])")
            } else {
                #expect(seen[rule.id] == nil, "\(rule.file) has fixes in the samples but no `autofix:`")
            }
        }
    }
}

/// Inputs the fuzzer found breaking a fix property, kept as regression tests through the binary.
@Suite struct FuzzFoundFixTests {
    /// The setup after one `--fix` through the binary, and whether a second pass leaves it as it is.
    func fixedOnce(_ setup: String) throws -> (text: String, isStable: Bool) {
        let project = try ScratchProject(["acme.cyclr.yaml": setup])
        defer { project.remove() }
        let file = project.root.appendingPathComponent("acme.cyclr.yaml")
        _ = try project.run(["--fix", "--color", "never", "acme.cyclr.yaml"])
        let fixed = try String(contentsOf: file, encoding: .utf8)
        _ = try project.run(["--fix", "--color", "never", "acme.cyclr.yaml"])
        return (fixed, try String(contentsOf: file, encoding: .utf8) == fixed)
    }

    /// A list item of the wrong type is left out of the model; an item added after the list's last line must
    /// still go after it, and the moved item's `wrong-type` (now at another index) is not a new error.
    @Test func anItemIsAddedAfterAListItemOfTheWrongType() throws {
        let setup = SetupText.clean.replacingOccurrences(of: "      scopes: [full, refresh_token]\n",
                                                          with: "      scopes:\n        - full\n        - a: b\n")
        let project = try ScratchProject(["acme.cyclr.yaml": setup])
        defer { project.remove() }
        let result = try project.run(["--fix", "--color", "never", "acme.cyclr.yaml"])
        #expect(result.stderr.isEmpty, "\(result.stderr)")
        let fixed = try String(contentsOf: project.root.appendingPathComponent("acme.cyclr.yaml"), encoding: .utf8)
        #expect(fixed.contains("        - full\n        - a: b\n        - refresh_token\n"), "\(fixed)")
    }

    /// The same in a flow list whose only entry is of the wrong type (`full: refresh_token`, a mapping): the new item
    /// is separated from it by a comma, however few items the model read, and a second pass changes nothing.
    @Test func anItemIsAddedWithItsCommaAfterAFlowEntryOfTheWrongType() throws {
        let setup = SetupText.clean.replacingOccurrences(of: "      scopes: [full, refresh_token]\n",
                                                          with: "      scopes: [full: refresh_token]\n")
        let (fixed, isStable) = try fixedOnce(setup)
        #expect(fixed.contains("      scopes: [full: refresh_token, refresh_token]\n"), "\(fixed)")
        #expect(isStable)
    }

    /// A mapping whose last value is a list with nothing the model could read ends where the next, less indented
    /// key starts (here `ui`, at the second column): a new key goes before that line, not after it.
    @Test func aKeyIsAddedBeforeTheNextLessIndentedKey() throws {
        let setup = SetupText.clean
            .replacingOccurrences(of: "      requireSecretForRefreshToken: false\n", with: "")
            .replacingOccurrences(of: "      scopes: [full, refresh_token]\n", with: "      scopes:\n        - a: b\n  ui: lightning\n")
        let project = try ScratchProject(["acme.cyclr.yaml": setup])
        defer { project.remove() }
        let result = try project.run(["--fix", "--color", "never", "acme.cyclr.yaml"])
        #expect(result.stderr.isEmpty, "\(result.stderr)")
        let fixed = try String(contentsOf: project.root.appendingPathComponent("acme.cyclr.yaml"), encoding: .utf8)
        #expect(fixed.contains("        - a: b\n      requireSecretForRefreshToken: false\n  ui: lightning\n"), "\(fixed)")
    }

    /// A one-line callback string turned into a flow list keeps its meaning: a plain scalar a flow list would
    /// read otherwise (`:h …`), or libyaml would refuse there (a colon before `?`, found by the fuzzer), is quoted there.
    @Test(arguments: [":h ptst-//x", "https:?/acme-h.cyclr.com/connector/callback"])
    func aPlainScalarMovedIntoAFlowListIsQuotedWhenItMustBe(value: String) throws {
        let setup = SetupText.clean.replacingOccurrences(of: "      callbackUrls: [https://acme-h.cyclr.com/connector/callback]\n",
                                                          with: "      callbackUrls: \(value)\n")
        let project = try ScratchProject(["acme.cyclr.yaml": setup])
        defer { project.remove() }
        let result = try project.run(["--fix", "--color", "never", "acme.cyclr.yaml"])
        #expect(result.stderr.isEmpty, "\(result.stderr)")
        let fixed = try String(contentsOf: project.root.appendingPathComponent("acme.cyclr.yaml"), encoding: .utf8)
        #expect(fixed.contains("      callbackUrls: [\"\(value)\", https://acme-h.cyclr.com/connector/callback]\n"), "\(fixed)")
    }

    /// An empty literal block (`callbackUrls: |` with no lines) is replaced by the value, and its line break stays.
    @Test func anEmptyBlockScalarKeepsItsLineBreak() throws {
        let setup = SetupText.clean.replacingOccurrences(of: "      callbackUrls: [https://acme-h.cyclr.com/connector/callback]\n",
                                                          with: "      callbackUrls: |\n")
        let project = try ScratchProject(["acme.cyclr.yaml": setup])
        defer { project.remove() }
        let result = try project.run(["--fix", "--color", "never", "acme.cyclr.yaml"])
        #expect(result.stderr.isEmpty, "\(result.stderr)")
        let fixed = try String(contentsOf: project.root.appendingPathComponent("acme.cyclr.yaml"), encoding: .utf8)
        #expect(fixed.contains("      callbackUrls: https://acme-h.cyclr.com/connector/callback\n      scopes:"), "\(fixed)")
    }

    /// A callback added to a literal block goes at the block's indentation, that of its first line: a later line
    /// indented further holds spaces of its own, and the URL added at its depth would start with them, so every
    /// pass added it again (the fuzzer's find).
    @Test func aLineAddedToALiteralBlockTakesTheBlocksIndentation() throws {
        let setup = SetupText.clean.replacingOccurrences(of: "      callbackUrls: [https://acme-h.cyclr.com/connector/callback]\n",
                                                          with: "      callbackUrls: |\n        https://other.example/callback\n            indented further\n")
        let (fixed, isStable) = try fixedOnce(setup)
        #expect(fixed.contains("            indented further\n        https://acme-h.cyclr.com/connector/callback\n      scopes:"), "\(fixed)")
        #expect(isStable)
    }

    /// A quoted version is unquoted only when the number is one the format takes: `"2"` would become an
    /// unsupported version.
    @Test func onlyASupportedQuotedVersionIsUnquoted() throws {
        let project = try ScratchProject(["one.cyclr.yaml": SetupText.clean.replacingOccurrences(of: "version: 1", with: "version: \"1\""),
                                          "two.cyclr.yaml": SetupText.clean.replacingOccurrences(of: "version: 1", with: "version: \"2\"")])
        defer { project.remove() }
        let findings = SetupText.findings(try project.json(["one.cyclr.yaml", "two.cyclr.yaml"]))
        let fixes = findings.filter { $0["ruleId"] as? String == "wrong-type" }.map { ($0["path"] as? String ?? "", $0["fix"] != nil) }
        #expect(fixes.map(\.0) == ["one.cyclr.yaml", "two.cyclr.yaml"] && fixes.map(\.1) == [true, false], "\(fixes)")
    }

    /// A key that is there but empty (its value only a comment) gets the value, not a second key.
    @Test func anEmptyKeyIsSetNotAddedAgain() throws {
        let setup = SetupText.clean.replacingOccurrences(of: "requireSecretForRefreshToken: false", with: "requireSecretForRefreshToken: #false")
        let project = try ScratchProject(["acme.cyclr.yaml": setup])
        defer { project.remove() }
        let result = try project.run(["--fix", "--color", "never", "acme.cyclr.yaml"])
        #expect(result.stderr.isEmpty, "\(result.stderr)")
        let fixed = try String(contentsOf: project.root.appendingPathComponent("acme.cyclr.yaml"), encoding: .utf8)
        #expect(fixed.contains("requireSecretForRefreshToken: false #false\n"), "\(fixed)")
    }

    /// A key with no value (`callbackUrls:` and nothing after it) gets its value after a space.
    @Test func anEmptyValueIsWrittenAfterASpace() throws {
        let setup = SetupText.clean.replacingOccurrences(of: "      callbackUrls: [https://acme-h.cyclr.com/connector/callback]\n",
                                                          with: "      callbackUrls:\n")
        let project = try ScratchProject(["acme.cyclr.yaml": setup])
        defer { project.remove() }
        let result = try project.run(["--fix", "--color", "never", "acme.cyclr.yaml"])
        #expect(result.stderr.isEmpty, "\(result.stderr)")
        let fixed = try String(contentsOf: project.root.appendingPathComponent("acme.cyclr.yaml"), encoding: .utf8)
        #expect(fixed.contains("      callbackUrls: https://acme-h.cyclr.com/connector/callback\n"), "\(fixed)")
    }
}

/// Where reading stopped at a syntax error, a suppression that silenced nothing may still be needed further on:
/// it is not reported as unused, so `--fix` does not remove it (removing it there uncovered errors it had hidden).
@Suite struct UnusedSuppressionAfterSyntaxErrorTests {
    @Test func aSuppressionBeforeASyntaxErrorIsNotUnused() throws {
        let setup = SetupText.clean.replacingOccurrences(of: "  clientId: ${SALESFORCE_CONSUMER_KEY}\n",
                                                          with: "  clientId: ${SALESFORCE_CONSUMER_KEY}  # connectlint-disable-line unknown-key\n  bad: [\n")
        let project = try ScratchProject(["acme.cyclr.yaml": setup])
        defer { project.remove() }
        let ids = SetupText.ruleIds(try project.json(["acme.cyclr.yaml"]))
        #expect(ids.contains("yaml-syntax") && !ids.contains("unused-suppression"), "\(ids)")
    }
}

/// A finding may offer other repairs beside its fix: `callback-url` adds Cyclr's URL (safe), and offers to
/// replace the closest entry instead (unsafe, never applied by `--fix`).
@Suite struct AlternativeFixTests {
    @Test func callbackUrlOffersToReplaceTheClosestEntry() throws {
        let setup = SetupText.clean.replacingOccurrences(of: "connector/callback]", with: "connector/callback/]")
        let project = try ScratchProject(["acme.cyclr.yaml": setup])
        defer { project.remove() }
        let finding = try #require(SetupText.findings(try project.json(["acme.cyclr.yaml"])).first { $0["ruleId"] as? String == "callback-url" })
        #expect((finding["fix"] as? [String: Any])?["applicability"] as? String == "safe")
        let alternative = try #require((finding["alternativeFixes"] as? [[String: Any]])?.first)
        #expect(alternative["applicability"] as? String == "unsafe")
        #expect(((alternative["edits"] as? [[String: Any]])?.first)?["replacement"] as? String == "https://acme-h.cyclr.com/connector/callback")
        _ = try project.run(["--unsafe-fixes", "acme.cyclr.yaml"])
        let fixed = try String(contentsOf: project.root.appendingPathComponent("acme.cyclr.yaml"), encoding: .utf8)
        #expect(fixed.contains("[https://acme-h.cyclr.com/connector/callback/, https://acme-h.cyclr.com/connector/callback]"), "\(fixed)")
    }
}
