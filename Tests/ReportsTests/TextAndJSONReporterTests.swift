import Foundation
import Testing
import LintKit
@testable import Reports
import SourceText

@Suite struct TextAndJSONReporterTests {
    static let run: LintRun = {
        let linter = Linter(options: LintOptions(rules: []))
        let text = "version: 1\ncyclr:\n\tserviceDomain: x\n"
        let tabbed = linter.lint(.bytes(Array("version: 2\nsalesforce:\n  oauth:\n    callbackURL: x\n".utf8)), path: "b.cyclr.yaml")
        let broken = linter.lint(.bytes(Array(text.utf8)), path: "a.cyclr.yaml")
        return LintRun(files: [tabbed, broken])
    }()

    @Test func textReportQuotesTheLineWithACaretUnderTheRange() {
        let report = TextReporter().render(Self.run, context: ReportContext())
        let expected = """
        b.cyclr.yaml:1:10: error: format version 2 is not supported; only version 1 exists [unsupported-version]
         1 | version: 2
           |          ^
          help: Write `version: 1`.
        """
        #expect(report.contains(expected))
        #expect(report.hasSuffix("4 errors, 1 warning, 0 infos in 2 files\n"))
        #expect(report.hasPrefix("a.cyclr.yaml:3:1: error:"), "files in path order")
    }

    @Test func caretKeepsTabsSoItLinesUp() {
        let range = SourceRange(start: SourcePosition(line: 1, column: 3), end: SourcePosition(line: 1, column: 6))
        #expect(TextReporter.caret(for: range, in: "\tab: cd") == "\t ^^^")
    }

    @Test func colourOnlyWhenAsked() {
        #expect(!TextReporter().render(Self.run, context: ReportContext()).contains("\u{1B}["))
        #expect(TextReporter().render(Self.run, context: ReportContext(useColor: true)).contains("\u{1B}[1;31merror"))
    }

    @Test func cleanRunPrintsOnlyTheSummary() {
        let report = TextReporter().render(LintRun(files: [FileResult(path: "ok.cyclr.yaml", findings: [])]), context: ReportContext())
        #expect(report == "0 errors, 0 warnings, 0 infos in 1 file\n")
    }

    @Test func jsonReportHasTheSpecShape() throws {
        let report = JSONReporter().render(Self.run, context: ReportContext())
        let object = try #require(try JSONSerialization.jsonObject(with: Data(report.utf8)) as? [String: Any])
        #expect(Set(object.keys) == ["tool", "findings", "summary"])
        let findings = try #require(object["findings"] as? [[String: Any]])
        #expect(findings.count == 5)
        #expect(Set(findings[0].keys) == ["ruleId", "severity", "message", "path", "line", "column", "endLine", "endColumn", "keyPath", "help"])
        let summary = try #require(object["summary"] as? [String: Int])
        #expect(summary == ["files": 2, "errors": 4, "warnings": 1, "infos": 0, "suppressed": 0])
        let unknown = try #require(findings.first { $0["ruleId"] as? String == "unknown-key" })
        #expect(unknown["keyPath"] as? String == "salesforce.oauth")
    }

    @Test func jsonEscapesControlCharacters() {
        #expect(JSONValue.string("a\"b\\c\n\u{1}").rendered() == #""a\"b\\c\n\u0001""#)
    }
}
