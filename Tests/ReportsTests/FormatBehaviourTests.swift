import Foundation
import LintKit
@testable import Reports
import Testing
import SourceText
import RuleFiles

@Suite struct SARIFReporterTests {
    /// The real catalogue, so every rule of `Rules/` is checked for what code scanning needs.
    func document(_ run: LintRun = SampleRuns.withFindings) throws -> [String: Any] {
        var context = SampleRuns.context
        context.catalog = .builtIn
        let text = SARIFReporter().render(run, context: context)
        return try #require(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test func driverAndRulesCarryWhatCodeScanningNeeds() throws {
        let run = try #require((try document()["runs"] as? [[String: Any]])?.first)
        #expect(run["columnKind"] as? String == "unicodeCodePoints")
        let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        #expect(driver["name"] as? String == "connectlint")
        #expect(driver["version"] as? String == ToolInfo.version)
        #expect(driver["informationUri"] as? String == ToolInfo.informationURI)
        let rules = try #require(driver["rules"] as? [[String: Any]])
        #expect(rules.count >= RuleCatalog.builtIn.rules.count)
        for rule in rules {
            for key in ["id", "name", "shortDescription", "fullDescription", "help", "defaultConfiguration"] {
                #expect(rule[key] != nil, "rule \(rule["id"] ?? "?") lacks \(key)")
            }
            let help = try #require(rule["help"] as? [String: String])
            #expect(help["text"]?.isEmpty == false && help["markdown"]?.isEmpty == false)
            let level = (rule["defaultConfiguration"] as? [String: String])?["level"]
            #expect(["error", "warning", "note"].contains(level ?? ""))
        }
    }

    @Test func everyResultPointsAtItsRuleAndHasAFullRegion() throws {
        let run = try #require((try document()["runs"] as? [[String: Any]])?.first)
        let rules = try #require(((run["tool"] as? [String: Any])?["driver"] as? [String: Any])?["rules"] as? [[String: Any]])
        let results = try #require(run["results"] as? [[String: Any]])
        #expect(results.count == SampleRuns.withFindings.findings.count)
        for result in results {
            let index = try #require(result["ruleIndex"] as? Int)
            #expect(rules[index]["id"] as? String == result["ruleId"] as? String)
            let location = try #require((result["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])
            let region = try #require(location["region"] as? [String: Int])
            #expect(Set(region.keys) == ["startLine", "startColumn", "endLine", "endColumn"])
            let uri = try #require((location["artifactLocation"] as? [String: String])?["uri"])
            #expect(URL(string: uri) != nil, "\(uri) is not a URI reference")
            #expect((result["partialFingerprints"] as? [String: String])?[SARIFReporter.fingerprintKey]?.count == 64)
        }
    }

    @Test func findingsOutsideTheWorkingDirectoryGetAbsoluteFileURIs() {
        #expect(ReportPath.relative("/elsewhere/a.yaml", to: "/work/project") == "/elsewhere/a.yaml")
        #expect(ReportPath.relative("/work/project/./x/../a.yaml", to: "/work/project/") == "a.yaml")
        #expect(ReportPath.relative("../project/a.yaml", to: "/work/project") == "a.yaml")
        #expect(ReportPath.relative("<stdin>", to: "/work/project") == "<stdin>")
        #expect(ReportPath.uri("/elsewhere/a b.yaml") == "file:///elsewhere/a%20b.yaml")
        #expect(ReportPath.uri("c:d/é.yaml") == "c%3Ad/%C3%A9.yaml")
    }
}

@Suite struct FingerprintTests {
    @Test func sha256MatchesKnownVectors() {
        #expect(SHA256.hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(SHA256.hex(String(repeating: "a", count: 1000)) == "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3")
    }

    @Test func fingerprintsSurviveLinesMovingAndAreUniquePerFinding() {
        let before = LocatedFinding.all(in: SampleRuns.withFindings, workingDirectory: SampleRuns.workingDirectory)
        let shifted = LintRun(files: SampleRuns.withFindings.files.map { file in
            FileResult(path: file.path, findings: file.findings.map { finding in
                SampleRuns.finding(finding.ruleId, finding.severity, finding.message + " (moved)", path: finding.path,
                                   line: finding.range.start.line + 7, column: finding.range.start.column + 2,
                                   endLine: finding.range.end.line + 7, endColumn: finding.range.end.column + 2,
                                   keyPath: finding.keyPath, help: finding.help)
            })
        })
        let after = LocatedFinding.all(in: shifted, workingDirectory: SampleRuns.workingDirectory)
        #expect(before.map(\.fingerprint) == after.map(\.fingerprint))
        #expect(Set(before.map(\.fingerprint)).count == before.count, "two findings share a fingerprint")
    }
}

@Suite struct GitHubReporterTests {
    @Test func escapesAsTheActionsToolkitDoes() {
        #expect(GitHubReporter.escapeData("100%\r\nnext: a,b") == "100%25%0D%0Anext: a,b")
        #expect(GitHubReporter.escapeProperty("100%\r\nnext: a,b") == "100%25%0D%0Anext%3A a%2Cb")
        #expect(GitHubReporter.escapeData("%0A") == "%250A", "an escape already in the text must not be read as one")
    }

    @Test func writesOneCommandPerFindingWithEveryPropertyForOneLineRanges() {
        let lines = GitHubReporter().render(SampleRuns.withFindings, context: SampleRuns.context).split(separator: "\n")
        let findings = SampleRuns.withFindings.findings
        #expect(lines.count == findings.count)
        // Errors first, then warnings, then notices; the sample's files are already in path order.
        let ordered = [Severity.error, .warning, .info].flatMap { severity in findings.filter { $0.severity == severity } }
        for (line, finding) in zip(lines, ordered) where finding.range.end.line == finding.range.start.line {
            #expect(line.hasPrefix("::error ") || line.hasPrefix("::warning ") || line.hasPrefix("::notice "))
            let properties = line.split(separator: " ", maxSplits: 1)[1].components(separatedBy: "::")[0]
            #expect(properties.split(separator: ",").map { String($0.split(separator: "=")[0]) } == ["file", "line", "col", "endLine", "endColumn", "title"])
        }
    }

    @Test func rangesOverSeveralLinesGiveNoColumns() {
        func position(_ startLine: Int, _ startColumn: Int, _ endLine: Int, _ endColumn: Int) -> String {
            GitHubReporter.position(SourceRange(start: SourcePosition(line: startLine, column: startColumn),
                                                end: SourcePosition(line: endLine, column: endColumn)))
                .map { "\($0.0)=\($0.1)" }.joined(separator: ",")
        }
        #expect(position(3, 5, 3, 9) == "line=3,col=5,endLine=3,endColumn=9")
        #expect(position(3, 5, 6, 2) == "line=3,endLine=6")
        #expect(position(3, 5, 6, 1) == "line=3,endLine=5")
        #expect(position(3, 5, 4, 1) == "line=3,col=5,endLine=3")
    }
}

@Suite struct JUnitReporterTests {
    @Test(arguments: [FailLevel.error, .warning, .info, .never])
    func isWellFormedWithAFailurePerFindingAtOrAboveFailOn(_ failOn: FailLevel) {
        var context = SampleRuns.context
        context.failOn = failOn
        let parsed = XMLWellFormedness.check(JUnitReporter().render(SampleRuns.withFindings, context: context))
        #expect(parsed.wellFormed, "\(parsed.problem ?? "")")
        let expectedFailures = SampleRuns.withFindings.findings.filter { failOn.fails(on: $0.severity) }.count
        #expect(parsed.elements.filter { $0.name == "failure" }.count == expectedFailures)
        #expect(parsed.elements.filter { $0.name == "testcase" }.count == SampleRuns.withFindings.files.count)
        #expect(parsed.elements.first { $0.name == "testsuite" }?.attributes["failures"] == String(expectedFailures))
        #expect(parsed.text.contains("col é 😀"), "text must survive escaping")
    }

    @Test func theWellFormednessCheckRejectsMalformedXML() {
        #expect(!XMLWellFormedness.check("<a><b></a>").wellFormed)
        #expect(!XMLWellFormedness.check("<a>").wellFormed)
        #expect(!XMLWellFormedness.check("<a x=\"1 & 2\"/>").wellFormed)
    }

    @Test func controlCharactersXMLForbidsAreReplaced() {
        #expect(XMLText.escape("a\u{1}b\u{FFFF}") == "a\u{FFFD}b\u{FFFD}")
        #expect(XMLText.escape("a\nb", inAttribute: true) == "a&#10;b")
    }
}

@Suite struct GitLabReporterTests {
    @Test func issuesHaveTheFieldsGitLabReads() throws {
        let text = GitLabReporter().render(SampleRuns.withFindings, context: SampleRuns.context)
        let issues = try #require(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]])
        #expect(issues.count == SampleRuns.withFindings.findings.count)
        for issue in issues {
            #expect(issue["description"] is String && issue["check_name"] is String)
            #expect(["info", "minor", "major", "critical", "blocker"].contains(issue["severity"] as? String ?? ""))
            let location = try #require(issue["location"] as? [String: Any])
            #expect(location["path"] is String)
            #expect((location["lines"] as? [String: Int])?["begin"] != nil)
        }
        #expect(Set(issues.compactMap { $0["fingerprint"] as? String }).count == issues.count)
    }

    @Test func rulesTaggedSecurityAreInTheSecurityCategory() throws {
        let secretRules = RuleCatalog.builtIn.rules.filter { $0.tags.contains(.security) }
        #expect(!secretRules.isEmpty)
        let findings = RuleCatalog.builtIn.rules.map {
            SampleRuns.finding($0.id, $0.severity, "m", path: "a.cyclr.yaml", line: 1, column: 1, endColumn: 2, keyPath: "")
        }
        let run = LintRun(files: [FileResult(path: "a.cyclr.yaml", findings: findings)])
        let text = GitLabReporter().render(run, context: ReportContext(catalog: .builtIn, workingDirectory: "/"))
        let issues = try #require(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]])
        let security = Set(issues.filter { ($0["categories"] as? [String]) == ["Security"] }.compactMap { $0["check_name"] as? String })
        #expect(security == Set(secretRules.map(\.id)))
    }

    @Test func severityMapping() {
        #expect(GitLabReporter.severity(.error) == "major")
        #expect(GitLabReporter.severity(.warning) == "minor")
        #expect(GitLabReporter.severity(.info) == "info")
    }
}

@Suite struct MarkdownReporterTests {
    @Test func escapesTableBreakersAndCode() {
        #expect(MarkdownReporter.escape("a|b `c`") == "a\\|b \\`c\\`")
        #expect(MarkdownReporter.escape("x\r\ny\nz") == "x<br>y<br>z")
        #expect(MarkdownReporter.escape("<script>") == "\\<script\\>")
        #expect(MarkdownReporter.escapeHTML("https://<host>/a & `<b>`") == "https://&lt;host&gt;/a &amp; `<b>`")
    }

    @Test func longReportsStopBeforeGitHubsCommentLimit() {
        let findings = (1...2_000).map { line in
            SampleRuns.finding("unknown-key", .warning, "unknown key `k\(line)`", path: "big.cyclr.yaml", line: line, column: 1,
                               endColumn: 3, keyPath: "k\(line)", help: String(repeating: "h", count: 100))
        }
        let report = MarkdownReporter().render(LintRun(files: [FileResult(path: "big.cyclr.yaml", findings: findings)]), context: SampleRuns.context)
        #expect(report.utf16.count <= 65_536)
        let rows = report.split(separator: "\n").filter { $0.hasPrefix("| ⚠️") }.count
        #expect(report.hasSuffix("\(2_000 - rows) more findings not shown here; see the full report (text, SARIF or JSON).\n"))
    }

    @Test func everyTableRowHasFourCells() {
        let report = MarkdownReporter().render(SampleRuns.withFindings, context: SampleRuns.context)
        let rows = report.split(separator: "\n").filter { $0.hasPrefix("| ") }
        #expect(rows.count == SampleRuns.withFindings.findings.count + 2)
        for row in rows {
            var cells = 0, escaped = false
            for character in row {
                if character == "|" && !escaped { cells += 1 }
                escaped = character == "\\" && !escaped
            }
            #expect(cells == 5, "row splits into the wrong number of cells: \(row)")
        }
    }
}
